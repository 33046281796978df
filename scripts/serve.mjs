// A small static server for www/ (or a release folder): the right MIME types (wasm as
// application/wasm), the headers a host of the widget's files must send so that a page on any
// other origin can load them (docs/deploy.md), and nothing outside its folder.
//   node scripts/serve.mjs [--port N] [--host H] [--root DIR] [--release]   (also PORT=N)
// or import { serve } in tests. Not a production server: it reads every file on every request.
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
  '.bin': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A release file whose name carries its content hash (scripts/release.mjs): it never changes. */
export const HASHED = /\.[0-9a-f]{16}\.(js|wasm|bin)$/;

/** The policy of the iframe page: our own files only, no inline script or style, no HTML sinks. */
export const EMBED_CSP = "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; "
  + "style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'";

/** Extra headers per page, e.g. a strict Content-Security-Policy for the CSP test page. */
const PAGE_HEADERS = {
  '/strict-csp.html': {
    'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  },
  // A partner page that is cross-origin isolated (COEP require-corp) can frame it only if it
  // says it is safe to embed too.
  '/embed.html': { 'Content-Security-Policy': EMBED_CSP, 'Cross-Origin-Embedder-Policy': 'require-corp' },
};

/**
 * The headers for one file. Every file is public and needs no credentials, so any origin may
 * read it (CORS `*`: module scripts, the wasm fetch and SRI need it) and embed it (CORP
 * `cross-origin`: a partner page with COEP needs it for embed-parent.js and the iframe).
 */
export function headersFor(rel, { release = false } = {}) {
  let cache = 'no-store';
  if (HASHED.test(rel)) cache = 'public, max-age=31536000, immutable';
  else if (release) cache = 'public, max-age=300';
  return {
    'Content-Type': TYPES[path.extname(rel)] ?? 'application/octet-stream',
    'Cache-Control': cache,
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(PAGE_HEADERS[rel] ?? {}),
  };
}

function handler(root, release) {
  return async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, '.' + rel);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, headersFor(rel, { release }));
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  };
}

/**
 * Starts the server; port 0 picks a free port. `serve(port, host)` or
 * `serve({ port, host, root, release })`. Resolves to { server, url }.
 */
export function serve(options = 0, host = '127.0.0.1') {
  const o = typeof options === 'object' ? options : { port: options, host };
  const root = path.resolve(o.root ?? WWW);
  const bind = o.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const handle = handler(root, o.release ?? false);
    const server = http.createServer((req, res) => { handle(req, res).catch(() => res.destroy()); });
    server.once('error', reject);
    server.listen(o.port ?? 0, bind, () => {
      resolve({ server, url: `http://${bind}:${server.address().port}/` });
    });
  });
}

/** Reads `--port N`, `--host H`, `--root DIR`, `--release` and a bare port number. */
export function parseArgs(argv, env = process.env) {
  const o = { port: env.PORT ?? '8080', host: '127.0.0.1', root: WWW, release: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--port') o.port = value();
    else if (a.startsWith('--port=')) o.port = a.slice(7);
    else if (a === '--host') o.host = value();
    else if (a === '--root') o.root = value();
    else if (a === '--release') o.release = true;
    else if (/^\d+$/.test(a)) o.port = a;
    else throw new Error(`unknown argument ${a} (use --port N, --host H, --root DIR, --release)`);
  }
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be 1–65535, not ${o.port}`);
  return { ...o, port };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e.message}`);
    process.exit(2);
  }
  let started = null;
  for (let port = o.port; port < o.port + 20 && port <= 65535 && !started; port++) {
    started = await serve({ ...o, port }).catch((e) => (e.code === 'EADDRINUSE' ? null : Promise.reject(e)));
  }
  if (!started) {
    console.error(`serve: no free port from ${o.port} to ${o.port + 19}; pick another with --port N`);
    process.exit(2);
  }
  if (started.server.address().port !== o.port) console.log(`serve: port ${o.port} is taken, using the next free one`);
  console.log(`Serving ${path.relative(process.cwd(), path.resolve(o.root)) || '.'} at ${started.url}  (Ctrl+C stops)`);
}
