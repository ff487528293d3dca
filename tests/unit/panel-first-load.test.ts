/**
 * What the side panel loads at start (issue 14, item 7: its first-load JavaScript is measured by
 * `npm run bench` against 60 KB gzipped). Sizes belong in the bench; this checks the import graph,
 * which does not depend on the machine: modules only the dashboard, the background or a later
 * click need must not be statically imported from the panel's entry. The backup file's schema once
 * pulled the pathway checklists and the whole promotion wording (73 KB minified) into the panel.
 */
import { build, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
let loadedAtStart: string[] = [];

beforeAll(async () => {
  const r = await build({
    entryPoints: [join(ROOT, 'entrypoints/sidepanel/main.tsx')],
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: join(ROOT, '.output', 'first-load-check'),
    write: false,
    metafile: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    alias: { '@': ROOT },
    // Vite's order (a .ts file before a .tsx of the same name).
    resolveExtensions: ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'],
    logLevel: 'silent',
  });
  const inputs: Metafile['inputs'] = r.metafile.inputs;
  const seen = new Set<string>();
  const queue = ['entrypoints/sidepanel/main.tsx'];
  while (queue.length) {
    const k = queue.shift()!;
    if (seen.has(k)) continue;
    seen.add(k);
    for (const i of inputs[k]?.imports ?? []) if (i.kind === 'import-statement') queue.push(i.path);
  }
  loadedAtStart = [...seen];
}, 30_000);

it('the panel finds its own modules at start (the check reads the real graph)', () => {
  expect(loadedAtStart).toEqual(expect.arrayContaining(['src/ui/panel/start.tsx', 'src/ui/panel/Panel.tsx', 'src/log/recorder.ts', 'src/log/offer-schema.ts']));
});

it.each([
  ['the backup file and its checklists', /^src\/(log\/exchange|checklist\/)/],
  ['the promotion kit', /^src\/(catalogue\/promotion|promotion\/)/],
  ['the log database (the background writes offers)', /(^|\/)dexie\//],
  ['the dashboard', /^src\/ui\/dashboard\//],
  ['the SMS library for unusual characters (loaded when a text needs it)', /sms-segments-calculator|^src\/sms\/analyse/],
  ['the QR code and the dialogs (loaded when opened)', /^src\/ui\/qr\/|^src\/ui\/panel\/(dialogs|FillDialog)/],
  ['cards’ questions and benefits (loaded when a card’s details open)', /^src\/catalogue\/(questions|benefits)\.ts$/],
  ['the services’ staff descriptions and sources (the panel needs only their names: catalogue/service-names.ts)', /^src\/catalogue\/services\.ts$/],
])('%s is not loaded at start', (_what, pattern) => {
  expect(loadedAtStart.filter((m) => pattern.test(m))).toEqual([]);
});
