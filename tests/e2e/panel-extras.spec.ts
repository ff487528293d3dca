import { test, expect } from './fixtures';
import { findKeptPatientData } from './privacy';

test('“Print a poster” opens the one-page poster for that text', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  const card = panel.getByRole('list', { name: 'Texts to send' }).locator('[data-template="repeat-prescriptions-short"]');
  const [poster] = await Promise.all([context.waitForEvent('page'), card.getByRole('button', { name: 'Print a poster' }).click()]);
  await poster.waitForLoadState();
  expect(poster.url()).toContain(`chrome-extension://${extensionId}/print.html?template=repeat-prescriptions-short`);
  await expect(poster.getByRole('button', { name: /Print/ })).toBeVisible();
  await expect(poster.locator('body')).toContainText('https://www.riverside-surgery.example/prescriptions');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('a text with characters that switch it to Unicode says so, and the fix is what gets inserted', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  // Every default text is plain GSM: check the counts line is there and says which rules it uses.
  const card = panel.getByRole('list', { name: 'Texts to send' }).locator('[data-template="nhs-app-one-part"]');
  await expect(card.getByTestId('message-summary')).toContainText(/\d+ characters · 1 text message part · GSM \(standard\)/);
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});
