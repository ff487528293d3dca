/**
 * Hostile and messy pages (issues 12 and 13; hazards H15 to H24): each attack written as a demo page
 * (demo/hostile/), and the panel's behaviour on it. Every test here failed on the content script
 * before this round.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SIGNUP = 'nhs-app-signup-short';
const insertButton = (panel: Page) => panel.locator(`[data-template="${SIGNUP}"]`).getByRole('button', { name: 'Insert', exact: true });

test('a hidden, stale banner of the previous patient (display:none, or moved off screen) gives no name: only the banner on show counts', async ({ openWithPanel }) => {
  const { panel } = await openWithPanel('hostile/stale-banner.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await expect(panel.getByTestId('context')).toContainText('••• ••• 7896');
  await expect(panel.getByTestId('context')).not.toContainText('David');
  await expect(panel.getByTestId('context')).not.toContainText('2182');
});

test('next of kin in the banner: never the patient’s name or mobile', async ({ openWithPanel }) => {
  const { host, panel } = await openWithPanel('hostile/next-of-kin.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await expect(panel.getByTestId('context-mobile')).toHaveText('· mobile ending 123');
  await expect(panel.getByRole('group', { name: /more than one/ })).toHaveCount(0);
  await host.locator('#sms').click();
  await insertButton(panel).click();
  await expect(host.locator('#sms')).toHaveValue(/^Hello Jane,/);
});

test('thousands of line breaks, spaces and digits in a banner: reading the page never freezes it', async ({ openWithPanel }) => {
  const { host, panel } = await openWithPanel('hostile/line-breaks.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Jane'); // the old reader took over 10 s here
  const before = await host.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);
  // Read it again, as the panel does on every change (a click in the box) and before every insert.
  await host.locator('#sms').click();
  await insertButton(panel).click();
  await expect(panel.getByTestId('status')).toContainText('Inserted');
  const since = await host.evaluate((n) => (window as unknown as { __longTasks: number[] }).__longTasks.slice(n), before);
  // The old reader froze this page for seconds on every read (1.7 s at 1,500 line breaks, 13.7 s at
  // 2,500). A busy shared machine can stretch any task past the 50 ms "long task" line, so this test
  // fails only on a freeze; the milliseconds themselves are measured in `npm run bench` and held to a
  // few by the property test in tests/unit/readers-linear.test.ts.
  expect(since.filter((ms) => ms >= 500)).toEqual([]);
});

test('an element with id="__nudgeHost" (named access on window) does not disable Nudge', async ({ openWithPanel }) => {
  const { host, panel } = await openWithPanel('hostile/named-access.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await host.locator('#sms').click();
  await insertButton(panel).click();
  await expect(panel.getByTestId('status')).toContainText('Inserted');
});

test('a banner that changes every 100 ms is still reported: the chip moves to the new patient while it keeps changing', async ({ openWithPanel }) => {
  const { host, panel } = await openWithPanel('hostile/fast-banner.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await host.locator('#start').click();
  await expect(panel.getByTestId('context-name')).toHaveText('David', { timeout: 8000 });
});

test('boxes the user never chose get nothing: the page’s autofocus, its own focus moves, offscreen, tiny, transparent and clipped boxes', async ({ openWithPanel }) => {
  const { host, panel } = await openWithPanel('hostile/focus.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  // The search box has the focus from autofocus: the user never chose it.
  await expect(host.locator('#search')).toBeFocused();
  await insertButton(panel).click();
  await expect(panel.getByTestId('alert')).toContainText('No text box chosen');
  // The user clicks on the transparent box (a trap laid over the page): still not a box they can see.
  await host.mouse.click(450, 220);
  for (const trap of ['offscreen', 'tiny', 'transparent', 'clipped']) {
    await host.evaluate((id) => (window as unknown as { trap: (id: string) => void }).trap(id), trap);
    await insertButton(panel).click();
    await expect(panel.getByTestId('alert')).toContainText('No text box chosen');
  }
  for (const id of ['search', 'offscreen', 'tiny', 'transparent', 'clipped', 'sms', 'pin']) await expect(host.locator(`#${id}`)).toHaveValue('');
  await expect(host.getByTestId('server')).toHaveText('');
});

test('the user’s box, left for the page, is not written to; a page that then moves the focus to a PIN box gets nothing there either', async ({ openWithPanel }) => {
  const { host, panel } = await openWithPanel('hostile/focus.html');
  await host.locator('#sms').click();
  await host.locator('#elsewhere').click(); // the focus leaves the box (to the page)
  await insertButton(panel).click();
  await expect(panel.getByTestId('alert')).toContainText('No text box chosen');
  await expect(host.locator('#pin')).toHaveValue('');
  await expect(host.locator('#sms')).toHaveValue('');
});

test('a box whose character limit cannot hold the text is refused whole: nothing is written', async ({ openWithPanel }) => {
  const { host, panel } = await openWithPanel('hostile/focus.html');
  await host.locator('#short').click();
  await insertButton(panel).click();
  await expect(panel.getByTestId('alert')).toContainText('has a character limit too small for this text');
  await expect(host.locator('#short')).toHaveValue('');
});

test('storage.local and storage.session: code in the content script’s world can neither read nor write them', async ({ openWithPanel, extensionId, context }) => {
  const { host, tabId } = await openWithPanel('consultation.html');
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/blank.html`);
  // Code injected into the page's content-script world (where a compromised renderer would run).
  const seen = await probe.evaluate(async (tab) => {
    const [injected] = await chrome.scripting.executeScript({
      target: { tabId: tab },
      func: async () => {
        const out: string[] = [];
        for (const area of ['local', 'session'] as const) {
          try {
            const s = (chrome.storage as unknown as Record<string, chrome.storage.StorageArea | undefined>)?.[area];
            if (!s) {
              out.push(`${area}: absent`);
              continue;
            }
            await s.get(null);
            out.push(`${area}: read`);
            await s.set({ hacked: 'https://evil.example/' });
            out.push(`${area}: written`);
          } catch {
            out.push(`${area}: refused`);
          }
        }
        return out;
      },
    });
    return (injected?.result ?? ['nothing ran']) as string[];
  }, tabId);
  expect(seen).toEqual([expect.stringMatching(/^local: (absent|refused)$/), expect.stringMatching(/^session: (absent|refused)$/)]);
  // And the extension's own pages still can.
  expect(await probe.evaluate(async () => (await chrome.storage.local.get('hacked')).hacked ?? null)).toBeNull();
  await host.close();
});
