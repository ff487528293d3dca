import { test, expect } from './fixtures';
import { findKeptPatientData } from './privacy';

test('“Print a poster” opens the one-page poster for that text', async ({ openWithPanel, context, extensionId, demoUrl }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  const texts = panel.getByRole('grid', { name: 'Texts to send' });
  await texts.locator('[data-template="repeat-prescriptions-short"]').getByRole('button', { name: 'Show text' }).click();
  const detail = texts.locator('[data-detail-for="repeat-prescriptions-short"]');
  const [poster] = await Promise.all([context.waitForEvent('page'), detail.getByRole('button', { name: 'Print a poster' }).click()]);
  await poster.waitForLoadState();
  expect(poster.url()).toContain(`chrome-extension://${extensionId}/print.html?template=repeat-prescriptions-short`);
  await expect(poster.getByRole('button', { name: /Print/ })).toBeVisible();
  await expect(poster.locator('body')).toContainText(`${demoUrl}/surgery/#prescriptions`);
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('a text with curly quotes warns it switches to Unicode, and the one-click fix is what gets inserted', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  // Default texts are plain GSM: the counts line says which rules are used.
  const texts = panel.getByRole('grid', { name: 'Texts to send' });
  // The list gives each text's length at a glance; its full counts show with the text.
  await expect(texts.locator('[data-template="nhs-app-one-part"]')).toContainText('1 part');
  await texts.locator('[data-template="nhs-app-one-part"]').getByRole('button', { name: 'Show text' }).click();
  const plain = texts.locator('[data-detail-for="nhs-app-one-part"]');
  await expect(plain.getByTestId('message-summary')).toContainText(/\d+ characters · 1 text message part · GSM \(standard\)/);

  // A practice's own text pasted from a word processor, with curly quotes.
  await panel.evaluate(async () => {
    await chrome.storage.local.set({
      templates: {
        templates: [
          { id: 'own-quotes', service: 'nhs-app', title: 'Our own NHS App text', length: 'short', language: 'en', versions: {},
            body: '((surgery_name)): it’s quick to order “repeat” medicines in the NHS App: ((nhs_app_url))' },
        ],
        archived: [],
      },
      templates$: { v: 1 },
    });
  });
  const ownRow = texts.locator('[data-template="own-quotes"]');
  await expect(ownRow).toContainText('Check before sending');
  await ownRow.getByRole('button', { name: 'Show text' }).click();
  const own = texts.locator('[data-detail-for="own-quotes"]');
  await expect(own).toContainText('Check before sending');
  await expect(own).toContainText('Unicode: up to 70 characters in one part');
  await expect(own.getByTestId('message-summary')).toContainText('2 text message parts');
  await own.getByRole('button', { name: 'Replace curly quotes with straight ones' }).click();
  await expect(own.getByTestId('message-summary')).toContainText('1 text message part · GSM (standard)');
  await expect(own).toContainText('Standard characters: up to 160 in one part');

  await host.locator('#sms-text').click();
  await ownRow.getByRole('button', { name: 'Insert' }).click();
  await expect(host.getByTestId('app-message')).toHaveText(
    'Brookside Surgery: it\'s quick to order "repeat" medicines in the NHS App: https://www.nhs.uk/nhs-app/',
  );
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});
