// Packs a built Firefox extension folder into an .xpi (a zip with manifest.json at its root), the
// file IT hosts for Firefox's ExtensionSettings policy. Plain Node: the same zip as the CRX packer
// (scripts/pack-crx.mjs: deflate, fixed timestamps, so the same build packs to the same bytes).
import { writeFileSync } from 'node:fs';
import { extensionFiles, zip } from './pack-crx.mjs';

/** Zip every file under `dir` into `out` (entries named relative to `dir`, with forward slashes). */
export function packXpi(dir, out) {
  const files = extensionFiles(dir);
  if (!files.some(([name]) => name === 'manifest.json')) throw new Error(`${dir} has no manifest.json: build it first`);
  writeFileSync(out, zip(files));
  return out;
}
