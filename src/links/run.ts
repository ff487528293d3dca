/** `npm run check-links [settings-or-policy.json ...] [--json]`: see check.ts. Run with vite-node (TypeScript, no build step). */
import { readFile } from 'node:fs/promises';
import { main } from './check';

process.exitCode = await main(process.argv.slice(2), {
  fetch: globalThis.fetch,
  out: (s) => console.log(s),
  readFile: (path) => readFile(path, 'utf8'),
});
