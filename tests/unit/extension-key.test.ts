/**
 * One extension id for every Chromium build (issue 15, item 1), from the public key in the manifest;
 * the private key never in the repository; and the CRX3 packer the force-install test and IT use.
 */
import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { EXTENSION_ID, PUBLIC_KEY, extensionIdOf, newKeyPair, publicKeyDerOf } from '@/scripts/extension-key.mjs';
import { crx3, extensionFiles, packExtension, updateManifest, verifyCrx3, zip } from '@/scripts/pack-crx.mjs';
import { writeStoreZip } from '@/scripts/zip-done.mjs';

const ROOT = resolve(__dirname, '../..');

/** The files in a zip, read back with its central directory (what Chromium's unzipper reads). */
function unzip(buf: Buffer): Map<string, Buffer> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    out.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nudge-build-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Nudge', version: '1.2.3', key: PUBLIC_KEY }));
  writeFileSync(join(dir, 'background.js'), 'self.addEventListener("install", () => {});\n'.repeat(50));
  writeFileSync(join(dir, 'assets', 'é.css'), 'body { color: #212b32 }');
  return dir;
}

describe('the extension id', () => {
  it('is the first 128 bits of SHA-256 of the public key, written with the letters a to p', () => {
    expect(EXTENSION_ID).toMatch(/^[a-p]{32}$/);
    expect(extensionIdOf(PUBLIC_KEY)).toBe(EXTENSION_ID);
    expect(extensionIdOf(Buffer.from(PUBLIC_KEY, 'base64'))).toBe(EXTENSION_ID);
    // A known answer, worked by hand: SHA-256 of the empty input starts e3b0c442 98fc1c14 9afbf4c8 996fb924.
    expect(extensionIdOf(Buffer.alloc(0))).toBe('odlameecjipmbmbejkplpemijjgpljce');
  });

  it('comes from an RSA public key of at least 2048 bits', () => {
    const key = createPublicKey({ key: Buffer.from(PUBLIC_KEY, 'base64'), format: 'der', type: 'spki' });
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails?.modulusLength).toBeGreaterThanOrEqual(2048);
  });

  it('is in every Chromium build’s manifest (store and e2e), and not in the Firefox build’s', () => {
    const manifest = config.manifest as (env: { mode: string; browser: string; manifestVersion: number; command: string }) => Record<string, unknown>;
    for (const mode of ['production', 'e2e']) {
      for (const browser of ['chrome', 'edge']) expect(manifest({ mode, browser, manifestVersion: 3, command: 'build' }).key, `${browser} ${mode}`).toBe(PUBLIC_KEY);
    }
    expect(manifest({ mode: 'production', browser: 'firefox', manifestVersion: 3, command: 'build' }).key).toBeUndefined();
  });

  it('of a private key is the id of its public key', () => {
    const { privateKeyPem, publicKey } = newKeyPair();
    expect(publicKeyDerOf(privateKeyPem).toString('base64')).toBe(publicKey);
    expect(extensionIdOf(publicKeyDerOf(privateKeyPem))).toBe(extensionIdOf(publicKey));
  });

  it('is printed by the key script, and the script will not write a private key inside the repository', () => {
    expect(execFileSync(process.execPath, ['scripts/extension-key.mjs'], { cwd: ROOT, encoding: 'utf8' })).toContain(EXTENSION_ID);
    let message = '';
    try {
      execFileSync(process.execPath, ['scripts/extension-key.mjs', 'new', 'nudge-test-key.pem'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      message = String((e as { stderr?: string }).stderr);
    }
    expect(message).toMatch(/Refusing to write a private key inside the repository/);
  });
});

describe('no private key in the repository', () => {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);

  it('no committed file holds a private key, in PEM or as bare base64', () => {
    // PKCS#8 ("MIIE..IBADAN...") and PKCS#1 RSA ("MIIE..IBAAKCAQEA") private keys, with or without PEM armour.
    const patterns = [/-----BEGIN[A-Z ]*PRIVATE KEY-----/, /MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAASC/, /MII[A-Za-z0-9+/]{3}IBAAKCA[QgI]EA/];
    const found = tracked.filter((f) => {
      let text = '';
      try {
        text = readFileSync(join(ROOT, f), 'latin1');
      } catch {
        return false; // deleted in the work tree
      }
      return patterns.some((p) => p.test(text.replace(/\\n|\s/g, (m) => (m === '\\n' ? '' : m))));
    });
    expect(found).toEqual([]);
    expect(tracked.filter((f) => /\.(pem|crx|key|p12|pfx)$/i.test(f))).toEqual([]);
  });

  it('.gitignore keeps key files and packed CRXs out', () => {
    for (const f of ['nudge.pem', 'keys/nudge-chromium.pem', 'nudge.crx']) {
      expect(() => execFileSync('git', ['check-ignore', '-q', '--no-index', f], { cwd: ROOT })).not.toThrow();
    }
  });

  it('the checks would catch a key (they are not vacuous)', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');
    expect(pkcs8).toMatch(/^MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAASC/);
    expect(pkcs1).toMatch(/^MII[A-Za-z0-9+/]{3}IBAAKCA[QgI]EA/);
    // The public key is not mistaken for one.
    expect(PUBLIC_KEY).not.toMatch(/MII[A-Za-z0-9+/]{3}IBADAN|MII[A-Za-z0-9+/]{3}IBAAKCA/);
  });
});

