import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM helpers shared with scripts/
import { findBrowser, extensionArgs } from '../../scripts/find-browser.mjs';
// @ts-expect-error plain ESM helpers shared with scripts/
import { startDemoServer } from '../../scripts/demo-server.mjs';
// @ts-expect-error plain ESM helpers shared with scripts/
import { setUpDemoPractice } from '../../scripts/demo-practice.mjs';

export const OUTPUT_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output');
export const EXTENSION_DIR = resolve(OUTPUT_DIR, 'chrome-mv3-e2e');

type Fixtures = {
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  /** Open a demo page and a panel bound to its tab (as `sidepanel.html?tabId=N`). */
  openWithPanel: (path: string) => Promise<{ host: Page; panel: Page; tabId: number }>;
};
type WorkerFixtures = {
  demoServer: { url: string; otherUrl: string };
  demoUrl: string;
  /** The same demo pages from a second port of 127.0.0.1: another origin the e2e build may still reach. */
  demoOtherUrl: string;
  browserPath: string;
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  browserPath: [
    async ({}, use) => {
      await use(await findBrowser());
    },
    { scope: 'worker' },
  ],
  demoServer: [
    async ({}, use) => {
      const server = await startDemoServer(0);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  demoUrl: [async ({ demoServer }, use) => use(demoServer.url), { scope: 'worker' }],
  demoOtherUrl: [async ({ demoServer }, use) => use(demoServer.otherUrl), { scope: 'worker' }],
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'nudge-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ browserPath, userDataDir, demoUrl }, use) => {
    const context = await launch(browserPath, userDataDir, { practiceFor: demoUrl });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  openWithPanel: async ({ context, extensionId, demoUrl }, use) => {
    await use(async (path) => {
      const host = await context.newPage();
      await host.goto(`${demoUrl}/${path}`);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      const tabId = await tabIdOf(panel, host.url());
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return { host, panel, tabId };
    });
  },
});

/**
 * Launch Chromium with the built extension in a persistent profile at `userDataDir`. With
 * `practiceFor`, the practice is set up first as the demo practice at that demo system (a fresh
 * install refuses to send texts until it is); without it the profile stays as it is.
 */
export async function launch(browserPath: string, userDataDir: string, options: { practiceFor?: string } = {}): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browserPath,
    headless: true,
    args: extensionArgs(EXTENSION_DIR),
    viewport: { width: 1280, height: 800 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  if (options.practiceFor) await setUpDemoPractice(await serviceWorkerOf(context), options.practiceFor);
  return context;
}

async function serviceWorkerOf(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorkerOf(context)).url()).host;
}

/** The browser's id for the tab showing `url`, asked from an extension page. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

export { expect };
