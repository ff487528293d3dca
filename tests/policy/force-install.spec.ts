/**
 * Nudge deployed the way NHS IT deploys it (issue 15, item 2): the Chrome build packed into a signed
 * CRX, served with an update manifest on 127.0.0.1, and force-installed by a Chromium machine policy
 * file that also carries Nudge's managed configuration (`3rdparty`), with no extension flag on the
 * command line. The policy files are docs/deployment.md's own examples.
 *
 * The CRX is signed with a key made for this run, not the project's (its private key is never in the
 * repository, so CI cannot have it): the extension id is then the new key's, and the test checks that
 * Chromium names the extension exactly as scripts/extension-key.mjs derives ids, which is how the id
 * printed by `npm run zip` is derived from the project's key.
 *
 * Runs alone and last (playwright.policy.config.ts, `npm run test:policy`): the policy file applies
 * to every Chromium on the computer while it exists.
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionIdOf, newKeyPair } from '../../scripts/extension-key.mjs';
import { packExtension, updateManifest } from '../../scripts/pack-crx.mjs';
// @ts-expect-error plain ESM helpers shared with scripts/
import { findBrowser } from '../../scripts/find-browser.mjs';
import { chromiumPolicyExample, extensionSettingsExample } from '../deployment-guide';
import { PolicyFile, whyPolicyCannotBeWritten } from './chromium-policy';

const STORE_BUILD = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const LOCKED = 'Locked Set by your organisation’s IT policy';

/** The practice set up by IT: its own name, number and links (real-looking: `.example` links are refused by design). */
const PRACTICE = {
  surgeryName: 'Brookside Surgery',
  surgeryPhone: '01632 961234',
  websiteUrl: 'https://www.brooksidesurgery.nhs.uk',
  onlineFormUrl: 'https://www.brooksidesurgery.nhs.uk/contact-us',
  repeatPrescriptionsUrl: 'https://www.brooksidesurgery.nhs.uk/prescriptions',
  appointmentsUrl: 'https://www.brooksidesurgery.nhs.uk/appointments',
  testResultsUrl: 'https://www.brooksidesurgery.nhs.uk/test-results',
  updateDetailsUrl: 'https://www.brooksidesurgery.nhs.uk/change-your-details',
  homeMonitoringUrl: 'https://www.brooksidesurgery.nhs.uk/blood-pressure',
  registrationUrl: 'https://www.brooksidesurgery.nhs.uk/register',
  fitNoteUrl: 'https://www.brooksidesurgery.nhs.uk/fit-notes',
};

/** A server on 127.0.0.1 (a free port); a route whose body is null answers 404. */
function serve(routes: Record<string, { type: string; body: () => string | Buffer | null }>): Promise<{ server: Server; url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = routes[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    const body = route?.body() ?? null;
    if (!route || body === null) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, requests })));
}

