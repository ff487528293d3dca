// Types for scripts/zip-done.mjs.
export function writeStoreZip(buildDir: string, outDir: string): string;
