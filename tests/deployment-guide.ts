/**
 * The policy examples in docs/deployment.md, read the way IT staff would copy them: every code block,
 * and each format (Linux JSON, Windows registry and PowerShell, macOS plist) turned into the policy
 * the browser would build from it. The unit test checks them against Nudge's schema and rules; the
 * force-install browser test applies the Linux JSON ones.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDict, type Dict, type Json } from './chrome-schema';

export const GUIDE_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/deployment.md');

export interface Block {
  lang: string;
  text: string;
  /** The nearest headings above the block ("## 3. …", "### …"). */
  section: string;
  subsection: string;
}

/** Every fenced code block (indented ones too, as in lists), with the headings it sits under. */
export function codeBlocks(markdown = readFileSync(GUIDE_PATH, 'utf8')): Block[] {
  const blocks: Block[] = [];
  let section = '';
  let subsection = '';
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('## ')) [section, subsection] = [line.slice(3).trim(), ''];
    else if (line.startsWith('### ')) subsection = line.slice(4).trim();
    const open = line.match(/^( *)```(\S*)\s*$/);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    for (i++; i < lines.length && !new RegExp(`^ {${indent}}\`\`\`\\s*$`).test(lines[i]!); i++) body.push(lines[i]!.slice(indent));
    blocks.push({ lang: open[2]!, text: body.join('\n'), section, subsection });
  }
  return blocks;
}

/** Every JSON block, parsed (a block that is not valid JSON throws, naming where it is). */
export function jsonExamples(blocks = codeBlocks()): { block: Block; value: Dict }[] {
  return blocks
    .filter((b) => b.lang === 'json')
    .map((block) => {
      try {
        return { block, value: JSON.parse(block.text) as Dict };
      } catch (e) {
        throw new Error(`A JSON example under "${block.subsection || block.section}" does not parse: ${(e as Error).message}`);
      }
    });
}

function only<T>(found: T[], what: string): T {
  if (found.length !== 1) throw new Error(`docs/deployment.md should have exactly one ${what}; it has ${found.length}`);
  return found[0]!;
}

/** The Linux policy file that force-installs Nudge (section 3): its extension id and settings. */
export function extensionSettingsExample(blocks = codeBlocks()): { id: string; settings: Dict } {
  const file = only(
    jsonExamples(blocks).filter(({ value }) => isDict(value.ExtensionSettings)),
    'JSON example with ExtensionSettings',
  ).value;
  const [id, settings] = only(Object.entries(file.ExtensionSettings as Dict), 'extension in the ExtensionSettings example');
  if (!isDict(settings)) throw new Error('the ExtensionSettings example is not an object');
  return { id, settings };
}

/** The Linux policy file with Nudge's own settings for Chrome and Edge (section 4). */
export function chromiumPolicyExample(blocks = codeBlocks()): { id: string; policy: Dict } {
  const file = only(
    jsonExamples(blocks).filter(({ value }) => isDict(value['3rdparty'])),
    'Chrome/Edge JSON example with 3rdparty',
  ).value;
  const extensions = (file['3rdparty'] as Dict).extensions;
  if (!isDict(extensions)) throw new Error('the 3rdparty example has no "extensions"');
  const [id, policy] = only(Object.entries(extensions), 'extension in the 3rdparty example');
  if (!isDict(policy)) throw new Error('the 3rdparty example policy is not an object');
  return { id, policy };
}

/** Nudge's settings in the Firefox policies.json examples (section 5). */
export function firefoxPolicyExamples(blocks = codeBlocks()): { id: string; policy: Dict }[] {
  return jsonExamples(blocks).flatMap(({ value }) => {
    const third = isDict(value.policies) ? value.policies['3rdparty'] : undefined;
    const extensions = isDict(third) ? third.Extensions : undefined;
    return isDict(extensions) ? Object.entries(extensions).map(([id, policy]) => ({ id, policy: policy as Dict })) : [];
  });
}

/** The ExtensionInstallForcelist values written in the registry examples ("1 (REG_SZ) = <id>;<url>"). */
export function forcelistExamples(blocks = codeBlocks()): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (const b of blocks.filter((x) => x.text.includes('ExtensionInstallForcelist'))) {
    let key = '';
    for (const line of b.text.split('\n')) {
      if (/ExtensionInstallForcelist\s*$/.test(line)) key = line.trim();
      const m = line.match(/^\s+\d+ \(REG_SZ\) = (.+)$/);
      if (m && key) out.push({ key, value: m[1]!.trim() });
    }
  }
  return out;
}