/** Opens an extension page once Chromium has installed the extension (it is blocked until then). */
async function openWhenInstalled(context: BrowserContext, url: string, timeoutMs: number): Promise<Page> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const page = await context.newPage();
    try {
      await page.goto(url);
      return page;
    } catch (e) {
      await page.close().catch(() => {});
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** The rows of chrome://policy's table for an extension (headed with its name), as name → status. */
async function policyRows(policyPage: Page, table: string): Promise<Record<string, string>> {
  const rows = policyPage.getByRole('table', { name: table }).getByRole('row');
  const out: Record<string, string> = {};
  for (const row of await rows.all()) {
    const name = (await row.getByRole('rowheader').allInnerTexts())[0]?.trim();
    const cells = await row.getByRole('cell').allInnerTexts();
    if (name) out[name] = cells[4]?.trim() ?? '';
  }
  return out;
}

test('force-installed by policy with its managed configuration: installed, not removable, settings locked, changes live, bad values dropped one by one', async () => {
  const cannot = whyPolicyCannotBeWritten();
  if (cannot) console.warn(`Force-install policy test skipped: ${cannot}`);
  test.skip(cannot !== null, `Skipped: ${cannot}`);
  expect(existsSync(join(STORE_BUILD, 'manifest.json')), `No Chrome build in ${STORE_BUILD}: run npm run build first`).toBe(true);

  // Pack the store build as IT would host it, signed with a key made for this run.
  const key = newKeyPair();
  let crx: Buffer = Buffer.alloc(0);
  let xml = '';
  // The policy file is read by every Chromium on the computer while it exists (other tests may be
  // running): the update manifest offers the CRX once, to the browser this test starts first, and
  // says "no update" after that, so no other browser can install this test's extension.
  let offered = 0;
  let downloaded = 0;
  const { server, url, requests } = await serve({
    '/nudge/update.xml': { type: 'text/xml', body: () => (offered++ === 0 ? xml : xml.replace(/<updatecheck [^>]*\/>/, "<updatecheck status='noupdate' />")) },
    '/nudge/nudge.crx': { type: 'application/x-chrome-extension', body: () => (downloaded++ === 0 ? crx : null) },
    '/system/record.html': { type: 'text/html', body: () => '<!doctype html><title>Clinical system</title><h1>Patient record</h1>' },
  });
  const updateUrl = `${url}/nudge/update.xml`;
  const packed = packExtension(STORE_BUILD, key.privateKeyPem, { updateUrl });
  crx = packed.crx;
  xml = updateManifest({ id: packed.id, version: packed.version, codebase: `${url}/nudge/nudge.crx` });
  const id = packed.id;
  expect(id).toBe(extensionIdOf(key.publicKey));

  // docs/deployment.md's two Linux policy files, for this id and this server. (This run's own id also
  // keeps the test's settings away from any other Nudge on the computer: every build of Nudge has the
  // project's id, and a policy for that id would lock the settings of every Nudge under test here.)
  const install = extensionSettingsExample();
  const settingsExample = chromiumPolicyExample();
  const guidePolicy = (extension: Record<string, unknown>) => ({
    ExtensionSettings: { [id]: { ...install.settings, update_url: updateUrl } },
    '3rdparty': { extensions: { [id]: extension } },
  });

  const policy = new PolicyFile();
  const userDataDir = mkdtempSync(join(tmpdir(), 'nudge-policy-'));
  let context: BrowserContext | undefined;
  try {
    policy.write(guidePolicy(settingsExample.policy));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: await findBrowser(),
      headless: true,
      // No extension flag: what gets installed comes from the policy alone.
      args: ['--no-first-run', '--no-default-browser-check', '--disable-sync', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      ignoreDefaultArgs: ['--disable-extensions', '--disable-component-update', '--disable-background-networking'],
      viewport: { width: 1280, height: 800 },
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const host = context.pages()[0] ?? (await context.newPage());
    await host.goto(`${url}/system/record.html`);
    // Each extension page gets a tab of its own: Playwright loses a tab whose page moves from one page
    // of a policy-installed extension to another (Chromium keeps the tab; Playwright's handle closes).
    const open = async (pageUrl: string) => {
      const page = await context!.newPage();
      await page.goto(pageUrl);
      return page;
    };

    let settings!: Page;
    await test.step('Chromium downloads Nudge from the update manifest and installs it by policy', async () => {
      settings = await openWhenInstalled(context!, `chrome-extension://${id}/dashboard.html#settings`, 30_000).catch((e: Error) => {
        throw new Error(`Nudge was not installed from ${updateUrl} by the policy in ${policy.path} (requests: ${requests.join(', ') || 'none'}): ${e.message}`);
      });
      expect(requests.some((r) => r.startsWith('/nudge/update.xml?') && r.includes(`id%3D${id}`) && r.includes('installedby%3Dpolicy'))).toBe(true);
      expect(requests).toContain('/nudge/nudge.crx');
      const state = await settings.evaluate(async () => {
        const registrations = await navigator.serviceWorker.getRegistrations();
        const self = await chrome.management.getSelf();
        const manifest = chrome.runtime.getManifest() as chrome.runtime.ManifestV3 & { key?: string; update_url?: string };
        return {
          worker: registrations.map((r) => r.active?.scriptURL),
          self: { id: self.id, installType: self.installType, mayDisable: self.mayDisable, enabled: self.enabled },
          key: manifest.key,
          updateUrl: manifest.update_url,
        };
      });
      expect(state.worker).toEqual([`chrome-extension://${id}/background.js`]);
      expect(state.self).toEqual({ id, installType: 'admin', mayDisable: false, enabled: true });
      // The id is the one derived from the key that signed the CRX, and later versions come from the same place.
      expect(state.key).toBe(key.publicKey);
      expect(state.updateUrl).toBe(updateUrl);
    });

    await test.step('staff cannot remove Nudge or switch it off', async () => {
      const refused = await settings.evaluate(() => chrome.management.uninstallSelf().then(() => 'removed', (e: Error) => e.message));
      expect(refused).toMatch(/cannot be modified by user/);
      const extensions = await context!.newPage();
      await extensions.goto('chrome://extensions');
      const item = extensions.locator(`extensions-item#${id}`);
      await expect(item.getByRole('button', { name: /^On, extension enabled/ })).toBeDisabled();
      await expect(item.locator('#removeButton')).toBeHidden();
      await item.getByRole('button', { name: 'Details' }).click();
      await expect(extensions.locator('extensions-detail-view').getByRole('img', { name: 'Installed by enterprise policy.' })).toBeVisible();
      await expect(extensions.locator('extensions-detail-view').getByRole('button', { name: /^On, extension enabled/ })).toBeDisabled();
      await extensions.close();
    });

    const policyPage = await context.newPage();
    await policyPage.goto('chrome://policy');
    await test.step('chrome://policy shows the guide’s policies as IT will check them', async () => {
      // Extension policy reaches Chromium a few seconds after the extension is installed.
      const expected = Object.fromEntries(Object.keys(settingsExample.policy).map((k) => [k, 'OK']));
      await expect.poll(() => policyRows(policyPage, 'Nudge'), { timeout: 20_000 }).toEqual(expected);
      expect((await policyRows(policyPage, 'Chrome Policies')).ExtensionSettings).toBe('OK');
    });

    await test.step('the Settings screen shows the guide’s settings from the policy, Locked, with why', async () => {
      await expect.poll(() => settings.evaluate(() => chrome.storage.managed.get(null).then((m) => m.surgeryName)), { timeout: 20_000 }).toBe('Riverside Surgery');
      settings = await open(`chrome-extension://${id}/dashboard.html#settings`);
      await expect(settings.getByTestId('policy-notice')).toContainText('set by your organisation’s IT policy');
      await expect(settings.getByLabel('Surgery name')).toHaveValue('Riverside Surgery');
      await expect(settings.getByLabel('Surgery name')).not.toBeEditable();
      for (const k of ['surgeryName', 'surgeryPhone', 'websiteUrl', 'onlineFormUrl', 'retentionMonths', 'defaultRole', 'loggingEnabled', 'trainingModeAllowed']) {
        await expect(settings.getByTestId(`locked-${k}`), k).toHaveText(LOCKED);
      }
      await expect(settings.getByTestId('locked-appointmentsUrl')).toHaveCount(0);
      await expect(settings.getByTestId('policy-problems')).toHaveCount(0);
    });

    let panel!: Page;
    await test.step('the panel uses the policy’s template pack, and sends nothing with the guide’s fictional practice', async () => {
      // The host page is the first tab (the extension may not read tabs' addresses, by design).
      const tabId = await settings.evaluate(async () => (await chrome.tabs.query({})).sort((a, b) => a.index - b.index)[0]?.id ?? null);
      expect(tabId).not.toBeNull();
      panel = await open(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
      const flu = panel.getByRole('grid', { name: 'Texts to send' }).getByRole('row').filter({ hasText: 'Flu clinic' });
      await expect(flu).toBeVisible();
      await flu.getByRole('button', { name: 'Copy' }).click();
      await expect(panel.getByText(/Not sent: the practice is not set up yet\. This text needs: .*appointments/i)).toBeVisible();
    });

    await test.step('a policy change applies live, and values that fail the checks are dropped one by one', async () => {
      policy.write(
        guidePolicy({
          ...settingsExample.policy,
          ...PRACTICE,
          // Fails the schema (http, and above 120): Chromium drops each, silently, and keeps the rest.
          digitalSupportUrl: 'http://www.brooksidesurgery.nhs.uk/get-online',
          retentionMonths: 500,
          // Passes the schema but not Nudge's checks (no such service): Nudge ignores the pack and says why.
          templates: [{ id: 'flu-clinic', service: 'flu-jabs', title: 'Flu clinic', body: 'Book your flu vaccine at ((appointments_url))' }],
        }),
      );
      await policyPage.bringToFront();
      await policyPage.getByRole('button', { name: 'Reload policies' }).click();

      // The panel that was already open: the standard texts, with the practice's own details, sent.
      const texts = panel.getByRole('grid', { name: 'Texts to send' });
      const card = texts.locator('[role="row"][data-template="repeat-prescriptions-short"]');
      const text = 'Hello there, this is Brookside Surgery. You can order your repeat medicines online, with no need to phone: https://www.brooksidesurgery.nhs.uk/prescriptions';
      await expect(texts.getByRole('row').filter({ hasText: 'Flu clinic' })).toHaveCount(0);
      await panel.bringToFront();
      await card.getByRole('button', { name: 'Show text' }).click();
      await expect(texts.locator('[data-detail-for="repeat-prescriptions-short"] [data-testid="text-preview"]')).toHaveText(text);
      await card.getByRole('button', { name: 'Copy' }).click();
      await expect.poll(() => panel.evaluate(() => navigator.clipboard.readText())).toBe(text);

      // Settings: the new values locked; the dropped ones are the computer's own, not locked; Nudge's refusal listed.
      settings = await open(`chrome-extension://${id}/dashboard.html#settings`);
      await expect(settings.getByLabel('Surgery name')).toHaveValue('Brookside Surgery');
      await expect(settings.getByTestId('locked-surgeryName')).toHaveText(LOCKED);
      await expect(settings.getByTestId('locked-repeatPrescriptionsUrl')).toHaveText(LOCKED);
      await expect(settings.getByTestId('locked-digitalSupportUrl')).toHaveCount(0);
      await expect(settings.getByTestId('locked-retentionMonths')).toHaveCount(0);
      await expect(settings.getByLabel('Months to keep the log')).toHaveValue('24');
      await expect(settings.getByTestId('policy-problems')).toContainText('The policy’s templates were ignored: a template’s service must be one Nudge knows');

      // chrome://policy says nothing about the dropped values: they are simply not in Nudge's table.
      const nudge = await policyRows(policyPage, 'Nudge');
      expect(nudge.surgeryName).toBe('OK');
      expect(nudge.templates).toBe('OK');
      expect(Object.keys(nudge)).not.toContain('digitalSupportUrl');
      expect(Object.keys(nudge)).not.toContain('retentionMonths');
      await policyPage.getByRole('checkbox', { name: 'Show policies with no value set' }).check();
      for (const k of ['digitalSupportUrl', 'retentionMonths']) {
        await expect(policyPage.getByRole('table', { name: 'Nudge' }).getByRole('row').filter({ has: policyPage.getByRole('rowheader', { name: k, exact: true }) })).toContainText('Not set.');
      }
    });
  } finally {
    policy.remove();
    await context?.close();
    await new Promise((r) => server.close(() => r(undefined)));
    rmSync(userDataDir, { recursive: true, force: true });
  }
  expect(existsSync(policy.path), `the policy file ${policy.path} was not removed`).toBe(false);
});
