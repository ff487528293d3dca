// Types for scripts/extension-key.mjs (plain ESM shared by wxt.config.ts, the tests and the scripts).
export const PUBLIC_KEY: string;
export const EXTENSION_ID: string;
export function extensionIdOf(publicKey: string | Uint8Array): string;
export function publicKeyDerOf(privateKeyPem: string): Buffer;
export function newKeyPair(): { privateKeyPem: string; publicKey: string };
