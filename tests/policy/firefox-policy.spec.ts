/**
 * Issue 15, Firefox by policy: Firefox ESR force-installs Nudge from policies.json (ExtensionSettings)
 * with the practice's settings in its `3rdparty` section, the way IT deploys it, and shows exactly
 * what works. The policy applied is the Firefox example in docs/deployment.md (section 5), with its
 * install_url pointed at a package this test serves on 127.0.0.1 or keeps in a file.
 *
 * policies.json applies to every Firefox on the machine: it is written only while these tests run,
 * and removed (or the file that was there before put back) afterwards, whatever happens.
 */
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { test, expect } from '@playwright/test';
import { OUTPUT_DIR } from '../e2e/fixtures';
import { GECKO_ID, findFirefox, launchFirefox, openExtensionPage, textOf, until, type RunningFirefox } from '../e2e/firefox';
// @ts-expect-error plain ESM helper shared with scripts/
import { packXpi } from '../../scripts/xpi.mjs';

const STORE_DIR = join(OUTPUT_DIR, 'firefox-mv3');
/** On Linux, Firefox reads this one first; when it exists, distribution/policies.json is ignored. */
const SYSTEM_POLICY = '/etc/firefox/policies/policies.json';
const LOCKED_REASON = 'Set by your organisation’s IT policy';

type Json = Record<string, unknown>;
interface FirefoxPolicies {
  policies: {
    ExtensionSettings: Record<string, { installation_mode: string; install_url: string }>;
    Preferences?: Record<string, unknown>;
    '3rdparty': { Extensions: Record<string, Json> };
  } & Json;
}

/** The policies.json example in docs/deployment.md's Firefox section: the one IT is told to use. */
function documentedPolicy(): FirefoxPolicies {
  const doc = readFileSync('docs/deployment.md', 'utf8');
  const start = doc.indexOf('## 5. Firefox');
  const section = doc.slice(start, doc.indexOf('\n## ', start + 1));
  const examples = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Partial<FirefoxPolicies>);
  const found = examples.find((e) => e.policies?.ExtensionSettings?.[GECKO_ID]);
  if (!found) throw new Error('docs/deployment.md section 5 has no policies.json example for Nudge');
  return found as FirefoxPolicies;
}

/** The documented policy with the package at `installUrl` and any changes. */
function policyWith(installUrl: string, change: (p: FirefoxPolicies['policies']) => void = () => {}): FirefoxPolicies {
  const p = structuredClone(documentedPolicy());
  p.policies.ExtensionSettings[GECKO_ID]!.install_url = installUrl;
  change(p.policies);
  return p;
}

/** Where this machine's Firefox reads policies.json, or why this test cannot write it. */
function policyLocation(): { file: string } | { skip: string } {
  const binary = realpathSync(findFirefox());
  const installDir = dirname(binary);
  if (!existsSync(join(installDir, 'omni.ja'))) return { skip: `cannot tell Firefox's install folder from ${binary}` };
  if (existsSync(SYSTEM_POLICY)) return { skip: `${SYSTEM_POLICY} exists: Firefox reads it instead, and this test never touches a real policy` };
  const file = join(installDir, 'distribution', 'policies.json');
  try {
    accessSync(existsSync(dirname(file)) ? dirname(file) : installDir, constants.W_OK);
  } catch {
    return { skip: `${dirname(file)} is not writable (these tests write policies.json as root, as CI runs)` };
  }
  return { file };
}

/**
 * policies.json for the test's lifetime: whatever was there before comes back, even if the run is cut
 * short: on exit, on SIGINT/SIGTERM/SIGHUP, and, if this process is killed outright (SIGKILL), by a small
 * detached watchdog that puts the old file back (or removes the new one) as soon as this process is gone.
 */
