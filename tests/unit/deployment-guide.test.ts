/**
 * docs/deployment.md checked against the schema and against what the tests do (issue 15, item 5):
 * every policy example, in every format IT copies (Linux JSON, the Windows registry, PowerShell, a
 * macOS profile, Firefox's policies.json), is turned into the policy the browser would build, then
 * checked the way Chrome checks it (tests/chrome-schema.ts) and by Nudge's own rules. The Linux
 * JSON examples are the ones the force-install browser test applies (tests/policy/).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID } from '@/scripts/extension-key.mjs';
import { readPolicy } from '@/src/settings/policy';
import { chromeValueErrors, isDict, NUDGE_SCHEMA, policyFromRegistry, registryValue, type Dict } from '../chrome-schema';
import {
  chromiumPolicyExample,
  codeBlocks,
  extensionSettingsExample,
  firefoxPolicyExamples,
  forcelistExamples,
  GUIDE_PATH,
  jsonExamples,
  parsePlist,
  plistExample,
  powershellExample,
  registryExample,
} from '../deployment-guide';

const GUIDE = readFileSync(GUIDE_PATH, 'utf8');
const CHROME_KEY = `HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`;
const EDGE_KEY = `HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`;

/** What Chrome and then Nudge would say about a policy: both empty when it is all used. */
function problems(policy: Dict) {
  return { chrome: chromeValueErrors(NUDGE_SCHEMA, policy), nudge: readPolicy(policy).problems };
}
const NONE = { chrome: [], nudge: [] };

/** ExtensionSettings fields Chrome documents for one extension (chromeenterprise.google ExtensionSettings). */
const EXTENSION_SETTINGS_FIELDS = [
  'installation_mode', 'update_url', 'override_update_url', 'toolbar_pin', 'runtime_blocked_hosts', 'runtime_allowed_hosts',
  'blocked_permissions', 'minimum_version_required', 'blocked_install_message', 'file_url_navigation_allowed',
];

