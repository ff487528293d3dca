/**
 * The manager's view across workstations (issue 16): two workstations record offers and, once a
 * manager turns automatic backups on, each saves its backup into its downloads folder by itself;
 * a third computer merges that folder in one step and sees both workstations, the right totals,
 * the trends and a campaign compared before, during and after.
 *
 * The `downloads` permission is optional: turning backups on makes the browser ask the manager (its
 * own dialog, which a headless browser never shows). The test checks the ask happens only then, and
 * then records the manager's "Allow" the way the browser stores it (the profile's Preferences) and
 * starts the browser again, as it would be the next morning.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, launch, extensionIdOf, tabIdOf } from './fixtures';
import { patientIdentifiers } from './privacy';

const FOLDER = 'Nudge backups';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Merge settings into the profile's stored settings, as the Settings screen would. */
async function setSettings(context: BrowserContext, values: Record<string, unknown>): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (v) => {
    const current = (await chrome.storage.local.get('practice')).practice ?? {};
    await chrome.storage.local.set({ practice: { ...current, ...v } });
  }, values);
}

/**
 * What the browser keeps once a manager has pressed Allow for the optional `downloads` permission,
 * and the profile's download folder (here, the "shared drive" every workstation saves into).
 */
function allowDownloadsInProfile(userDataDir: string, extensionId: string, downloadDir: string): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const ext = prefs.extensions.settings[extensionId];
  for (const set of [ext.granted_permissions, ext.active_permissions]) set.api = [...new Set([...(set.api ?? []), 'downloads'])];
  prefs.download = { ...prefs.download, default_directory: downloadDir, prompt_for_download: false, directory_upgrade: true };
  writeFileSync(file, JSON.stringify(prefs));
}

/** Playwright saves downloads itself (under made-up names); give them back to the browser's own download folder. */
async function browserSavesDownloads(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await cdp.detach();
}

async function dashboard(context: BrowserContext, section: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${await extensionIdOf(context)}/dashboard.html#${section}`);
  return page;
}

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

