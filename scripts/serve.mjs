// A small static server for www/ on localhost: the right MIME types (wasm as application/wasm),
// no caching, nothing outside www/. `node scripts/serve.mjs [port]`, or import { serve } in tests.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WWW = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'www');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Extra headers per page, e.g. a strict Content-Security-Policy for the CSP test page. */
const PAGE_HEADERS = {
  '/strict-csp.html': {
    'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  },
};

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  let rel = decodeURIComponent(url.pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(WWW, '.' + rel);
  if (!file.startsWith(WWW + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await fs.readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      ...(PAGE_HEADERS[rel] ?? {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
  }
}

/** Starts the server; port 0 picks a free port. Resolves to { server, url }. */
export function serve(port = 0, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = http.createServer((req, res) => { handle(req, res).catch(() => res.destroy()); });
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve({ server, url: `http://${host}:${server.address().port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  let started = null;
  for (let port = wanted; port < wanted + 20 && !started; port++) {
    started = await serve(port).catch((e) => (e.code === 'EADDRINUSE' ? null : Promise.reject(e)));
  }
  if (!started) throw new Error(`no free port from ${wanted}`);
  console.log(`Serving www/ at ${started.url}  (Ctrl+C stops)`);
}
