/**
 * Firefox for the browser tests: real Firefox ESR driven over WebDriver BiDi with puppeteer-core
 * (Playwright's own Firefox cannot be downloaded here and cannot load an extension).
 *
 * - The add-on is installed with BiDi's webExtension.install (a temporary add-on), or by policy.
 * - Its moz-extension UUID is pinned with the `extensions.webextensions.uuids` pref, so the tests
 *   know its pages' addresses; `--remote-allow-system-access` lets BiDi open and script them.
 * - Extension pages have a strict CSP, so nothing here uses puppeteer's waitForFunction or locators
 *   (they compile code in the page): `until` polls plain `evaluate` calls instead.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error plain ESM helpers shared with scripts/
import { findFirefox } from '../../scripts/find-browser.mjs';

export { findFirefox };

/** The add-on's id (wxt.config.ts `browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'nudge@nudge.example';
/** The moz-extension UUID the tests pin for it. */
export const FIREFOX_UUID = '3b7c1a52-6e0d-4f7a-9c1e-7a2f0d9e4b11';
export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface FirefoxOptions {
  /** Install this built extension folder as a temporary add-on. */
  extensionDir?: string;
  /** A profile folder to keep (for restarts); a fresh temporary one otherwise. */
  profileDir?: string;
  /** Save downloads into this folder without asking. */
  downloadDir?: string;
  /** More prefs (user.js). */
  prefs?: Record<string, string | number | boolean>;
}

export interface RunningFirefox {
  browser: Browser;
  /** Everything Firefox wrote on stderr so far (policy errors are logged there). */
  stderr: () => string;
}

/** Start Firefox headless (no display needed) with the UUID pinned. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<RunningFirefox> {
  const prefs: Record<string, string | number | boolean> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    // Quiet: no first-run pages, no update or telemetry traffic (there is no network here).
    'browser.shell.checkDefaultBrowser': false,
    'app.update.disabledForTesting': true,
    'datareporting.policy.dataSubmissionEnabled': false,
    ...(options.downloadDir
      ? {
          'browser.download.folderList': 2,
          'browser.download.dir': options.downloadDir,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.start_downloads_in_tmp_dir': false,
        }
      : {}),
    ...options.prefs,
  };
  if (options.downloadDir) mkdirSync(options.downloadDir, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access', ...(options.profileDir ? ['--profile', options.profileDir] : [])],
    extraPrefsFirefox: prefs,
    defaultViewport: { width: 1280, height: 800 },
  });
  let err = '';
  browser.process()?.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  try {
    if (options.extensionDir) {
      const id = await browser.installExtension(options.extensionDir);
      if (id !== GECKO_ID) throw new Error(`Installed add-on has id ${id}, expected ${GECKO_ID}`);
    }
  } catch (e) {
    await browser.close();
    throw e;
  }
  return { browser, stderr: () => err };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `fn` until it returns something truthy; fail after `ms` saying what was awaited and what was last seen. */
export async function until<T>(what: string, fn: () => Promise<T>, ms = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      last = await fn();
      if (last) return last as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`Timed out after ${ms} ms waiting for ${what}; last saw: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    await sleep(100);
  }
}

/**
 * Open one of the extension's pages (path such as "sidepanel.html?tabId=3") in a new tab. BiDi
 * never reports the end of a navigation into the extension's process, so wait for the page itself.
 */
export async function openExtensionPage(browser: Browser, path: string, ms = 10_000): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${path}`;
  let asked = 0;
  await until(
    `${url} to load`,
    async () => {
      // Again every few seconds: an add-on still being installed (by policy) shows an error page first.
      if (Date.now() - asked > 5000) {
        asked = Date.now();
        page.goto(url).catch(() => {}); // settles only when the tab closes
      }
      return page.evaluate((u) => location.href === u && document.readyState === 'complete' && typeof chrome !== 'undefined' && !!chrome.runtime?.id, url);
    },
    ms,
  );
  return page;
}

/** The browser's id for the tab showing `url`, asked from an extension page. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** The visible text of the element `selector` matches, or null. */
export function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector<HTMLElement>(s)?.innerText ?? null, selector);
}

/** Click the button named `name` (its visible text), inside `within` if given, as a user would. */
export async function clickButton(page: Page, name: string, within = 'body'): Promise<void> {
  const buttons = await page.$$(`${within} button`);
  for (const b of buttons) {
    if ((await b.evaluate((el) => (el as HTMLElement).innerText.trim())) === name) {
      await b.click();
      return;
    }
  }
  throw new Error(`No button "${name}" in ${within}`);
}

/** Wait for a file whose name matches `pattern` to finish downloading into `dir`; its text. */
export async function downloaded(dir: string, pattern: RegExp): Promise<{ name: string; text: string }> {
  // Firefox may show an empty "<name>" (and a "<name>.part") before it writes the file: wait until the
  // file has content, no .part is left, and its size holds still between two looks.
  let seen = '';
  const name = await until(`a download matching ${pattern}`, async () => {
    const files = readdirSync(dir);
    const f = files.find((x) => pattern.test(x) && !x.endsWith('.part'));
    if (!f || files.includes(`${f}.part`)) return null;
    const size = statSync(join(dir, f)).size;
    const now = `${f}:${size}`;
    const done = size > 0 && now === seen;
    seen = now;
    return done ? f : null;
  });
  return { name, text: readFileSync(join(dir, name), 'utf8') };
}
