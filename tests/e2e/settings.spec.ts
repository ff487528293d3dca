import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { findKeptPatientData } from './privacy';

test('the surgery’s details set in Settings reach the next inserted text, without reopening the panel', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await expect(settings.getByRole('heading', { name: 'Settings', exact: true, level: 2 })).toBeVisible();

  // A link that is not a full https link is refused, next to the field and in the summary; nothing is saved.
  await settings.getByLabel('Surgery name').fill('Hill Street Surgery');
  await settings.getByLabel('NHS App', { exact: true }).fill('www.hillstreet.example/nhs-app');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  const summary = settings.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link')).toHaveText(['NHS App: Enter the NHS App link as a full link starting with https://, like https://www.example.nhs.uk']);
  await expect(settings.locator('#setting-nhsAppUrl-error')).toContainText('Enter the NHS App link as a full link');
  await expect(settings.getByLabel('NHS App', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link').click();
  await expect(settings.getByLabel('NHS App', { exact: true })).toBeFocused();

  await settings.getByLabel('NHS App', { exact: true }).fill('https://www.hillstreetsurgery.nhs.uk/nhs-app');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByTestId('settings-status')).toHaveText('Settings saved. Open Nudge panels use them straight away.');
  await expect(settings.getByTestId('error-summary')).toHaveCount(0);

  // The panel that was already open inserts with the new details.
  await host.bringToFront();
  await host.locator('#sms-text').click();
  await expect(panel.getByText('Text goes into: Message')).toBeVisible();
  const card = panel.getByRole('grid', { name: 'Texts to send' }).getByRole('row', { name: 'Sign up to the NHS App', exact: true });
  await card.getByRole('button', { name: 'Insert' }).click();
  const expected =
    'Hello Jane, this is Hill Street Surgery. You can order repeat prescriptions, see your health record and contact us in the NHS App. Get it at https://www.hillstreetsurgery.nhs.uk/nhs-app';
  await expect(host.locator('#sms-text')).toHaveValue(expected);
  await expect(host.getByTestId('app-message')).toHaveText(expected);

  // Reloaded, the settings screen shows what was saved.
  await settings.reload();
  await expect(settings.getByLabel('Surgery name')).toHaveValue('Hill Street Surgery');

  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('a bad settings file changes nothing and says why; a good one is imported', async ({ context, extensionId }) => {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const name = settings.getByLabel('Surgery name');
  await expect(name).toHaveValue('Brookside Surgery');

  const upload = settings.getByLabel('Import a settings file');
  await upload.setInputFiles({
    name: 'nudge-settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'nudge-settings', version: 2, settings: { surgeryName: 'Bad File Surgery', websiteUrl: 'http://insecure.example', partLimit: 40 } })),
  });
  const alert = settings.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported: 2 settings in the file are not valid.');
  await expect(alert).toContainText('Surgery website: Enter the surgery website as a full link starting with https://');
  await expect(alert).toContainText('Most message parts for one text: The message-part limit must be between 1 and 10');
  await settings.reload();
  await expect(name).toHaveValue('Brookside Surgery');

  await settings.getByLabel('Import a settings file').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'nudge-settings', version: 1, settings: { surgeryName: 'Imported Surgery' } })),
  });
  await expect(settings.getByTestId('file-done')).toHaveText('Settings imported from other.json.');
  await expect(name).toHaveValue('Imported Surgery');

  // Export gives a file that says what it is.
  const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByRole('button', { name: 'Export settings' }).click()]);
  expect(download.suggestedFilename()).toBe('nudge-settings.json');
  const text = await (await download.createReadStream()).toArray();
  const file = JSON.parse(Buffer.concat(text).toString('utf8'));
  expect(file).toMatchObject({ format: 'nudge-settings', version: 2, settings: { surgeryName: 'Imported Surgery' } });
});

test('the Settings screen, with its errors showing, has no accessibility violations axe can find', async ({ context, extensionId }) => {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  await settings.getByLabel('Surgery website').fill('riverside.example');
  await settings.getByRole('button', { name: 'Add a site profile' }).click();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByTestId('error-summary')).toBeVisible();
  const results = await new AxeBuilder({ page: settings }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
