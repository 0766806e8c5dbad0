// Serves the built site (dist/) under a sub-path, as GitHub Pages serves a project site, and
// records every request so tests can check that nothing is fetched from anywhere else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

export const SUB_PATH = '/spanwright/';

export async function serveDist(dist) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(SUB_PATH)) { res.writeHead(404).end(); return; }
    let path = normalize(url.pathname.slice(SUB_PATH.length)).replace(/^(\.\.[/\\])+/, '');
    if (path === '' || path === '.') path = 'index.html';
    try {
      const body = await readFile(join(dist, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { url: origin + SUB_PATH, origin, requests, close: () => new Promise((ok) => server.close(ok)) };
}
