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

test('a patient swap 0–200 ms after Insert: the text goes in only while the page shows the patient it was made for, else it is refused', async ({ openWithPanel }) => {
  test.setTimeout(120_000);
  const { host, panel, tabId } = await openWithPanel('consultation.html');
  for (const delay of [0, 25, 50, 100, 150, 200]) {
    await test.step(`swap ${delay} ms after Insert`, async () => {
      await host.goto(host.url().replace(/\?.*$/, ''));
      await panel.reload(); // no notice left from the step before
      await expect(panel.getByTestId('policy-pending')).toHaveCount(0, { timeout: 15_000 }); // Insert goes at once
      await expect(panel.getByTestId('context-name')).toHaveText('Jane');
      // The page notes, in order, every change to the message box and the patient it showed then.
      await host.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        document.addEventListener('input', () => seen.push(`text for ${document.querySelector('[data-testid="banner-name"]')!.textContent}`), true);
        document.getElementById('next-patient')!.addEventListener('click', () => seen.push('swap'), true);
      });
      await host.locator('#sms-text').click();
      await expect(panel.getByTestId('field-hint')).toHaveText('Text goes into: Message');
      await panel.evaluate(
        async ([tab, id, ms]) => {
          (document.querySelector(`#texts [data-template="${id}"] button`) as HTMLButtonElement).click();
          await chrome.scripting.executeScript({ target: { tabId: tab }, args: [ms], func: (wait: number) => void setTimeout(() => document.getElementById('next-patient')!.click(), wait) });
        },
        [tabId, SIGNUP, delay] as const,
      );
      await expect(panel.getByText(/^Inserted “|^Not inserted: the page now shows a different patient/)).toBeVisible();
      await expect.poll(() => host.evaluate(() => (window as unknown as { seen: string[] }).seen.includes('swap'))).toBe(true);
      const seen = await host.evaluate(() => (window as unknown as { seen: string[] }).seen);
      const value = await host.locator('#sms-text').inputValue();
      if (value) {
        // It went in before the swap, for Jane, while the page showed Jane.
        expect(seen).toEqual(['text for SMITH, Jane (Mrs)', 'swap']);
        expect(value).toMatch(/^Hello Jane,/);
        await expect(panel.getByTestId('status')).toContainText('Inserted');
      } else {
        expect(seen).toEqual(['swap']);
        await expect(panel.getByTestId('alert')).toContainText('Not inserted: the page now shows a different patient');
      }
    });
  }
});

test('markup in a page’s labels and in the practice’s names and titles is shown as words, never run: panel, QR code, dashboard and print', async ({ openWithPanel, context, extensionId }) => {
  const EVIL = '<img src="x" class="pwn" onerror="top.pwned=1">';
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/blank.html`);
  await probe.evaluate(async (evil) => {
    const body = `Hello ((first_name|there)) <b>bold</b> <script>top.pwned=1</script>, from ((surgery_name)): ((nhs_app_url))`;
    const title = `${evil}Evil title`;
    const { practice } = await chrome.storage.local.get('practice');
    await chrome.storage.local.set({
      templates: { templates: [{ id: 'own-markup', service: 'nhs-app', title, length: 'short', language: 'en', versions: {}, body }], archived: [] },
      templates$: { v: 1 },
      practice: { ...(practice as object), surgeryName: `Brook${evil}side` },
    });
  }, EVIL);
  const { host, panel } = await openWithPanel('hostile/markup.html');
  const ran = async (page: Page) =>
    page.evaluate(() => ({ pwned: (window as unknown as { pwned?: number }).pwned ?? 0, elements: document.querySelectorAll('img.pwn, script:not([src])').length }));

  // The panel: the box's label and the text's title, word for word.
  await host.locator('#sms').click();
  await expect(panel.getByTestId('field-hint')).toContainText(`Text goes into: ${EVIL}Message`.slice(0, 76));
  const row = panel.getByRole('grid', { name: 'Texts to send' }).locator('[data-template="own-markup"]');
  await expect(row).toContainText(`${EVIL}Evil title`);
  await row.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(panel.getByTestId('status')).toContainText(`Inserted “${EVIL}Evil title”`);
  await expect(host.locator('#sms')).toHaveValue(`Hello Jane <b>bold</b> <script>top.pwned=1</script>, from Brook${EVIL}side: https://www.nhs.uk/nhs-app/`);
  // The QR code's dialog, named by the title.
  await row.getByRole('button', { name: 'Show text' }).click();
  await panel.locator('[data-detail-for="own-markup"]').getByRole('button', { name: 'Show QR code' }).click();
  await expect(panel.getByRole('dialog', { name: `${EVIL}Evil title` })).toBeVisible();
  expect(await ran(panel)).toEqual({ pwned: 0, elements: 0 });
  expect(await ran(host)).toEqual({ pwned: 0, elements: 0 });

  // The dashboard's templates, and the poster.
  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html#templates`);
  await dash.getByLabel('Search templates').fill('Evil title');
  await expect(dash.getByRole('listitem', { name: `${EVIL}Evil title`, exact: true })).toBeVisible();
  expect(await ran(dash)).toEqual({ pwned: 0, elements: 0 });
  const print = await context.newPage();
  await print.goto(`chrome-extension://${extensionId}/print.html?template=own-markup&lang=en`);
  await expect(print.getByTestId('poster')).toContainText(`Brook${EVIL}side`);
  expect(await ran(print)).toEqual({ pwned: 0, elements: 0 });
});

test('a web page cannot frame the extension’s pages (panel, dashboard, print)', async ({ openWithPanel, extensionId }) => {
  const { host } = await openWithPanel('consultation.html');
  for (const page of ['sidepanel.html', 'dashboard.html', 'print.html?template=nhs-app-signup-short&lang=en']) {
    const url = `chrome-extension://${extensionId}/${page}`;
    await host.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.className = 'framed';
      document.body.append(f);
      return new Promise((ok) => {
        f.onload = ok;
        setTimeout(ok, 3000);
      });
    }, url);
  }
  // Each frame holds the browser's "blocked" page, never the extension's page.
  const framed = host.frames().filter((f) => f !== host.mainFrame());
  expect(framed).toHaveLength(3);
  for (const f of framed) {
    expect(f.url()).not.toMatch(/^chrome-extension:\/\/[a-z]+\/\w+\.html/);
    expect(await f.evaluate(() => document.querySelectorAll('[data-testid], script[src^="/chunks"], script[src*="chunks/"]').length).catch(() => 0)).toBe(0);
  }
});
