// Bundles the demo editor pages (demo/editors/*.js, *.jsx) from the real npm packages with esbuild
// into demo/.built/ (git-ignored: bundles are never committed). Runs when the demo server starts
// (scripts/demo-server.mjs) and in `npm run build:all`; skipped when the bundles are newer than
// their sources and the lockfile.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SRC = join(ROOT, 'demo', 'editors');
export const BUILT = join(ROOT, 'demo', '.built');

const newest = (files) => Math.max(...files.map((f) => (existsSync(f) ? statSync(f).mtimeMs : Infinity)));

/** Build the editor bundles unless they are up to date. Resolves to the entry names built (or []). */
export async function buildDemo({ force = false } = {}) {
  const entries = readdirSync(SRC).filter((f) => /\.jsx?$/.test(f) && f !== 'shell.js');
  const outputs = entries.map((f) => join(BUILT, f.replace(/\.jsx?$/, '.js')));
  const inputs = [...readdirSync(SRC).map((f) => join(SRC, f)), join(ROOT, 'package-lock.json'), fileURLToPath(import.meta.url)];
  if (!force && outputs.every((o) => existsSync(o)) && Math.min(...outputs.map((o) => statSync(o).mtimeMs)) > newest(inputs)) return [];
  await build({
    entryPoints: entries.map((f) => join(SRC, f)),
    outdir: BUILT,
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'react',
    tsconfigRaw: {},
    loader: { '.js': 'jsx' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
    legalComments: 'none',
  });
  return entries;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t = Date.now();
  const built = await buildDemo({ force: process.argv.includes('--force') });
  console.log(built.length ? `Demo editors built in ${Date.now() - t} ms: ${built.join(', ')}` : 'Demo editors up to date.');
}
