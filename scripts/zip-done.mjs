// Run by `npm run zip` after WXT has made its zips: makes the store package (the Chrome build
// without `key`, which developers report the Chrome Web Store refuses on upload) and prints the
// extension ID that docs/deployment.md's examples use.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EXTENSION_ID } from './extension-key.mjs';
import { extensionFiles, zip } from './pack-crx.mjs';

/** Writes `<name>-<version>-chrome-store.zip` from the Chrome build in `buildDir`; returns its path. */
export function writeStoreZip(buildDir, outDir) {
  const manifestPath = join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${buildDir} has no manifest.json: run npm run build first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const out = join(outDir, `${manifest.name.toLowerCase()}-${manifest.version}-chrome-store.zip`);
  writeFileSync(out, zip(extensionFiles(buildDir, { key: undefined })));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const outDir = resolve(root, process.env.WXT_OUT_DIR ?? '.output');
  const store = writeStoreZip(join(outDir, 'chrome-mv3'), outDir);
  console.log(`\nStore package (no "key", for the Chrome Web Store and Edge Add-ons): ${store}`);
  console.log(`Extension ID of nudge-*-chrome.zip, unpacked or packed with the project's key: ${EXTENSION_ID}`);
  console.log('The Chrome Web Store and Edge Add-ons each give their own ID: see docs/deployment.md, "The extension ID".');
}
