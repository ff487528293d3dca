// `npm start`: build the extension (e2e mode, which may reach the demo on 127.0.0.1), serve the
// demo practice system, and open Chromium with the extension, the demo page and the panel.
// With no display (no DISPLAY on Linux, or CI) it runs headless, saves screenshots of the panel
// beside the demo page, prints where, and exits 0.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, extensionArgs } from './find-browser.mjs';
import { startDemoServer } from './demo-server.mjs';
import { setUpDemoPractice } from './demo-practice.mjs';

const EXT = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
const headless = process.env.CI === 'true' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) || process.argv.includes('--headless');

function step(text) {
  console.log(`\u2192 ${text}`);
}

// NUDGE_START_NO_BUILD=1 reuses the e2e build already in .output (the browser test of npm start does).
if (process.env.NUDGE_START_NO_BUILD !== '1') {
  step('Building the extension (npm run build:e2e)…');
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const browserPath = await findBrowser().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
const server = await startDemoServer(Number(process.env.PORT ?? 0));
step(`Demo practice system at ${server.url}/`);

const profile = mkdtempSync(join(tmpdir(), 'nudge-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserPath,
  headless,
  args: extensionArgs(EXT),
  viewport: headless ? { width: 1000, height: 760 } : null,
});
let [worker] = context.serviceWorkers();
if (!worker) worker = await context.waitForEvent('serviceworker');
const extensionId = new URL(worker.url()).host;
// Set the demo practice up, as a practice manager would (a fresh install sends no texts until then).
await setUpDemoPractice(worker, server.url);
step('Practice set up as the demo practice, Brookside Surgery (its links open the demo surgery website)');

const host = context.pages()[0] ?? (await context.newPage());
await host.goto(`${server.url}/consultation.html`);
const helper = await context.newPage();
await helper.goto(`chrome-extension://${extensionId}/sidepanel.html`);
const tabId = await helper.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, host.url());
const panelUrl = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;

if (headless) {
  await helper.close();
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 760 });
  await panel.goto(panelUrl);
  await panel.getByRole('button', { name: 'Insert' }).first().waitFor();
  // Show the panel at work: the user clicks in the message box, then Insert.
  await host.locator('#sms-text').click();
  await panel.getByText('Text goes into: Message').waitFor();
  await panel.getByRole('grid', { name: 'Texts to send' }).locator('[data-template="nhs-app-signup-short"]').getByRole('button', { name: 'Insert' }).click();
  await panel.getByTestId('status').getByText('Inserted').waitFor();
  await panel.evaluate(() => window.scrollTo(0, 0));

  const dir = resolve(process.env.SCREENSHOT_DIR ?? 'screenshots');
  mkdirSync(dir, { recursive: true });
  const panelPng = await panel.screenshot({ path: join(dir, 'panel.png') });
  const hostPng = await host.screenshot({ path: join(dir, 'demo-page.png') });
  // Put the two side by side, as the browser shows them.
  const canvas = await context.newPage();
  await canvas.setViewportSize({ width: 1360, height: 760 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#ccc"><img src="data:image/png;base64,${hostPng.toString('base64')}" width="1000" height="760"><img src="data:image/png;base64,${panelPng.toString('base64')}" width="360" height="760" style="border-left:2px solid #888"></body>`,
  );
  await canvas.screenshot({ path: join(dir, 'panel-beside-demo.png') });
  console.log(`\nScreenshots saved in ${dir}:\n  panel-beside-demo.png  (the panel beside the demo consultation screen)\n  panel.png\n  demo-page.png`);
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
} else {
  // Pop the panel out into its own narrow window beside the demo page (the toolbar button opens
  // the built-in side panel too).
  await helper.evaluate(async (url) => {
    await chrome.windows.create({ url, type: 'popup', width: 380, height: 800, left: 1000, top: 0 });
  }, panelUrl);
  await helper.close();
  await host.bringToFront();
  console.log('\nChromium is open with Nudge beside the demo consultation screen. Close the browser to stop.');
  await new Promise((r) => context.on('close', r));
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