class PolicyFile {
  private readonly before: Buffer | null;
  private readonly madeDir: boolean;
  private readonly saved: string | null;
  private watchdog = false;
  constructor(readonly file: string) {
    this.before = existsSync(file) ? readFileSync(file) : null;
    this.madeDir = !existsSync(dirname(file));
    this.saved = this.before ? join(mkdtempSync(join(tmpdir(), 'nudge-ff-policy-')), 'policies.json.before') : null;
    if (this.saved && this.before) writeFileSync(this.saved, this.before);
    process.once('exit', this.restore);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(sig, this.onSignal);
  }
  write(policy: FirefoxPolicies) {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(policy, null, 2));
    if (!this.watchdog) this.startWatchdog();
  }
  restore = () => {
    if (this.before) writeFileSync(this.file, this.before);
    else rmSync(this.file, { force: true });
    if (this.madeDir) rmdirSync(dirname(this.file), { maxRetries: 0 });
    if (this.saved) rmSync(dirname(this.saved), { recursive: true, force: true });
    process.removeListener('exit', this.restore);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeListener(sig, this.onSignal);
  };
  private onSignal = (sig: NodeJS.Signals) => {
    this.restore();
    process.kill(process.pid, sig);
  };
  /** A detached process that restores policies.json once this process has gone (whatever way it went). */
  private startWatchdog(): void {
    const code = `
      const fs = require('node:fs'); const path = require('node:path');
      const [pid, file, saved, madeDir] = process.argv.slice(1);
      const gone = () => { try { process.kill(Number(pid), 0); return false; } catch (e) { return e.code !== 'EPERM'; } };
      const restored = () => saved ? !fs.existsSync(saved) : !fs.existsSync(file);
      const timer = setInterval(() => {
        if (restored()) { clearInterval(timer); return; }
        if (!gone()) return;
        clearInterval(timer);
        if (saved) { fs.copyFileSync(saved, file); fs.rmSync(path.dirname(saved), { recursive: true, force: true }); }
        else fs.rmSync(file, { force: true });
        if (madeDir === '1') { try { fs.rmdirSync(path.dirname(file)); } catch {} }
      }, 200);`;
    spawn(process.execPath, ['-e', code, String(process.pid), this.file, this.saved ?? '', this.madeDir ? '1' : '0'], { detached: true, stdio: 'ignore' }).unref();
    this.watchdog = true;
  }
}

/** What Firefox itself knows, read in about:addons (a privileged page BiDi may script with system access). */
interface AddonFacts {
  policiesActive: boolean;
  installed: boolean;
  signed?: boolean;
  canUninstall?: boolean;
  canDisable?: boolean;
  installedFrom?: string;
  /** about:addons: Remove in the add-on's menu, and its on/off switch. */
  removeMenuItem?: 'enabled' | 'disabled' | 'hidden' | 'absent';
  onOffSwitch?: 'shown' | 'hidden' | 'absent';
  /** Errors the enterprise policy engine logged. */
  policyErrors: string[];
}

