// Packs a built Chromium extension folder into a signed CRX (version 3), for self-hosting with an
// update manifest and force-installing by policy (docs/deployment.md, section 3). Plain Node, no
// browser needed: what `chrome --pack-extension` does.
//
//   node scripts/pack-crx.mjs --key <private.pem> [--dir .output/chrome-mv3] [--out nudge.crx]
//                             [--codebase https://intranet.example.nhs.uk/nudge/nudge.crx]
//
// Prints the extension id. With --codebase it also writes update.xml beside the CRX (the update
// manifest the policy's update URL points at) and sets the packed manifest's update_url to it, so
// later versions are found at the same place.
//
// CRX3 (Chromium components/crx_file/crx3.proto): "Cr24", version 3 (uint32 LE), header length
// (uint32 LE), a CrxFileHeader protobuf, then the zip. The header holds the RSA public key and its
// signature (field 2: AsymmetricKeyProof { 1: public_key, 2: signature }) and the signed data
// (field 10000: SignedData { 1: crx_id }, crx_id being the first 16 bytes of SHA-256 of the public
// key). The signature is RSASSA-PKCS1-v1_5 SHA-256 over "CRX3 SignedData\0", the signed data's
// length (uint32 LE), the signed data, and the zip.
import { createHash, createPrivateKey, createPublicKey, createSign, createVerify } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { extensionIdOf } from './extension-key.mjs';

// --- zip (deflate, fixed timestamps so the same folder always gives the same bytes) ---

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function filesIn(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesIn(join(dir, f)) : [join(dir, f)]));
}

/** A zip of `entries` ([name, bytes] pairs). */
export function zip(entries) {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = (2020 - 1980) << 9 | 1 << 5 | 1; // 1 January 2020
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, deflated);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * The files of a built extension folder, as [name, bytes] pairs, with `manifest` changes applied
 * (a key of undefined removes it from the manifest).
 */
export function extensionFiles(dir, manifestChanges = {}) {
  return filesIn(dir).map((file) => {
    const name = relative(dir, file).split(sep).join('/');
    let data = readFileSync(file);
    if (name === 'manifest.json' && Object.keys(manifestChanges).length) {
      const manifest = { ...JSON.parse(data.toString('utf8')), ...manifestChanges };
      for (const [k, v] of Object.entries(manifestChanges)) if (v === undefined) delete manifest[k];
      data = Buffer.from(JSON.stringify(manifest, null, 2));
    }
    return [name, data];
  });
}

// --- CRX3 ---

function varint(n) {
  const out = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Buffer.from(out);
}

/** A length-delimited protobuf field. */
const field = (number, bytes) => Buffer.concat([varint(number * 8 + 2), varint(bytes.length), bytes]);

const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'latin1');

function signedPayload(signedData, archive) {
  const len = Buffer.alloc(4);
  len.writeUInt32LE(signedData.length, 0);
  return [SIGNATURE_CONTEXT, len, signedData, archive];
}

/** A CRX3 of `archive` (zip bytes) signed with `privateKeyPem`; returns { crx, id, publicKey }. */
export function crx3(archive, privateKeyPem) {
  const privateKey = createPrivateKey(privateKeyPem);
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const crxId = createHash('sha256').update(publicKey).digest().subarray(0, 16);
  const signedData = field(1, crxId);
  const signer = createSign('sha256');
  for (const part of signedPayload(signedData, archive)) signer.update(part);
  const signature = signer.sign(privateKey);
  const header = Buffer.concat([field(2, Buffer.concat([field(1, publicKey), field(2, signature)])), field(10000, signedData)]);
  const prefix = Buffer.alloc(12);
  prefix.write('Cr24', 0, 'latin1');
  prefix.writeUInt32LE(3, 4);
  prefix.writeUInt32LE(header.length, 8);
  return { crx: Buffer.concat([prefix, header, archive]), id: extensionIdOf(publicKey), publicKey: publicKey.toString('base64') };
}

function readFields(buf) {
  const fields = [];
  let i = 0;
  const readVarint = () => {
    let n = 0;
    let mul = 1;
    for (;;) {
      const b = buf[i++];
      if (b === undefined) throw new Error('truncated varint');
      n += (b & 0x7f) * mul;
      mul *= 128;
      if (!(b & 0x80)) return n;
    }
  };
  while (i < buf.length) {
    const key = readVarint();
    if (key % 8 !== 2) throw new Error(`unexpected wire type ${key % 8}`);
    const len = readVarint();
    fields.push([Math.floor(key / 8), buf.subarray(i, i + len)]);
    i += len;
  }
  return fields;
}