/** The .reg example: the key it writes and its values (REG_SZ strings, REG_DWORD numbers). */
export function registryExample(blocks = codeBlocks()): { path: string; values: Record<string, string | number> } {
  const text = only(
    blocks.filter((b) => b.lang === 'reg'),
    '.reg example',
  ).text;
  const lines = text.split('\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('the .reg example must start with "Windows Registry Editor Version 5.00"');
  const path = only(
    lines.filter((l) => l.startsWith('[')),
    'registry key in the .reg example',
  ).replace(/^\[|\]$/g, '');
  const values: Record<string, string | number> = {};
  for (const line of lines.slice(1)) {
    if (!line.trim() || line.startsWith('[')) continue;
    const m = line.match(/^"([^"]+)"=(?:"((?:\\.|[^"\\])*)"|dword:([0-9a-fA-F]{8}))$/);
    if (!m) throw new Error(`a .reg line regedit would not read: ${line}`);
    values[m[1]!] = m[3] !== undefined ? parseInt(m[3], 16) : m[2]!.replace(/\\(["\\])/g, '$1');
  }
  return { path, values };
}

/** The PowerShell example: the key it writes and its values. */
export function powershellExample(blocks = codeBlocks()): { path: string; values: Record<string, string | number> } {
  const text = only(
    blocks.filter((b) => b.lang === 'powershell'),
    'PowerShell example',
  ).text;
  const path = text.match(/^\$key = '([^']+)'$/m)?.[1];
  if (!path) throw new Error('the PowerShell example sets no $key');
  const values: Record<string, string | number> = {};
  for (const m of text.matchAll(/^Set-ItemProperty -Path \$key -Name (\w+) -Value (?:'((?:''|[^'])*)'|(\d+)) -Type (String|DWord)$/gm)) {
    const [, name, str, num, type] = m;
    if (type === 'String' && str === undefined) throw new Error(`${name}: a String value must be quoted`);
    values[name!] = type === 'DWord' ? Number(num ?? str) : str!.replace(/''/g, "'");
  }
  const setLines = text.split('\n').filter((l) => l.startsWith('Set-ItemProperty'));
  if (setLines.length !== Object.keys(values).length) throw new Error('a Set-ItemProperty line in the PowerShell example is not in the expected form');
  return { path: path.replace(/^HKLM:/, 'HKEY_LOCAL_MACHINE'), values };
}

// --- a small plist reader (the subset configuration profiles use) ---

function plistTokens(xml: string): string[] {
  return [...xml.replace(/<\?xml[^>]*\?>|<!DOCTYPE[^>]*>/g, '').matchAll(/<[^>]+>|[^<]+/g)].map((m) => m[0]).filter((t) => t.trim() !== '');
}

const entities = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function parsePlist(xml: string): Json {
  const tokens = plistTokens(xml);
  let i = 0;
  const expect = (t: string) => {
    if (tokens[i] !== t) throw new Error(`plist: expected ${t} at token ${i}, found ${tokens[i]}`);
    i++;
  };
  const text = (tag: string) => {
    expect(`<${tag}>`);
    let s = '';
    if (tokens[i] !== `</${tag}>`) s = entities(tokens[i++]!);
    expect(`</${tag}>`);
    return s;
  };
  function value(): Json {
    const t = tokens[i];
    if (t === '<dict>') {
      i++;
      const out: Dict = {};
      while (tokens[i] !== '</dict>') {
        const k = text('key');
        out[k] = value();
      }
      i++;
      return out;
    }
    if (t === '<array>') {
      i++;
      const out: Json[] = [];
      while (tokens[i] !== '</array>') out.push(value());
      i++;
      return out;
    }
    if (t === '<string>') return text('string');
    if (t === '<integer>') {
      const s = text('integer');
      if (!/^-?\d+$/.test(s)) throw new Error(`plist: ${s} is not an integer`);
      return Number(s);
    }
    if (t === '<true/>' || t === '<false/>') {
      i++;
      return t === '<true/>';
    }
    throw new Error(`plist: unexpected ${t}`);
  }
  expect('<plist version="1.0">');
  const root = value();
  expect('</plist>');
  return root;
}

/** The macOS configuration profile: the preference domain it sets and Nudge's settings in it. */
export function plistExample(blocks = codeBlocks()): { domain: string; values: Dict } {
  const xml = only(
    blocks.filter((b) => b.lang === 'xml' && b.text.includes('<plist')),
    'plist example',
  ).text;
  const root = parsePlist(xml) as Dict;
  const payload = ((root.PayloadContent as Json[]) ?? [])[0] as Dict;
  if (payload?.PayloadType !== 'com.apple.ManagedClient.preferences') throw new Error('the profile has no Custom Settings payload');
  const [domain, settings] = only(Object.entries(payload.PayloadContent as Dict), 'preference domain in the profile');
  const forced = ((settings as Dict).Forced as Json[])[0] as Dict;
  return { domain, values: forced.mcx_preference_settings as Dict };
}
