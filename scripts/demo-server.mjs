// Serves the demo practice system on 127.0.0.1. Used by `npm start`, the browser tests and the bench.
// A second listener on another port serves the same pages from another origin, for the page whose
// message box sits in a cross-origin frame (demo/cross-origin.html).
import { createServer } from 'node:http';
import { buildDemo } from './build-demo.mjs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../demo/', import.meta.url)));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

/**
 * Start the demo server; resolves to { url, otherUrl, close }. Port 0 picks a free port. `otherUrl`
 * is the same pages on a second port (another origin). The editor pages are bundled first when needed.
 */
export async function startDemoServer(port = 0) {
  await buildDemo();
  const main = await listen(port);
  const other = await listen(0);
  return { url: main.url, otherUrl: other.url, close: () => Promise.all([main.close(), other.close()]).then(() => {}) };
}

function listen(port) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(ROOT)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      ok({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5174);
  const { url } = await startDemoServer(port);
  console.log(`Demo practice system at ${url}/`);
}
