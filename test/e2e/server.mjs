// A static file server on 127.0.0.1 for end-to-end pages: the repository root, read-only,
// with optional extra headers per path (for CSP tests), paths it refuses (to test failures) and
// paths it answers late (to test a slow network).
// Records every request it serves.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml' };

export async function serve({ headers = () => ({}), refuse = () => false, delay = () => 0 } = {}) {
  const requests = [];
  // The waits of late answers: cleared on close, or a long one would keep Node running after the test.
  const waits = new Set();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    requests.push(path);
    if (refuse(path)) return void response.writeHead(503, { 'content-type': 'text/plain' }).end('unavailable');
    const late = delay(path);
    if (late) {
      await new Promise((resolve) => {
        const wait = setTimeout(() => resolve(waits.delete(wait)), late);
        waits.add(wait);
      });
    }
    const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(ROOT)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers(path) });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => {
      for (const wait of waits) clearTimeout(wait);
      waits.clear();
      server.close(resolve);
      // A browser keeps connections open; a test that ends mid-request must not hang the run.
      server.closeAllConnections();
    }) };
}
