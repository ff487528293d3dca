import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { findKeptPatientData } from './privacy';

const EDITED =
  'Hello ((first_name|there)), this is ((surgery_name)). Get the free NHS App to order repeat medicines and see your health record: ((nhs_app_url))';

async function offers(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('nudge-log');
      r.onsuccess = () => ok(r.result);
    });
    // Nothing recorded yet: the log has not been opened by the extension.
    if (!db.objectStoreNames.contains('offers')) {
      db.close();
      indexedDB.deleteDatabase('nudge-log');
      return [];
    }
    return new Promise<Record<string, unknown>[]>((ok) => {
      const r = db.transaction('offers').objectStore('offers').getAll();
      r.onsuccess = () => ok(r.result);
    });
  });
}

test('a template edited in the dashboard is the one the panel inserts, and its QR code shows its link', async ({ context, extensionId, openWithPanel }) => {
  // 1. The practice manager changes the wording in Dashboard → Templates.
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html#templates`);
  await expect(dash.getByRole('heading', { name: 'Templates', level: 2, exact: true })).toBeVisible();
  await dash.getByLabel('Search templates').fill('Sign up to the NHS App');
  const card = dash.getByRole('listitem', { name: 'Sign up to the NHS App', exact: true });
  await card.getByRole('button', { name: 'Edit' }).click();
  await dash.getByLabel('Text', { exact: true }).fill(EDITED);
  await expect(dash.getByTestId('tpl-preview')).toHaveText(
    'Hello Sam, this is Brookside Surgery. Get the free NHS App to order repeat medicines and see your health record: https://www.nhs.uk/nhs-app/',
  );
  await expect(dash.getByTestId('tpl-counts')).toContainText('text message part');
  await dash.getByRole('button', { name: 'Save template' }).click();
  await expect(dash.getByTestId('templates-status')).toHaveText('Saved “Sign up to the NHS App”.');
  await expect(card.getByText('Changed by your surgery')).toBeVisible();

  // 2. At the desk, the panel offers the practice's wording and inserts it for the patient on screen.
  const { host, panel } = await openWithPanel('consultation.html');
  await host.locator('#sms-text').click();
  const texts = panel.getByRole('grid', { name: 'Texts to send' });
  const panelCard = texts.getByRole('row', { name: 'Sign up to the NHS App', exact: true });
  await panelCard.getByRole('button', { name: 'Show text' }).click();
  const detail = texts.locator('[data-detail-for="nhs-app-signup-short"]');
  await expect(detail).toContainText('Get the free NHS App to order repeat medicines');
  await panelCard.getByRole('button', { name: 'Insert' }).click();
  const expected =
    'Hello Jane, this is Brookside Surgery. Get the free NHS App to order repeat medicines and see your health record: https://www.nhs.uk/nhs-app/';
  await expect(host.locator('#sms-text')).toHaveValue(expected);

  // 3. "Show QR code" shows the text's link as a large QR code, named for it, and closes.
  await detail.getByRole('button', { name: 'Show QR code' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Sign up to the NHS App' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'QR code for https://www.nhs.uk/nhs-app/' })).toBeVisible();
  await expect(dialog.getByTestId('qr-url')).toHaveText('https://www.nhs.uk/nhs-app/');
  const box = await dialog.getByRole('img').boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(200);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The practice's wording is what went out; the log knows which template and that a QR code was shown.
  await expect.poll(async () => (await offers(panel)).map((o) => [o.item, o.channel])).toEqual(
    expect.arrayContaining([
      ['nhs-app-signup-short', 'inserted'],
      ['nhs-app-signup-short', 'qr'],
    ]),
  );

  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('the print view makes a poster with the QR code and counts an offer only when Print is chosen', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    // Headless Chromium has no print dialog: note the call instead.
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.goto(`chrome-extension://${extensionId}/print.html?template=nhs-app-signup-short&lang=en`);
  const poster = page.getByTestId('poster');
  await expect(poster.getByRole('heading', { level: 1 })).toHaveText('NHS App');
  await expect(poster).toContainText('Brookside Surgery');
  await expect(poster).toContainText('You can still phone us on 01632 961234 or come in to the surgery.');
  await expect(poster.getByRole('img', { name: 'QR code for https://www.nhs.uk/nhs-app/' })).toBeVisible();
  await expect(page.getByTestId('poster-link')).toHaveText('https://www.nhs.uk/nhs-app/');
  expect(await offers(page)).toEqual([]);

  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.getByRole('status')).toHaveText('Counted as one printed offer.');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const logged = await offers(page);
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatchObject({ service: 'nhs-app', item: 'nhs-app-signup-short', via: 'print', channel: 'print', outcome: 'offered' });

  // The printed page is one A4 sheet.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(1);
});

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

test('the template editor (with an error and a right-to-left version), a failed import and the poster have no accessibility violations axe can find', async ({ context, extensionId }) => {
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html#templates`);
  await dash.getByLabel('Import a template pack').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nudge-templates","version":1,"templates":[{"__proto__":{}}]}') });
  await expect(dash.getByRole('alert')).toContainText('key that is not allowed');
  expect(await violations(dash)).toEqual([]);

  await dash.getByRole('listitem', { name: 'Sign up to the NHS App', exact: true }).getByRole('button', { name: 'Edit' }).click();
  await dash.getByLabel('Language').selectOption('ar');
  const arabic = dash.getByLabel('Text in Arabic (العربية)');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await arabic.fill('مرحبا من ((surgery_name)) ((nhs_ap_url))');
  await expect(dash.getByTestId('tpl-preview')).toHaveAttribute('dir', 'rtl');
  await dash.getByRole('button', { name: 'Save template' }).click();
  await expect(dash.getByRole('alert')).toContainText('((nhs_ap_url)) is not a placeholder Nudge knows');
  expect(await violations(dash)).toEqual([]);

  const poster = await context.newPage();
  await poster.goto(`chrome-extension://${extensionId}/print.html?service=online-requests`);
  await expect(poster.getByTestId('poster')).toBeVisible({ timeout: 15_000 });
  expect(await violations(poster)).toEqual([]);
});
