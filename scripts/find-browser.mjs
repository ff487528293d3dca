// Finds a Chromium to run the extension in: CHROMIUM_PATH, then Playwright's own browser, then
// Debian's /usr/bin/chromium. Fails with a message that says how to get one.
import { existsSync } from 'node:fs';

export async function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  try {
    const { chromium } = await import('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright has no browser of its own here */
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  throw new Error(
    'No Chromium found. Install one: on Debian or Ubuntu `sudo apt-get install -y chromium`, or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

/** Chromium flags for loading the unpacked extension in `dir`. */
export function extensionArgs(dir) {
  const args = [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
  // Chromium refuses to run as root without this (CI and these machines run as root).
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

/**
 * Finds a Firefox for the Firefox browser tests: FIREFOX_PATH, then Debian's Firefox ESR, then
 * /usr/bin/firefox. Fails with a message that says how to get one.
 */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  for (const p of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(p)) return p;
  throw new Error(
    'No Firefox found. Install Firefox ESR: on Debian `sudo apt-get install -y firefox-esr` (Ubuntu: Mozilla\'s firefox-esr package), or set FIREFOX_PATH to a Firefox 140 or later binary.',
  );
}