test('two workstations save their backups into the downloads folder by themselves; a third merges the folder in one step', async ({ browserPath, demoUrl }) => {
  test.setTimeout(180_000);
  const share = mkdtempSync(join(tmpdir(), 'nudge-share-'));
  const profiles: string[] = [];
  const today = new Date().toLocaleDateString('en-CA');
  const stations = [
    { name: 'Reception 1', outcomes: ['Accepted', 'Already uses it'] },
    { name: 'Nurse room', outcomes: ['Needs support'] },
  ];
  try {
    // The two workstations are independent browsers: run them side by side.
    const workstation = async (station: (typeof stations)[number], i: number) => {
      const dir = mkdtempSync(join(tmpdir(), 'nudge-ws-'));
      profiles.push(dir);
      let context = await launch(browserPath, dir, { practiceFor: demoUrl });
      const id = await extensionIdOf(context);
      await setSettings(context, { workstationName: station.name, practiceOdsCode: 'A81001' });

      // Offers in the panel, each with its outcome.
      const host = await context.newPage();
      await host.goto(`${demoUrl}/consultation.html`);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${id}/sidepanel.html`);
      await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${await tabIdOf(panel, host.url())}`);
      await host.locator('#sms-text').click();
      for (const [n, outcome] of station.outcomes.entries()) {
        // A different text each time: the same button pressed again within a moment is taken as a repeat (H26).
        const text = ['nhs-app-signup-short', 'nhs-app-one-part'][n]!;
        await panel.getByRole('grid', { name: 'Texts to send' }).locator(`[data-template="${text}"]`).getByRole('button', { name: 'Insert' }).click();
        await expect(panel.getByTestId('today-count')).toContainText(String(n + 1));
        const button = panel.getByTestId('outcome-bar').getByRole('button', { name: outcome, exact: true });
        await button.click();
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      }

      // The downloads permission is optional, not granted at install, and asked for only on the click.
      const data = await dashboard(context, 'data');
      const before = await data.evaluate(async () => ({ manifest: chrome.runtime.getManifest(), has: await chrome.permissions.contains({ permissions: ['downloads'] }) }));
      expect(before.manifest.permissions ?? []).not.toContain('downloads');
      expect(before.manifest.optional_permissions).toEqual(['downloads']);
      expect(before.has).toBe(false);
      await expect(data.getByTestId('auto-backup-status')).toHaveText('Automatic backups are off for this workstation.');
      if (i === 0) {
        await data.getByRole('button', { name: 'Turn on automatic backups' }).click();
        await expect(data.getByText('Waiting for your answer in the browser’s dialog')).toBeVisible();
        // Nothing is saved while the browser waits for the manager.
        await data.waitForTimeout(500);
        expect(await data.evaluate(() => chrome.permissions.contains({ permissions: ['downloads'] }))).toBe(false);
        await expect(data.getByTestId('auto-backup-status')).toHaveText('Automatic backups are off for this workstation.');
        expect(existsSync(join(share, FOLDER)) ? readdirSync(join(share, FOLDER)).filter((f) => f.startsWith('reception-1-')) : []).toEqual([]);
      }
      await context.close();

      // The manager allowed it; the browser starts again with its downloads going to the shared folder.
      allowDownloadsInProfile(dir, id, share);
      context = await launch(browserPath, dir);
      const again = await dashboard(context, 'data');
      await browserSavesDownloads(context, again);
      await again.getByRole('button', { name: 'Turn on automatic backups' }).click();
      // The background saves the first backup by itself (no "Save now" pressed).
      await expect(again.getByTestId('auto-backup-status')).toContainText('The last backup was saved on', { timeout: 20_000 });
      await expect(again.getByTestId('auto-backup-status')).toContainText(`(${station.outcomes.length} offers)`);
      await context.close();
    };
    await Promise.all(stations.map(workstation));

    // One file per workstation, named for the workstation and the day, holding no patient data.
    const files = readdirSync(join(share, FOLDER)).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(new RegExp(`^nurse-room-[0-9a-f]{8}-${today}\\.json$`));
    expect(files[1]).toMatch(new RegExp(`^reception-1-[0-9a-f]{8}-${today}\\.json$`));
    for (const f of files) {
      const text = readFileSync(join(share, FOLDER, f), 'utf8').toLowerCase();
      expect(patientIdentifiers().filter((p) => p.length >= 4 && text.includes(p.toLowerCase())), f).toEqual([]);
    }

    // A third computer (the practice manager's) merges the whole folder in one step.
    const managerDir = mkdtempSync(join(tmpdir(), 'nudge-manager-'));
    profiles.push(managerDir);
    const context = await launch(browserPath, managerDir);
    try {
      const data = await dashboard(context, 'data');
      await data.getByLabel('Folder of backup files').setInputFiles(join(share, FOLDER));
      await data.getByRole('button', { name: 'Merge the folder' }).click();
      const summary = data.getByTestId('folder-summary');
      await expect(summary).toContainText('Merged 2 of 2 backup files: 3 offers added');
      const rows = data.getByTestId('folder-workstations');
      await expect(rows.getByRole('row', { name: /Reception 1/ })).toContainText('Brookside Surgery (A81001)');
      await expect(rows.getByRole('row', { name: /Reception 1/ }).getByRole('cell').nth(2)).toHaveText('2');
      await expect(rows.getByRole('row', { name: /Nurse room/ }).getByRole('cell').nth(2)).toHaveText('1');
      await expect(data.getByTestId('folder-not-seen')).toContainText('Every workstation has saved a backup or recorded an offer in the last 7 days');
      // Merging the same folder again adds nothing (and does not read the files merged before).
      await data.getByLabel('Folder of backup files').setInputFiles(join(share, FOLDER));
      await data.getByRole('button', { name: 'Merge the folder' }).click();
      await expect(summary).toContainText('0 offers added, 0 updated, 0 already here. 2 of the files had been merged before and were not read again.');
      await expect(summary.getByTestId('folder-workstations').getByRole('row')).toHaveCount(3);
      expect(await axe(data)).toEqual([]);

      const trends = await dashboard(context, 'trends');
      await expect(trends.getByTestId('trends-offers')).toHaveText('3');
      await expect(trends.getByTestId('trends-accepted')).toHaveText('33%');
      await expect(trends.getByTestId('trends-alreadyUses')).toHaveText('33%');
      await expect(trends.getByTestId('trends-needsSupport')).toHaveText('33%');
      expect(await axe(trends)).toEqual([]);
      // Printable on one A4 landscape page.
      await trends.emulateMedia({ media: 'print' });
      const pdf = (await trends.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
      expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([842, 595]);

      const campaigns = await dashboard(context, 'campaigns');
      await campaigns.getByRole('button', { name: 'Add a campaign' }).click();
      await campaigns.getByLabel('Name').fill('NHS App week');
      await campaigns.getByLabel('NHS App', { exact: true }).check();
      await campaigns.getByLabel('Start date').fill(today);
      await campaigns.getByLabel('End date').fill(today);
      await campaigns.getByRole('button', { name: 'Save campaign' }).click();
      const card = campaigns.getByTestId('campaign');
      await expect(card.getByTestId('campaign-periods')).toContainText('the same length, 1 day each');
      await expect(card.getByTestId('campaign-table').getByRole('row').nth(1)).toHaveText(/^Offers\s*0\s*3\s*Not yet$/);
      expect(await axe(campaigns)).toEqual([]);
    } finally {
      await context.close();
    }
  } finally {
    for (const d of [share, ...profiles]) rmSync(d, { recursive: true, force: true });
  }
});
