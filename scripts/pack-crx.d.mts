// Types for scripts/pack-crx.mjs (plain ESM shared by the tests and the command line).
export function zip(entries: [string, Buffer][]): Buffer;
export function extensionFiles(dir: string, manifestChanges?: Record<string, unknown>): [string, Buffer][];
export function crx3(archive: Buffer, privateKeyPem: string): { crx: Buffer; id: string; publicKey: string };
export function verifyCrx3(crx: Buffer): { id: string; archive: Buffer };
export function updateManifest(o: { id: string; version: string; codebase: string }): string;
export function packExtension(dir: string, privateKeyPem: string, options?: { updateUrl?: string }): { crx: Buffer; id: string; version: string };
