// Nudge's Chromium extension id, and the public key it comes from.
//
// Chrome and Edge name an extension by the first 128 bits of the SHA-256 of its public key (the
// DER-encoded SubjectPublicKeyInfo), written in hex with the letters a-p for 0-f. A manifest with
// `key` (that public key, base64) keeps one id for every unpacked copy, wherever it is loaded from,
// and a CRX signed with the matching private key has the same id. Only the PUBLIC key is here: the
// private key never goes in the repository (see docs/deployment.md, "The extension ID").
//
//   node scripts/extension-key.mjs                   print the id (npm run zip does)
//   node scripts/extension-key.mjs new <file.pem>    make a new key pair outside the repository:
//                                                    writes the private key (mode 600) and prints
//                                                    the public key to put in PUBLIC_KEY below
//   node scripts/extension-key.mjs id <file.pem>     the id a private key signs for
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The public half of Nudge's signing key: base64 DER (SubjectPublicKeyInfo), RSA 2048. */
export const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzuuBqbU7Le7UURa98MnV9MpkvkxYGYgmLKfwATcNZeG5XayZDLIH97K7XF+bDRR3BvoNBfMEZiRETkwAuCG7EqRnn/JvZtulKlOkUqebVCRqQdJKBX/313aBwjhysu+ZUp5FE5AHdajISVMf8V9XSADNfzeoP9DxXxMDPRlyb5UD+2N2tzbdkOGElJAki7ek8k99a+RPXx74Q4OYEs8zZFxKC9WMKhhgg9oiaQ9KxOprZZkPZUd2QZfyRCdF7mY6Ibgz8b/9BE/sNRvUs5NYcevsgTIpC8ToGrQb1QESPInRktzuRQK+WCdobKsBY1ZlI3DCzV8RK7KaGXVUcR+qxwIDAQAB';

/** The 32-letter extension id for a public key (base64 string or DER bytes). */
export function extensionIdOf(publicKey) {
  const der = typeof publicKey === 'string' ? Buffer.from(publicKey, 'base64') : Buffer.from(publicKey);
  const hash = createHash('sha256').update(der).digest().subarray(0, 16);
  return [...hash.toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The id Nudge's own builds have (unpacked, and CRXs signed with the project's private key). */
export const EXTENSION_ID = extensionIdOf(PUBLIC_KEY);

/** The public key (DER bytes) of a PEM private key. */
export function publicKeyDerOf(privateKeyPem) {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' });
}

/** A new RSA 2048 key pair, as Chrome's own packer makes: PKCS#8 PEM private key and base64 DER public key. */
export function newKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }),
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  };
}

function main(argv) {
  const [command, file] = argv;
  if (!command) {
    console.log(`Chrome/Edge extension ID of this build (unpacked, and self-hosted CRXs signed with the project's key): ${EXTENSION_ID}`);
    console.log('The Chrome Web Store and Edge Add-ons give their own IDs: see docs/deployment.md, "The extension ID".');
    return;
  }
  if (command === 'id' && file) {
    console.log(extensionIdOf(publicKeyDerOf(readFileSync(file, 'utf8'))));
    return;
  }
  if (command === 'new' && file) {
    const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
    const path = resolve(file);
    if (!relative(ROOT, path).startsWith('..')) throw new Error(`Refusing to write a private key inside the repository (${path}): keep it somewhere safe outside it.`);
    if (existsSync(path)) throw new Error(`${path} exists: not overwriting a key.`);
    const { privateKeyPem, publicKey } = newKeyPair();
    writeFileSync(path, privateKeyPem, { mode: 0o600 });
    console.log(`Private key written to ${path} (keep it safe: it signs every self-hosted CRX with this id).`);
    console.log(`Public key (PUBLIC_KEY in scripts/extension-key.mjs):\n${publicKey}`);
    console.log(`Extension ID: ${extensionIdOf(publicKey)}`);
    return;
  }
  throw new Error('Usage: node scripts/extension-key.mjs [new <file.pem> | id <file.pem>]');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
