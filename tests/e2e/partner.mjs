// A partner's site on its own origin for the cross-origin tests: it serves pages the test writes
// (with the headers the test gives, e.g. a strict Content-Security-Policy) and the hostile host
// files from www/test/. The widget's files come from another origin (scripts/serve.mjs).
// Not here: the widget's own headers (scripts/serve.mjs) or what the tests assert.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { WWW } from '../../scripts/serve.mjs';

const STATIC = {
  '/hostile.css': ['test/hostile.css', 'text/css; charset=utf-8'],
  '/hostile-globals.js': ['test/hostile-globals.js', 'text/javascript; charset=utf-8'],
};

/**
 * Starts the partner server on 127.0.0.1. `page(path, html, headers)` publishes a page;
 * resolves to { url, origin, page, close }.
 */
export function startPartner() {
  const pages = new Map();
  const server = http.createServer(async (req, res) => {
    const rel = new URL(req.url, 'http://x').pathname;
    const page = pages.get(rel);
    if (page) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...page.headers });
      res.end(page.html);
      return;
    }
    const file = STATIC[rel];
    if (file) {
      res.writeHead(200, { 'Content-Type': file[1], 'Cache-Control': 'no-store' });
      res.end(await fs.readFile(path.join(WWW, file[0])));
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      resolve({
        url,
        origin: new URL(url).origin,
        page(rel, html, headers = {}) { pages.set(rel, { html, headers }); return url + rel.slice(1); },
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

/** A whole partner page around `body`, with nothing of its own that needs a CSP exception. */
export function partnerPage(title, body, head = '') {
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="icon" href="data:,">
${head}
</head>
<body>
  <h1>${title}</h1>
${body}
</body>
</html>`;
}