describe('the CRX3 packer', () => {
  it('signs a CRX that verifies, named by its key, holding the zip it was given', () => {
    const { privateKeyPem, publicKey } = newKeyPair();
    const archive = zip([['manifest.json', Buffer.from('{"name":"x"}')]]);
    const { crx, id, publicKey: signer } = crx3(archive, privateKeyPem);
    expect(signer).toBe(publicKey);
    expect(id).toBe(extensionIdOf(publicKey));
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const verified = verifyCrx3(crx);
    expect(verified.id).toBe(id);
    expect(verified.archive.equals(archive)).toBe(true);
  });

  it('a CRX changed after signing, or in another CRX format, fails verification', () => {
    const { privateKeyPem } = newKeyPair();
    const { crx } = crx3(zip([['manifest.json', Buffer.from('{"name":"x"}')]]), privateKeyPem);
    const tampered = Buffer.from(crx);
    tampered[tampered.length - 30] = tampered[tampered.length - 30]! ^ 1;
    expect(() => verifyCrx3(tampered)).toThrow(/signature does not match/);
    const { crx: other } = crx3(zip([['a', Buffer.from('b')]]), newKeyPair().privateKeyPem);
    expect(() => verifyCrx3(Buffer.concat([Buffer.from('Cr24'), Buffer.from([2, 0, 0, 0]), other.subarray(8)]))).toThrow(/version 2/);
  });

  it('zips a build folder exactly (UTF-8 names, every byte), and the same folder gives the same bytes', () => {
    const dir = fakeBuild();
    try {
      const files = extensionFiles(dir);
      const z = zip(files);
      const back = unzip(z);
      expect([...back.keys()].sort()).toEqual(['assets/é.css', 'background.js', 'manifest.json']);
      for (const [name, data] of files) expect(back.get(name)?.equals(data), name).toBe(true);
      expect(zip(extensionFiles(dir)).equals(z)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('packs a build with the signing key’s `key` and the update URL in its manifest', () => {
    const dir = fakeBuild();
    try {
      const { privateKeyPem, publicKey } = newKeyPair();
      const packed = packExtension(dir, privateKeyPem, { updateUrl: 'https://intranet.example.nhs.uk/nudge/update.xml' });
      expect(packed.version).toBe('1.2.3');
      expect(packed.id).toBe(extensionIdOf(publicKey));
      const manifest = JSON.parse(unzip(verifyCrx3(packed.crx).archive).get('manifest.json')!.toString('utf8'));
      expect(manifest.key).toBe(publicKey);
      expect(manifest.update_url).toBe('https://intranet.example.nhs.uk/nudge/update.xml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the update manifest Chromium reads (gupdate), with its attributes escaped', () => {
    const xml = updateManifest({ id: EXTENSION_ID, version: '0.1.0', codebase: "https://intranet.example.nhs.uk/nudge/nudge.crx?a=1&b='2'" });
    expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    expect(xml).toContain(`<app appid='${EXTENSION_ID}'>`);
    expect(xml).toContain("codebase='https://intranet.example.nhs.uk/nudge/nudge.crx?a=1&amp;b=&apos;2&apos;' version='0.1.0'");
  });
});

describe('npm run zip', () => {
  it('also makes a store package: the same files, its manifest without `key`', () => {
    const dir = fakeBuild();
    const out = mkdtempSync(join(tmpdir(), 'nudge-zip-'));
    try {
      const path = writeStoreZip(dir, out);
      expect(path).toBe(join(out, 'nudge-1.2.3-chrome-store.zip'));
      const back = unzip(readFileSync(path));
      expect([...back.keys()].sort()).toEqual(['assets/é.css', 'background.js', 'manifest.json']);
      const manifest = JSON.parse(back.get('manifest.json')!.toString('utf8'));
      expect(manifest).toEqual({ manifest_version: 3, name: 'Nudge', version: '1.2.3' });
      expect(back.get('background.js')!.equals(readFileSync(join(dir, 'background.js')))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('prints the extension id, and where the store package is', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.zip).toMatch(/&& node scripts\/zip-done\.mjs$/);
    const out = mkdtempSync(join(tmpdir(), 'nudge-out-'));
    const dir = fakeBuild();
    try {
      execFileSync('cp', ['-r', dir, join(out, 'chrome-mv3')]);
      const printed = execFileSync(process.execPath, ['scripts/zip-done.mjs'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WXT_OUT_DIR: out } });
      expect(printed).toContain(EXTENSION_ID);
      expect(printed).toContain(join(out, 'nudge-1.2.3-chrome-store.zip'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