/**
 * Checks a CRX3 the way Chromium's verifier does for a self-hosted extension: the magic and
 * version, every RSA proof's signature, and that one proof's key hashes to the signed crx_id.
 * Returns { id, archive } or throws saying what is wrong.
 */
export function verifyCrx3(crx) {
  if (crx.subarray(0, 4).toString('latin1') !== 'Cr24') throw new Error('not a CRX (no Cr24 magic)');
  if (crx.readUInt32LE(4) !== 3) throw new Error(`CRX version ${crx.readUInt32LE(4)}, not 3`);
  const headerLength = crx.readUInt32LE(8);
  const header = crx.subarray(12, 12 + headerLength);
  const archive = crx.subarray(12 + headerLength);
  const fields = readFields(header);
  const signedData = fields.find(([n]) => n === 10000)?.[1];
  if (!signedData) throw new Error('no signed header data');
  const crxId = readFields(signedData).find(([n]) => n === 1)?.[1];
  if (!crxId || crxId.length !== 16) throw new Error('no crx_id in the signed header data');
  let id = null;
  for (const [, proof] of fields.filter(([n]) => n === 2)) {
    const parts = readFields(proof);
    const key = parts.find(([n]) => n === 1)?.[1];
    const sig = parts.find(([n]) => n === 2)?.[1];
    if (!key || !sig) throw new Error('an RSA proof lacks its key or signature');
    const verifier = createVerify('sha256');
    for (const part of signedPayload(signedData, archive)) verifier.update(part);
    if (!verifier.verify(createPublicKey({ key, format: 'der', type: 'spki' }), sig)) throw new Error('a signature does not match');
    if (createHash('sha256').update(key).digest().subarray(0, 16).equals(crxId)) id = extensionIdOf(key);
  }
  if (!id) throw new Error('no proof by the key the crx_id names');
  return { id, archive };
}

/** The update manifest (gupdate XML) that tells Chromium where version `version` of `id` is. */
export function updateManifest({ id, version, codebase }) {
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');
  return (
    "<?xml version='1.0' encoding='UTF-8'?>\n" +
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>\n" +
    `  <app appid='${esc(id)}'>\n` +
    `    <updatecheck codebase='${esc(codebase)}' version='${esc(version)}' />\n` +
    '  </app>\n' +
    '</gupdate>\n'
  );
}

/**
 * Pack the built extension in `dir`, signed with `privateKeyPem`. The packed manifest's `key` is the
 * signing key's (Chromium names a CRX's extension by the key that signed it), and with `updateUrl`
 * its update_url is set. Returns { crx, id, version }.
 */
export function packExtension(dir, privateKeyPem, { updateUrl } = {}) {
  const publicKey = createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' }).toString('base64');
  const changes = { key: publicKey, ...(updateUrl ? { update_url: updateUrl } : {}) };
  const files = extensionFiles(dir, changes);
  const manifest = JSON.parse(files.find(([n]) => n === 'manifest.json')?.[1]?.toString('utf8') ?? 'null');
  if (!manifest) throw new Error(`${dir} has no manifest.json: build first (npm run build).`);
  const { crx, id } = crx3(zip(files), privateKeyPem);
  return { crx, id, version: manifest.version };
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    const k = argv[i];
    const v = argv[i + 1];
    if (!k?.startsWith('--') || v === undefined) throw new Error(`Unexpected argument ${k ?? ''}`);
    out[k.slice(2)] = v;
  }
  return out;
}

function main(argv) {
  const args = parseArgs(argv);
  if (!args.key) throw new Error('Usage: node scripts/pack-crx.mjs --key <private.pem> [--dir .output/chrome-mv3] [--out nudge.crx] [--codebase <https URL of the CRX>]');
  const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const dir = resolve(args.dir ?? join(root, '.output', 'chrome-mv3'));
  const out = resolve(args.out ?? 'nudge.crx');
  const codebase = args.codebase;
  const updateUrl = codebase ? new URL('update.xml', codebase).href : undefined;
  const { crx, id, version } = packExtension(dir, readFileSync(args.key, 'utf8'), { updateUrl });
  writeFileSync(out, crx);
  console.log(`Packed ${dir} (version ${version}) into ${out}`);
  console.log(`Extension ID: ${id}`);
  if (codebase) {
    writeFileSync(join(dirname(out), 'update.xml'), updateManifest({ id, version, codebase }));
    console.log(`Update manifest: ${join(dirname(out), 'update.xml')} (serve it at ${updateUrl})`);
    console.log(`Policy: ExtensionInstallForcelist "${id};${updateUrl}"`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
