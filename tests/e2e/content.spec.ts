/**
 * Issue 11 and issue 13 item 5 in a real browser: the practice set-up page walked with the keyboard
 * and saved (axe-clean); a condition-information text asks for its page's link and inserts it;
 * two dashboard tabs importing template packs at once both keep their templates.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, extensionIdOf, launch } from './fixtures';
import { findKeptPatientData } from './privacy';
// @ts-expect-error plain ESM helpers shared with scripts/
import { demoPractice } from '../../scripts/demo-practice.mjs';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

type Target = { id?: string; text?: string; testId?: string };

/** Press Tab until the focus is on the element `target` names (a keyboard user's walk). */
async function tabTo(page: Page, target: Target, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate((t) => {
      const el = document.activeElement;
      if (!el) return false;
      if (t.id !== undefined) return el.id === t.id;
      if (t.testId !== undefined) return el.getAttribute('data-testid') === t.testId;
      return el.textContent === t.text;
    }, target);
    if (here) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

test('a fresh install’s set-up page, walked with the keyboard and saved, is axe-clean and sets the practice up', async ({ browserPath, userDataDir, demoUrl }) => {
  // A fresh install: nothing set up.
  const context = await launch(browserPath, userDataDir);
  try {
    const id = await extensionIdOf(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/dashboard.html#setup`);
    await expect(page.getByRole('heading', { name: 'Set up your practice', level: 2 })).toBeVisible();
    await expect(page.getByTestId('setup-summary')).toContainText('cannot be sent until they are set up');
    expect(await axe(page)).toEqual([]);

    // Every detail the default texts need, typed in order with the keyboard alone.
    const details: Record<string, string> = demoPractice(demoUrl);
    const order = await page.locator('form input').evaluateAll((inputs) => inputs.map((i) => i.id.replace(/^setup-/, '')));
    for (const key of order) {
      if (!(key in details)) continue;
      await tabTo(page, { id: `setup-${key}` });
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.insertText(details[key]!);
    }
    await tabTo(page, { text: 'Save practice details' });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('setup-status')).toHaveText('Practice details saved. Open Nudge panels use them straight away.');
    await expect(page.getByTestId('setup-summary')).toHaveText(/Your practice is set up: every text can be sent/);
    const stored = await page.evaluate(async () => (await chrome.storage.local.get('practice')).practice as Record<string, string>);
    expect(stored).toMatchObject(details);

    // Each link can be opened to check it, from the keyboard too.
    await tabTo(page, { testId: 'setup-open-travelUrl' });
    const [opened] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await expect.poll(() => opened.url()).toBe(details.travelUrl);
    await opened.close();
    expect(await axe(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a condition-information text asks for its page’s link at the time of sending, and inserts it', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  await host.locator('#sms-text').click();
  await expect(panel.getByText('Text goes into: Message')).toBeVisible();
  const card = panel.getByRole('grid', { name: 'Texts to send' }).locator('[data-template="condition-info-short"]');
  await card.getByRole('button', { name: 'Insert' }).click();

  const dialog = panel.getByRole('dialog', { name: /Information about your condition, instead of a leaflet/ });
  const field = dialog.getByLabel('Link to the page you talked about');
  await expect(field).toBeFocused();
  // Only a full https link will do.
  await field.fill('www.nhs.uk/conditions/asthma/');
  await dialog.getByRole('button', { name: 'Use these details' }).click();
  await expect(dialog).toContainText('Enter a full link starting with https://');
  await expect(host.locator('#sms-text')).toHaveValue('');

  await field.fill('https://www.nhs.uk/conditions/asthma/');
  await dialog.getByRole('button', { name: 'Use these details' }).click();
  await expect(host.locator('#sms-text')).toHaveValue(
    'Hello Jane, this is Brookside Surgery. Here is the NHS web page we talked about today: https://www.nhs.uk/conditions/asthma/',
  );
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('two dashboard tabs importing template packs at once both keep their templates', async ({ context, extensionId }) => {
  const pack = (id: string, title: string) => ({
    name: `${id}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'nudge-templates',
        version: 1,
        templates: [{ id, service: 'travel', title, length: 'short', language: 'en', body: `Hello ((first_name|there)), this is ((surgery_name)). ${title}: ((travel_url))` }],
      }),
    ),
  });
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const p of [a, b]) {
    await p.goto(`chrome-extension://${extensionId}/dashboard.html#templates`);
    await expect(p.getByRole('heading', { name: 'Templates', level: 2, exact: true })).toBeVisible();
  }
  await Promise.all([
    a.getByLabel('Import a template pack').setInputFiles(pack('own-tab-a', 'Travel text from tab A')),
    b.getByLabel('Import a template pack').setInputFiles(pack('own-tab-b', 'Travel text from tab B')),
  ]);
  await expect(a.getByTestId('templates-status')).toContainText('1 new');
  await expect(b.getByTestId('templates-status')).toContainText('1 new');

  // Both survive, and each tab shows the other's without reloading.
  const ids = await a.evaluate(async () => ((await chrome.storage.local.get('templates')).templates as { templates: { id: string }[] }).templates.map((t) => t.id).sort());
  expect(ids).toEqual(['own-tab-a', 'own-tab-b']);
  await expect(a.getByRole('listitem', { name: 'Travel text from tab B' })).toBeVisible();
  await expect(b.getByRole('listitem', { name: 'Travel text from tab A' })).toBeVisible();
});