async function addonFacts(browser: Browser, id: string): Promise<AddonFacts> {
  const page = await browser.newPage();
  page.goto('about:addons').catch(() => {});
  await until('about:addons', () => page.evaluate(() => document.readyState === 'complete' && 'loadView' in window));
  const facts = await page.evaluate(async (addonId) => {
    interface Addon {
      permissions: number;
      signedState: number;
      sourceURI?: { spec: string };
    }
    interface Privileged {
      ChromeUtils: { importESModule(url: string): { AddonManager: { getAddonByID(id: string): Promise<Addon | null>; PERM_CAN_UNINSTALL: number; PERM_CAN_DISABLE: number; SIGNEDSTATE_SIGNED: number } } };
      Cc: Record<string, { getService(i: unknown): { getEvents(): { prefix?: string; arguments?: unknown[] }[] } }>;
      Ci: Record<string, unknown>;
      Services: { policies: { status: number } };
      loadView(view: string): Promise<void>;
    }
    const g = globalThis as unknown as Privileged;
    const { AddonManager } = g.ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
    const events = g.Cc['@mozilla.org/consoleAPI-storage;1']!.getService(g.Ci.nsIConsoleAPIStorage).getEvents();
    const policyErrors = events.filter((e) => e.prefix === 'Policies').map((e) => (e.arguments ?? []).join(' '));
    const policiesActive = g.Services.policies.status === 1; // Ci.nsIEnterprisePolicies.ACTIVE
    const addon = await AddonManager.getAddonByID(addonId);
    if (!addon) return { policiesActive, installed: false, policyErrors };
    await g.loadView('addons://list/extension');
    let card: Element | null = null;
    for (let i = 0; i < 50 && !card; i++) {
      card = document.querySelector(`addon-card[addon-id="${addonId}"]`);
      if (!card) await new Promise((r) => setTimeout(r, 100));
    }
    const remove = card?.querySelector('panel-item[action="remove"]') as (HTMLElement & { disabled?: boolean }) | null | undefined;
    const toggle = card?.querySelector('moz-toggle') as HTMLElement | null | undefined;
    return {
      policiesActive,
      installed: true,
      signed: addon.signedState >= AddonManager.SIGNEDSTATE_SIGNED,
      canUninstall: (addon.permissions & AddonManager.PERM_CAN_UNINSTALL) !== 0,
      canDisable: (addon.permissions & AddonManager.PERM_CAN_DISABLE) !== 0,
      installedFrom: addon.sourceURI?.spec,
      removeMenuItem: !remove ? 'absent' : remove.hidden ? 'hidden' : remove.disabled || remove.hasAttribute('disabled') ? 'disabled' : 'enabled',
      onOffSwitch: !toggle ? 'absent' : toggle.hidden ? 'hidden' : 'shown',
      policyErrors,
    } as const;
  }, id);
  await page.close();
  return facts;
}

/** The Settings screen, once the policy has been read: each field's value and whether it says it is locked and why. */
async function settingsScreen(browser: Browser) {
  const page = await openExtensionPage(browser, 'dashboard.html#settings', 30_000);
  await until('the Settings screen', async () => (await textOf(page, 'body'))?.includes('Surgery name') && page.$('#setting-surgeryName'));
  return page;
}
const fieldValue = (page: Page, key: string) => page.$eval(`#setting-${key}`, (el) => (el as HTMLInputElement).value);

