/**
 * Issue 14: the panel at the moment of use. A caller's question to a sent text and its outcome in
 * two clicks; the first Insert a few Tab stops from the top (at most 6) and from the search box
 * (at most 3); lists that arrow keys move through as one Tab stop, where Enter inserts and Ctrl+C
 * copies; a skip link; the role one click away.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { findKeptPatientData } from './privacy';

async function offersIn(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('nudge-log');
      r.onsuccess = () => ok(r.result);
    });
    if (!db.objectStoreNames.contains('offers')) return [];
    return new Promise<Record<string, unknown>[]>((ok) => {
      const r = db.transaction('offers').objectStore('offers').getAll();
      r.onsuccess = () => ok(r.result as Record<string, unknown>[]);
    });
  });
}

/** What has the keyboard focus, as a person would name it. */
const focused = (panel: Page) =>
  panel.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return `${el.tagName.toLowerCase()} ${(label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}`;
  });

/** Tab presses until the focus is on an Insert button (at most `limit`); the stops on the way. */
async function tabsToInsert(panel: Page, limit = 20): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await panel.keyboard.press('Tab');
    const now = await focused(panel);
    stops.push(now);
    if (now === 'button Insert') return stops;
  }
  throw new Error(`No Insert within ${limit} Tab stops: ${stops.join(' → ')}`);
}

test('a caller about test results: Insert the results text and record “accepted”, in two clicks', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('results.html');
  await host.locator('#result-note').click();
  await expect(panel.getByTestId('field-hint')).toHaveText('Text goes into: Text message');
  let clicks = 0;
  const click = async (l: ReturnType<Page['locator']>) => {
    clicks++;
    await l.click();
  };
  // Nothing is put over the host page, and its focus stays where the user left it: the page as it is before.
  const hostShape = () =>
    host.evaluate(() => ({
      elements: document.querySelectorAll('*').length,
      shadowRoots: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).length,
      focused: document.activeElement?.id ?? null,
    }));
  const before = await hostShape();
  expect(before.focused).toBe('result-note');
  // The card for this screen leads, with its text's Insert one click away.
  const lead = panel.locator('.prompt-card--lead');
  await expect(lead).toHaveAttribute('data-prompt', 'reception-test-results');
  await click(lead.getByRole('button', { name: 'Insert' }));
  await expect(host.locator('#result-note')).toHaveValue(/test results in the NHS App/);
  await click(panel.getByTestId('outcome-bar').getByRole('button', { name: 'Accepted' }));
  await expect.poll(async () => (await offersIn(panel)).map((o) => [o.service, o.channel, o.outcome])).toEqual([['test-results', 'inserted', 'accepted']]);
  expect(clicks).toBe(2);
  expect(await hostShape()).toEqual(before);
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('keyboard reach: the first Insert within 6 Tab stops of the top and 3 of the search box; arrows, Enter, Ctrl+C and the skip link', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  await host.locator('#sms-text').click();
  await expect(panel.getByTestId('field-hint')).toHaveText('Text goes into: Message');
  await expect(panel.getByTestId('policy-pending')).toHaveCount(0, { timeout: 15_000 });

  // From the top of the panel.
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const fromTop = await tabsToInsert(panel);
  console.log(`Tab stops from the top to the first Insert: ${fromTop.length} (${fromTop.join(' → ')})`);
  expect(fromTop.length).toBeLessThanOrEqual(6);
  expect(fromTop[0]).toBe('a Skip to texts');

  // From the search box.
  await panel.getByLabel('Search texts and prompts').focus();
  const fromSearch = await tabsToInsert(panel);
  console.log(`Tab stops from the search box to the first Insert: ${fromSearch.length} (${fromSearch.join(' → ')})`);
  expect(fromSearch.length).toBeLessThanOrEqual(3);

  // The list of texts is one Tab stop: Tab from inside it leaves it.
  const grid = panel.getByRole('grid', { name: 'Texts to send' });
  await grid.getByRole('button', { name: 'Insert' }).first().focus();
  await panel.keyboard.press('Tab');
  expect(await panel.evaluate(() => document.activeElement?.closest('#texts') === null)).toBe(true);

  // Arrows move inside it: down a row, left to the text, right to Insert and Copy.
  const rows = grid.locator('[role="row"][data-template]');
  await rows.nth(0).getByRole('button', { name: 'Insert' }).focus();
  await panel.keyboard.press('ArrowDown');
  await expect(rows.nth(1).getByRole('button', { name: 'Insert' })).toBeFocused();
  await panel.keyboard.press('ArrowLeft');
  await expect(rows.nth(1).locator('[data-cell="text"]')).toBeFocused();
  // Enter on a text inserts it (and the text then moves to the top, as most recently used).
  const secondId = (await rows.nth(1).getAttribute('data-template'))!;
  const thirdId = (await rows.nth(2).getAttribute('data-template'))!;
  const third = grid.locator(`[data-template="${thirdId}"]`);
  await host.locator('#sms-text').evaluate((el: HTMLTextAreaElement) => (el.value = ''));
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('status')).toContainText('Inserted');
  // Ctrl+C on a text copies it (a documented key: the hint under the search box says so).
  await expect(panel.locator('#grid-keys')).toHaveText(/Enter inserts, Ctrl\+C copies/);
  await third.getByRole('button', { name: 'Insert' }).focus();
  await panel.keyboard.press('Control+c');
  await expect(panel.getByTestId('status')).toContainText('Copied');
  const thirdTitle = (await third.locator('.row-title').textContent())!.trim();
  await expect(panel.getByTestId('status')).toContainText(thirdTitle);
  expect(await panel.evaluate(() => navigator.clipboard.readText())).toMatch(/^Hello Jane,/);
  await expect.poll(async () => (await offersIn(panel)).map((o) => o.channel).sort()).toEqual(['copied', 'inserted']);
  expect((await offersIn(panel)).find((o) => o.channel === 'inserted')?.item).toBe(secondId);

  // The skip link (the first Tab stop, above) takes the focus to the texts.
  await panel.getByRole('link', { name: 'Skip to texts' }).focus();
  await panel.keyboard.press('Enter');
  expect(await panel.evaluate(() => document.activeElement?.closest('#texts, .prompt-card--lead') !== null)).toBe(true);

  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('the role is one click: switching shows that role’s cards and records offers as that role', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  const roles = panel.getByRole('group', { name: 'Your role' });
  await expect(roles.getByRole('radio', { name: 'Receptionist' })).toBeChecked();
  await roles.getByRole('radio', { name: 'Clinician' }).click();
  await expect(roles.getByRole('radio', { name: 'Clinician' })).toBeChecked();
  const lead = panel.getByRole('list', { name: 'For this screen' }).locator(':scope > li');
  await expect(lead).toHaveCount(3);
  await panel.locator('[data-prompt="clinician-show-record"]').getByRole('button', { name: 'Shown' }).click();
  await expect.poll(async () => (await offersIn(panel)).map((o) => [o.role, o.setting, o.outcome])).toEqual([['clinician', 'consultation', 'shown']]);
  // Back to reception: the clinician's cards go, the setting follows the role.
  await roles.getByRole('radio', { name: 'Receptionist' }).click();
  await expect(panel.locator('[data-prompt="clinician-show-record"]')).toHaveCount(0);
  await expect(panel.locator('details.prefs > summary')).toContainText('On the phone');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});
