/**
 * Issue 16, item 1: adoption trends print on one A4 landscape page for a practice meeting, with a real
 * year in them: every service offered, five practices and offers with no practice recorded, by month
 * (12 months) and by week (25 weeks, within the most the page says it holds). network.spec.ts prints a
 * log of three offers, which would fit whatever the layout did.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SERVICE_IDS } from '../../src/catalogue/services';
import { OUTCOMES_AFTER_SENDING, ROLES, SETTINGS } from '../../src/log/vocabulary';
import { test, expect, extensionIdOf } from './fixtures';

const DAY = 86_400_000;
const PRACTICES = ['A81001', 'A81002', 'B82003', 'C83004', 'D84005', ''];
/** A4 landscape less the 8 mm margins of the trends page's @page rule, in CSS pixels. */
const PAGE = { width: Math.floor(((297 - 16) / 25.4) * 96), height: Math.floor(((210 - 16) / 25.4) * 96) };

/** Pages in the PDF Chromium prints, and whether the layout fits the page's printable area. */
async function printed(page: Page): Promise<{ pages: number; size: number[]; overflow: { width: number; height: number } }> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(PAGE);
  const overflow = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  return { pages: pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0, size: [Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))], overflow };
}

test('a year of a network’s trends, every service and six practice columns, prints on one A4 landscape page by month and by week', async ({ context }) => {
  const now = Date.now();
  const offers = Array.from({ length: 6000 }, (_, i) => {
    const time = now - ((i * 7919) % 360) * DAY;
    const practice = PRACTICES[i % PRACTICES.length]!;
    return {
      id: `print-${i}`, time, day: new Date(time).toLocaleDateString('en-CA'), service: SERVICE_IDS[i % SERVICE_IDS.length], item: `item-${i % 23}`,
      via: 'template', channel: 'inserted', role: ROLES[i % ROLES.length], setting: SETTINGS[(i >> 2) % SETTINGS.length],
      outcome: OUTCOMES_AFTER_SENDING[(i >> 3) % OUTCOMES_AFTER_SENDING.length], workstation: `ws-${i % 12}`, language: 'en', training: 0, updated: time, deleted: 0,
      ...(practice ? { practice } : {}),
    };
  });
  const dir = mkdtempSync(join(tmpdir(), 'nudge-trends-print-'));
  try {
    const file = join(dir, 'network.json');
    writeFileSync(file, JSON.stringify({ format: 'nudge-offers', version: 2, exported: new Date(now).toISOString(), workstation: 'network', offers }));
    const id = await extensionIdOf(context);
    const data = await context.newPage();
    await data.goto(`chrome-extension://${id}/dashboard.html#data`);
    await data.getByLabel('Backup files (JSON)').setInputFiles(file);
    await data.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(data.getByTestId('import-summary')).toContainText('6,000 offers added', { timeout: 30_000 });

    const trends = await context.newPage();
    await trends.goto(`chrome-extension://${id}/dashboard.html#trends`);
    await expect(trends.getByTestId('trends-by-service').locator('tbody tr')).toHaveCount(SERVICE_IDS.length);
    await expect(trends.getByTestId('trends-by-practice').locator('thead th')).toHaveCount(PRACTICES.length + 2);
    await expect(trends.getByTestId('trends-by-period').locator('tbody tr')).toHaveCount(12);
    expect(await printed(trends)).toEqual({ pages: 1, size: [842, 595], overflow: PAGE });

    await trends.locator('#tr-group').selectOption('week');
    await trends.locator('#tr-from').fill(new Date(now - 25 * 7 * DAY).toLocaleDateString('en-CA'));
    await expect(trends.getByTestId('trends-by-period').locator('tbody tr')).toHaveCount(26);
    await expect(trends.getByTestId('trends-print-note')).toHaveCount(0);
    expect(await printed(trends)).toEqual({ pages: 1, size: [842, 595], overflow: PAGE });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