test.describe('Firefox ESR by policy (policies.json)', () => {
  test.describe.configure({ mode: 'serial' });
  const where = policyLocation();
  test.skip('skip' in where, 'skip' in where ? `Firefox policy tests skipped: ${where.skip}` : '');

  let policyFile: PolicyFile;
  let server: Server;
  let served: string[];
  let httpUrl: string;
  let fileUrl: string;
  let work: string;
  let profile: string;
  let firefox: RunningFirefox | undefined;
  let started = 0;

  test.beforeAll(async () => {
    started = Date.now();
    work = mkdtempSync(join(tmpdir(), 'nudge-firefox-policy-'));
    profile = join(work, 'profile');
    mkdirSync(profile);
    // The store package, unsigned, packed as IT would host it.
    const xpi = packXpi(STORE_DIR, join(work, 'nudge.xpi')) as string;
    fileUrl = pathToFileURL(xpi).href;
    served = [];
    server = createServer((req, res) => {
      served.push(req.url ?? '');
      if (req.url !== '/nudge/nudge.xpi') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/x-xpinstall' }).end(readFileSync(xpi));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    httpUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/nudge/nudge.xpi`;
    policyFile = new PolicyFile((where as { file: string }).file);
  });

  test.afterEach(async () => {
    await firefox?.browser.close();
    firefox = undefined;
  });

  test.afterAll(async () => {
    policyFile?.restore();
    await new Promise((ok) => server?.close(ok));
    if (work) rmSync(work, { recursive: true, force: true });
    console.log(`Firefox policy tests: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  test('force-installed from a URL on 127.0.0.1, unsigned, with signature checks off by the same file: the user cannot remove or disable it, and its settings arrive locked', async () => {
    const policy = policyWith(httpUrl);
    policyFile.write(policy);
    firefox = await launchFirefox({ profileDir: profile });
    const page = await settingsScreen(firefox.browser);
    expect(served).toContain('/nudge/nudge.xpi');

    // Installed by the administrator, for good.
    expect(await page.evaluate(() => chrome.management.getSelf())).toMatchObject({ id: GECKO_ID, installType: 'admin', mayDisable: false, enabled: true });
    const facts = await addonFacts(firefox.browser, GECKO_ID);
    expect(facts).toMatchObject({
      policiesActive: true,
      installed: true,
      signed: false,
      canUninstall: false,
      canDisable: false,
      installedFrom: httpUrl,
      removeMenuItem: 'disabled',
      onOffSwitch: 'hidden',
    });
    expect(facts.policyErrors).toEqual([]);

    // The 3rdparty section is the extension's managed storage, and the Settings screen shows it locked, with why.
    const settings = policy.policies['3rdparty'].Extensions[GECKO_ID]!;
    expect(await page.evaluate(() => chrome.storage.managed.get(null))).toEqual(settings);
    expect(await fieldValue(page, 'surgeryName')).toBe(settings.surgeryName);
    expect(await fieldValue(page, 'surgeryPhone')).toBe(settings.surgeryPhone);
    for (const key of ['surgeryName', 'surgeryPhone', 'retentionMonths', 'allowedSites']) {
      expect(await textOf(page, `[data-testid="locked-${key}"]`), key).toBe(`Locked ${LOCKED_REASON}`);
    }
    expect(await textOf(page, '[data-testid="policy-notice"]')).toContain('set by your organisation’s IT policy');
    expect(await page.$('[data-testid="policy-problems"]')).toBeNull();
  });

  test('a changed policies.json applies when Firefox restarts; a bad value is reported and ignored on its own', async () => {
    const policy = policyWith(httpUrl, (p) => {
      const s = p['3rdparty'].Extensions[GECKO_ID]!;
      s.surgeryName = 'Brookside Surgery';
      s.websiteUrl = 'http://www.brookside-surgery.example'; // not https: Nudge refuses it
    });
    policyFile.write(policy);
    firefox = await launchFirefox({ profileDir: profile });
    const page = await settingsScreen(firefox.browser);
    await until('the new surgery name', async () => (await fieldValue(page, 'surgeryName')) === 'Brookside Surgery');
    expect(await textOf(page, '[data-testid="locked-surgeryName"]')).toBe(`Locked ${LOCKED_REASON}`);
    expect(await textOf(page, '[data-testid="locked-surgeryPhone"]')).toBe(`Locked ${LOCKED_REASON}`);
    expect(await textOf(page, '[data-testid="policy-problems"]')).toContain('The policy’s websiteUrl was ignored');
    expect(await page.$('[data-testid="locked-websiteUrl"]')).toBeNull();
    expect(await fieldValue(page, 'websiteUrl')).not.toBe('http://www.brookside-surgery.example');
    // Still the same installation (same version: not installed again).
    expect((await addonFacts(firefox.browser, GECKO_ID)).canUninstall).toBe(false);
  });

  test('force-installed from a file:// URL too', async () => {
    policyFile.write(policyWith(fileUrl));
    firefox = await launchFirefox(); // a new profile
    const page = await settingsScreen(firefox.browser);
    expect(await page.evaluate(() => chrome.management.getSelf())).toMatchObject({ installType: 'admin', mayDisable: false });
    expect(await addonFacts(firefox.browser, GECKO_ID)).toMatchObject({ installed: true, installedFrom: fileUrl, canUninstall: false });
  });

  test('without the Preferences entry (signatures required, the default) Firefox ESR refuses the unsigned package', async () => {
    policyFile.write(
      policyWith(fileUrl, (p) => {
        delete p.Preferences;
      }),
    );
    firefox = await launchFirefox();
    const browser = firefox.browser;
    const facts = await until('Firefox to give up on the package', async () => {
      const f = await addonFacts(browser, GECKO_ID);
      return f.policyErrors.length ? f : null;
    });
    expect(facts.policiesActive).toBe(true);
    expect(facts.installed).toBe(false);
    expect(facts.policyErrors).toContain(`Download failed - ERROR_SIGNEDSTATE_REQUIRED - ${fileUrl}`);
  });
});