describe('the deployment guide’s examples', () => {
  it('every JSON block parses', () => {
    expect(jsonExamples().length).toBeGreaterThanOrEqual(3);
  });

  it('use the extension id of Nudge’s own packages, and no placeholder an IT person would paste', () => {
    const code = codeBlocks().map((b) => b.text).join('\n');
    const ids = new Set(code.match(/(?<![a-z])[a-p]{32}(?![a-z])/g));
    expect([...ids]).toEqual([EXTENSION_ID]);
    expect(code).not.toMatch(/<id>|&lt;id&gt;/);
    // The guide names the id where it explains it, as `npm run zip` prints it.
    expect(GUIDE).toMatch(new RegExp(`\`nudge-<version>-chrome\\.zip\` loaded unpacked.*\`${EXTENSION_ID}\``));
  });

  it('the Chrome and Edge settings file (Linux JSON) passes Chrome’s schema and Nudge’s checks', () => {
    const { id, policy } = chromiumPolicyExample();
    expect(id).toBe(EXTENSION_ID);
    expect(problems(policy)).toEqual(NONE);
    expect(Object.keys(policy).length).toBeGreaterThanOrEqual(8);
  });

  it('the Windows .reg file writes, for Chrome, the same settings as the JSON, in types Chrome reads', () => {
    const { path, values } = registryExample();
    expect(path).toBe(CHROME_KEY);
    const policy = policyFromRegistry(NUDGE_SCHEMA, values);
    expect(problems(policy)).toEqual(NONE);
    expect(chromiumPolicyExample().policy).toMatchObject(policy);
    // Every kind of value is shown: a string, a number and a true/false as REG_DWORD, a list as JSON.
    expect(Object.values(values).some((v) => typeof v === 'number')).toBe(true);
    expect(policy.allowedSites).toEqual(['https://clinical.example.nhs.uk']);
  });

  it('the PowerShell script writes, for Edge, the same settings as the JSON', () => {
    const { path, values } = powershellExample();
    expect(path).toBe(EDGE_KEY);
    const policy = policyFromRegistry(NUDGE_SCHEMA, values);
    expect(problems(policy)).toEqual(NONE);
    expect(chromiumPolicyExample().policy).toMatchObject(policy);
  });

  it('the registry paths listed for Group Policy are the ones the examples write', () => {
    const listed = codeBlocks().find((b) => b.lang === 'text' && b.text.startsWith('Chrome: HKLM'))!.text;
    expect(listed).toContain(CHROME_KEY.replace('HKEY_LOCAL_MACHINE', 'HKLM'));
    expect(listed).toContain(EDGE_KEY.replace('HKEY_LOCAL_MACHINE', 'HKLM'));
  });

  it('the macOS profile sets Chrome’s preference domain for Nudge, with the same settings as the JSON', () => {
    const { domain, values } = plistExample();
    expect(domain).toBe(`com.google.Chrome.extensions.${EXTENSION_ID}`);
    expect(problems(values)).toEqual(NONE);
    expect(chromiumPolicyExample().policy).toMatchObject(values);
  });

  it('the Firefox policies.json gives Nudge’s settings under its Firefox id, and they pass Nudge’s checks', () => {
    const examples = firefoxPolicyExamples();
    expect(examples.length).toBeGreaterThanOrEqual(1);
    for (const { id, policy } of examples) {
      expect(id).toBe('nudge@nudge.example');
      expect(problems(policy)).toEqual(NONE);
    }
  });

  it('the force-install file uses only ExtensionSettings fields Chrome knows, force-installs, and agrees with the forcelist', () => {
    const { id, settings } = extensionSettingsExample();
    expect(id).toBe(EXTENSION_ID);
    expect(Object.keys(settings).filter((k) => !EXTENSION_SETTINGS_FIELDS.includes(k))).toEqual([]);
    expect(settings.installation_mode).toBe('force_installed');
    expect(String(settings.update_url)).toMatch(/^https:\/\/[^/]+\/.+\/update\.xml$/);
    for (const hosts of [settings.runtime_blocked_hosts, settings.runtime_allowed_hosts]) {
      for (const h of hosts as string[]) expect(h).toMatch(/^(\*|https?):\/\/(\*|(\*\.)?[a-z0-9.-]+)$/);
    }
    const forcelist = forcelistExamples();
    expect(forcelist.map((f) => f.key)).toEqual([
      'HKLM\\Software\\Policies\\Google\\Chrome\\ExtensionInstallForcelist',
      'HKLM\\Software\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist',
    ]);
    for (const f of forcelist) expect(f.value).toBe(`${EXTENSION_ID};${String(settings.update_url)}`);
  });

  it('the ones the force-install browser test applies are these', () => {
    const spec = readFileSync(resolve(__dirname, '../policy/force-install.spec.ts'), 'utf8');
    expect(spec).toContain('extensionSettingsExample()');
    expect(spec).toContain('chromiumPolicyExample()');
  });

  it('the Firefox policies.json force-installs Nudge by its Firefox id from an https address, and is the one the Firefox policy test applies', () => {
    const files = jsonExamples()
      .map(({ value }) => value)
      .filter((v) => isDict(v.policies) && isDict(v.policies.ExtensionSettings));
    expect(files).toHaveLength(1);
    const policies = files[0]!.policies as Dict;
    expect(Object.keys(policies).sort()).toEqual(['3rdparty', 'ExtensionSettings', 'Preferences']);
    expect(policies.ExtensionSettings).toEqual({
      'nudge@nudge.example': { installation_mode: 'force_installed', install_url: expect.stringMatching(/^https:\/\/[^/]+\/.+\.xpi$/) },
    });
    expect(policies.Preferences).toEqual({ 'xpinstall.signatures.required': { Value: false, Status: 'locked' } });
    // tests/policy/firefox-policy.spec.ts reads this example from the guide's section 5 and applies it,
    // changing only install_url (and, in one test, leaving Preferences out).
    const spec = readFileSync(resolve(__dirname, '../policy/firefox-policy.spec.ts'), 'utf8');
    expect(spec).toContain("doc.indexOf('## 5. Firefox')");
    expect(spec.match(/policyWith\(/g)?.length).toBeGreaterThanOrEqual(4);
    expect(GUIDE).toContain('## 5. Firefox');
  });
});

describe('the readers would catch a wrong example (they are not vacuous)', () => {
  it('Chrome reads registry values by the schema: numbers from DWORDs or digits, lists from JSON text', () => {
    const props = NUDGE_SCHEMA.properties as Dict;
    expect(registryValue(NUDGE_SCHEMA, props.retentionMonths as Dict, '24')).toBe(24);
    expect(registryValue(NUDGE_SCHEMA, props.loggingEnabled as Dict, 0)).toBe(false);
    expect(registryValue(NUDGE_SCHEMA, props.websiteUrl as Dict, 'https://a.nhs.uk')).toBe('https://a.nhs.uk');
    expect(registryValue(NUDGE_SCHEMA, props.allowedSites as Dict, 'https://clinical.example.nhs.uk')).toBeNull();
    expect(registryValue(NUDGE_SCHEMA, props.surgeryName as Dict, 1)).toBeNull();
    expect(() => policyFromRegistry(NUDGE_SCHEMA, { allowedSites: '{"a":1}' })).toThrow(/cannot read allowedSites/);
    expect(() => policyFromRegistry(NUDGE_SCHEMA, { surgeryname: 'x' })).toThrow(/not in the schema/);
  });

  it('a .reg line regedit would not read, or a broken plist, is refused', () => {
    const reg = (line: string) => [{ lang: 'reg', text: `Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\X]\n${line}`, section: '', subsection: '' }];
    expect(() => registryExample(reg('"retentionMonths"=dword:18'))).toThrow(/would not read/);
    expect(() => registryExample(reg('surgeryName="Riverside"'))).toThrow(/would not read/);
    expect(registryExample(reg('"allowedSites"="[\\"https://a.nhs.uk\\"]"')).values).toEqual({ allowedSites: '["https://a.nhs.uk"]' });
    expect(() => parsePlist('<plist version="1.0"><dict><key>a</key><integer>x</integer></dict></plist>')).toThrow(/not an integer/);
    expect(parsePlist('<plist version="1.0"><dict><key>a&amp;b</key><array><true/><string>x</string></array></dict></plist>')).toEqual({ 'a&b': [true, 'x'] });
  });

  it('an example with a bad value would fail', () => {
    const { policy } = chromiumPolicyExample();
    expect(problems({ ...policy, websiteUrl: 'http://www.riverside-surgery.example' }).chrome).not.toEqual([]);
    expect(problems({ ...policy, retentionMonths: 24.5 }).chrome).not.toEqual([]);
    expect(problems({ ...policy, surgeryPhone: '+1 202 555 0100' }).nudge).not.toEqual([]);
  });
});
