import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { findKeptPatientData } from './privacy';

async function offersIn(panel: Page): Promise<Record<string, unknown>[]> {
  return panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('nudge-log');
      r.onsuccess = () => ok(r.result);
    });
    return new Promise<Record<string, unknown>[]>((ok) => {
      const r = db.transaction('offers').objectStore('offers').getAll();
      r.onsuccess = () => ok(r.result as Record<string, unknown>[]);
    });
  });
}

/** The role is one click: a visible switch. */
async function chooseRole(panel: Page, role: string) {
  await panel.getByRole('radio', { name: role }).check();
}

test('a clinician sees the three consultation prompts and records an outcome with one click', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  await chooseRole(panel, 'Clinician');
  await expect(panel.locator('details.prefs > summary')).toContainText('In a consultation');
  // All three are for a consultation screen, so they lead, before the texts.
  const prompts = panel.getByRole('list', { name: 'For this screen' });
  const cards = prompts.locator(':scope > li');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText('instead of giving a paper leaflet');
  await expect(cards.nth(1)).toContainText('online form for follow-up');
  await expect(cards.nth(2)).toContainText('health record in the NHS App');

  const showRecord = prompts.locator('[data-prompt="clinician-show-record"]');
  await showRecord.getByText('Details').click();
  await expect(showRecord.getByRole('heading', { name: 'Talking points' })).toBeVisible();
  await expect(showRecord.locator('.talking-points li').first()).toBeVisible();
  await showRecord.getByRole('button', { name: 'Shown' }).click();
  await expect(panel.getByTestId('status')).toContainText('Recorded: shown');
  await expect(panel.getByTestId('today-count')).toContainText('1');
  // One click more changes that outcome rather than counting twice.
  await showRecord.getByRole('button', { name: 'Accepted' }).click();
  await expect(panel.getByTestId('last-outcome')).toHaveText('accepted');
  const offers = await offersIn(panel);
  expect(offers).toHaveLength(1);
  expect(offers[0]).toMatchObject({ item: 'clinician-show-record', via: 'prompt', role: 'clinician', setting: 'consultation', outcome: 'accepted' });

  // Undo takes it back out of the count.
  await panel.getByTestId('outcome-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByTestId('today-count')).toContainText('0');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('a receptionist on the demo results screen sees the test-results card first', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('results.html');
  const first = panel.getByRole('list', { name: 'For this screen' }).locator(':scope > li').first();
  await expect(first).toHaveAttribute('data-prompt', 'reception-test-results');
  await expect(first.getByText('For this screen')).toBeVisible();
  // The role is remembered on this workstation.
  await chooseRole(panel, 'Clinician');
  await panel.reload();
  await expect(panel.getByRole('radio', { name: 'Clinician' })).toBeChecked();
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('training-mode offers are marked and left out of the day’s count', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  await panel.locator('details.prefs > summary').click();
  await panel.getByLabel('Training mode').check();
  await expect(panel.getByTestId('training-banner')).toBeVisible();
  await panel.getByRole('grid', { name: 'Texts to send' }).locator('[data-template="nhs-app-one-part"]').getByRole('button', { name: 'Copy' }).click();
  await expect(panel.getByTestId('outcome-bar')).toContainText('(training)');
  await expect(panel.getByTestId('today-count')).toContainText('0');
  const offers = await offersIn(panel);
  expect(offers).toHaveLength(1);
  expect(offers[0]).toMatchObject({ training: 1 });
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('a text can be found and inserted with the keyboard alone', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  await host.locator('#sms-text').click();
  await expect(panel.getByText('Text goes into: Message')).toBeVisible();
  const search = panel.getByLabel('Search texts and prompts');
  await search.focus();
  await panel.keyboard.type('fit note');
  // Down arrow goes to the results: the first matching text's Insert (the list is one Tab stop).
  await panel.keyboard.press('ArrowDown');
  const firstInsert = panel.getByRole('grid', { name: 'Texts to send' }).getByRole('button', { name: 'Insert' }).first();
  await expect(firstInsert).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('status')).toContainText('Inserted');
  await expect(host.getByTestId('app-message')).toContainText('fit note');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});
