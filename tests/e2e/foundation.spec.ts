import { test, expect } from './fixtures';
import { findKeptPatientData } from './privacy';

test('the panel opens beside the consultation screen and shows the patient and texts', async ({ openWithPanel }) => {
  const { panel } = await openWithPanel('consultation.html');
  await expect(panel.getByRole('heading', { name: 'Nudge', level: 1 })).toBeVisible();
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await expect(panel.getByTestId('context')).toContainText('••• ••• 7896');
  await expect(panel.getByTestId('context')).toContainText('mobile ending 123');
  const texts = panel.getByRole('grid', { name: 'Texts to send' });
  for (const title of ['Sign up to the NHS App', 'Order repeat prescriptions online', 'See test results in the NHS App', 'Contact us using our online form', 'Help getting online']) {
    await expect(texts.getByRole('row', { name: title, exact: true })).toBeVisible();
  }
  await expect(panel.getByTestId('today-count')).toContainText('0');
});

test('Insert puts the rendered text into the message box, the page sees it, and the offer is logged', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  await host.locator('#sms-text').click();
  await expect(panel.getByText('Text goes into: Message')).toBeVisible();

  const card = panel.getByRole('grid', { name: 'Texts to send' }).locator('[data-template="nhs-app-signup-short"]');
  await card.getByRole('button', { name: 'Insert' }).click();
  await expect(panel.getByTestId('status')).toContainText('Inserted “Sign up to the NHS App” into Message');

  const expected =
    'Hello Jane, this is Brookside Surgery. You can order repeat prescriptions, see your health record and contact us in the NHS App. Get it at https://www.nhs.uk/nhs-app/';
  await expect(host.locator('#sms-text')).toHaveValue(expected);
  // The page's own framework saw the change: its state and its Send button say so.
  await expect(host.getByTestId('app-message')).toHaveText(expected);
  await expect(host.locator('#send')).toHaveText(`Send text message (${expected.length} characters)`);

  await expect(panel.getByTestId('today-count')).toContainText('1');
  const offers = await panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('nudge-log');
      r.onsuccess = () => ok(r.result);
    });
    return new Promise<unknown[]>((ok) => {
      const r = db.transaction('offers').objectStore('offers').getAll();
      r.onsuccess = () => ok(r.result);
    });
  });
  expect(offers).toHaveLength(1);
  expect(offers[0]).toMatchObject({ service: 'nhs-app', item: 'nhs-app-signup-short', channel: 'inserted', outcome: 'offered', training: 0, deleted: 0 });

  // Send in the demo app works with the inserted text.
  await host.locator('#send').click();
  await expect(host.locator('#sent')).toContainText(expected);

  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('Copy copies the text and counts the offer', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  const card = panel.getByRole('grid', { name: 'Texts to send' }).locator('[data-template="test-results-short"]');
  // The patient's name is in the text once the panel has read the page.
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await card.getByRole('button', { name: 'Copy' }).click();
  await expect(panel.getByTestId('status')).toContainText('Copied “See test results in the NHS App”');
  const copied = await panel.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Hello Jane, this is Brookside Surgery\. You can see your test results in the NHS App/);
  await expect(panel.getByTestId('today-count')).toContainText('1');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('with no text box chosen, Insert says so and offers Copy instead of guessing', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('booking.html');
  const card = panel.getByRole('grid', { name: 'Texts to send' }).locator('[data-template="online-form-short"]');
  await card.getByRole('button', { name: 'Insert' }).click();
  await expect(panel.getByTestId('alert')).toContainText('No text box chosen');
  await expect(host.locator('#booking-note')).toHaveValue('');
  await expect(panel.getByTestId('today-count')).toContainText('0');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});
