import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, launch, extensionIdOf } from './fixtures';
import { findKeptPatientData, patientIdentifiers } from './privacy';

/** Click a button on the Data section and keep the file it downloads. */
async function downloadFrom(page: Page, button: string, dir: string): Promise<{ path: string; name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { path, name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function openDashboard(context: BrowserContext, section: string): Promise<Page> {
  const id = await extensionIdOf(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/dashboard.html#${section}`);
  return page;
}

test('offers made in the panel survive a restart, export, and import into a fresh profile exactly once', async ({ openWithPanel, context, browserPath, userDataDir, demoUrl }) => {
  test.setTimeout(120_000);
  const files = mkdtempSync(join(tmpdir(), 'nudge-files-'));
  const freshDir = mkdtempSync(join(tmpdir(), 'nudge-fresh-'));
  try {
    // Two offers in the panel: one inserted, one copied.
    const { host, panel } = await openWithPanel('consultation.html');
    await host.locator('#sms-text').click();
    const texts = panel.getByRole('grid', { name: 'Texts to send' });
    await texts.locator('[data-template="nhs-app-signup-short"]').getByRole('button', { name: 'Insert' }).click();
    await expect(panel.getByTestId('today-count')).toContainText('1');
    await texts.locator('[data-template="test-results-short"]').getByRole('button', { name: 'Copy' }).click();
    await expect(panel.getByTestId('today-count')).toContainText('2');

    // The overview counts them.
    const overview = await openDashboard(context, 'overview');
    await expect(overview.getByTestId('total')).toHaveText('2');
    await expect(overview.getByTestId('by-service')).toContainText('NHS App');
    await expect(overview.getByTestId('by-service')).toContainText('Test results in the NHS App');
    await expect(overview.getByRole('img', { name: /Offers by service/ })).toBeVisible();
    await expect(overview.getByTestId('top-items')).toContainText('Sign up to the NHS App');

    // Export tallies, offers and a backup.
    const data = await openDashboard(context, 'data');
    const tallies = await downloadFrom(data, 'Export tallies (CSV)', files);
    expect(tallies.text.startsWith('\uFEFFperiod,service,role,setting,outcome,count,practice\r\n')).toBe(true);
    expect(tallies.text.split('\r\n').filter((l) => l.includes(',receptionist,')).map((l) => l.split(',').slice(1).join(','))).toEqual([
      'nhs-app,receptionist,phone,offered,1,',
      'test-results,receptionist,phone,offered,1,',
    ]);
    const offersCsv = await downloadFrom(data, 'Export offers (CSV)', files);
    expect(offersCsv.text.trim().split('\r\n')).toHaveLength(3);
    expect(offersCsv.text).toContain('See test results in the NHS App');
    const backup = await downloadFrom(data, 'Export backup (JSON)', files);
    expect(JSON.parse(backup.text)).toMatchObject({ format: 'nudge-offers', version: 2, offers: [{}, {}] });
    // No export holds anything about the patient the texts went to.
    for (const file of [tallies, offersCsv, backup]) {
      const lower = file.text.toLowerCase();
      expect(patientIdentifiers().filter((id) => id.length >= 4 && lower.includes(id.toLowerCase())), file.name).toEqual([]);
    }

    // Restart the browser with the same profile: the log is still there.
    await context.close();
    const again = await launch(browserPath, userDataDir);
    try {
      const after = await openDashboard(again, 'overview');
      await expect(after.getByTestId('total')).toHaveText('2');
      const demo = await again.newPage();
      await demo.goto(`${demoUrl}/consultation.html`);
      expect(await findKeptPatientData(again, await extensionIdOf(again), demo)).toEqual([]);
    } finally {
      await again.close();
    }

    // A fresh profile imports the backup twice: the second import adds nothing.
    const fresh = await launch(browserPath, freshDir);
    try {
      const page = await openDashboard(fresh, 'data');
      await page.getByLabel('Backup files (JSON)').setInputFiles(backup.path);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(page.getByTestId('import-summary')).toContainText('2 offers added');
      await page.getByLabel('Backup files (JSON)').setInputFiles(backup.path);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(page.getByTestId('import-summary')).toContainText('0 offers added');
      await expect(page.getByTestId('import-summary')).toContainText('2 offers already here');
      const freshTallies = await downloadFrom(page, 'Export tallies (CSV)', freshDir);
      expect(freshTallies.text).toBe(tallies.text);

      // A hostile file is refused whole with a clear message, and nothing changes.
      const hostile = join(files, 'hostile.json');
      const bad = JSON.parse(backup.text) as { offers: Record<string, unknown>[] };
      bad.offers.push({ ...bad.offers[0], id: 'new-offer', patientName: 'Jane Smith' });
      writeFileSync(hostile, JSON.stringify(bad));
      await page.getByLabel('Backup files (JSON)').setInputFiles([backup.path, hostile]);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(page.getByRole('alert')).toContainText('hostile.json could not be imported');
      const overview2 = await openDashboard(fresh, 'overview');
      await expect(overview2.getByTestId('total')).toHaveText('2');

      const demo = await fresh.newPage();
      await demo.goto(`${demoUrl}/consultation.html`);
      expect(await findKeptPatientData(fresh, await extensionIdOf(fresh), demo)).toEqual([]);
    } finally {
      await fresh.close();
    }
  } finally {
    rmSync(files, { recursive: true, force: true });
    rmSync(freshDir, { recursive: true, force: true });
  }
});
