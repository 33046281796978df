// The release partners host: scripts/release.mjs builds the folder (from the wasm build already
// in www/pkg), scripts/serve.mjs serves it on http://localhost:B/ with the release's cache
// headers, and a partner page on http://127.0.0.1:A/ includes the entry with the printed
// Subresource Integrity hash, under a strict CSP with Trusted Types. A file changed after the
// release must not run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start, newPage } from './browser.mjs';
import { startPartner, partnerPage } from './partner.mjs';
import { serve, HASHED } from '../../scripts/serve.mjs';
import { walk, started, AS_OF } from './driver.mjs';
import { TESTS } from '../../scripts/size-report.mjs'; // the self-tests, each with its own engine

const CSP = (files) => `default-src 'self'; script-src 'self' ${files} 'wasm-unsafe-eval'; connect-src 'self' ${files}; `
  + `frame-src ${files}; img-src 'self' data:; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'; trusted-types 'none'`;

let env;
let partner;
let dir; // the release folder
let printed; // what release.mjs printed
const servers = [];

before(async () => {
  env = await start();
  partner = await startPartner();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sjalvtest-release-'));
  printed = execFileSync('node', ['scripts/release.mjs', '--skip-build', '--out', dir], { encoding: 'utf8' });
});
after(async () => {
  for (const s of servers) await new Promise((r) => s.close(r));
  await partner?.close();
  await env?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Serves a release folder; resolves to its address on the other site (localhost). */
async function host(root) {
  const { server, url } = await serve({ root, release: true });
  servers.push(server);
  return url.replace('127.0.0.1', 'localhost');
}

async function open(url) {
  const opened = await newPage(env);
  opened.requests = [];
  opened.context.on('request', (r) => opened.requests.push(r.url()));
  await opened.context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__errors = [];
    document.addEventListener('sjalvtest-error', (e) => window.__errors.push(e.detail.code));
  });
  await opened.page.goto(url);
  return opened;
}

function embedPage(name, files, integrity, id = 'aktivitetsersattning') {
  const body = `<script type="module" src="${files}sjalvtest.js" integrity="${integrity}" crossorigin="anonymous"></script>\n`
    + `<sjalvtest-widget test="${id}" lang="sv" as-of="${AS_OF}"><p id="fallback">Självtestet kunde inte starta.</p></sjalvtest-widget>`;
  return partner.page(`/${name}.html`, partnerPage('Partner', body), { 'Content-Security-Policy': CSP(files) });
}

const integrityOf = (root) => JSON.parse(fs.readFileSync(path.join(root, 'integrity.json'), 'utf8'));

test('the release folder has hashed engine files, entries, types, integrity.json and a package.json', () => {
  const names = fs.readdirSync(dir).sort();
  // One engine with every self-test (the JavaScript API) and one per self-test (what a page loads).
  const wasm = names.filter((n) => n.endsWith('.wasm'));
  assert.equal(wasm.length, 1 + TESTS.length, names.join(' '));
  for (const n of wasm) assert.match(n, HASHED);
  for (const prefix of ['sjalvtest', ...TESTS.map((t) => `sjalvtest-${t}`)]) {
    const own = (re) => names.filter((n) => re.test(n) && HASHED.test(n)).length;
    assert.equal(own(new RegExp(`^${prefix}-engine\\.[0-9a-f]+\\.js$`)), 1, `${prefix} engine in ${names.join(' ')}`);
    assert.equal(own(new RegExp(`^${prefix}_bg\\.[0-9a-f]+\\.wasm$`)), 1, `${prefix} wasm in ${names.join(' ')}`);
    assert.equal(own(new RegExp(`^${prefix}-texts-sv\\.[0-9a-f]+\\.bin$`)), 1, `${prefix} Swedish texts in ${names.join(' ')}`);
  }
  assert.equal(names.filter((n) => /^sjalvtest-widget\..*\.js$/.test(n) && HASHED.test(n)).length, 1, names.join(' '));
  for (const n of ['sjalvtest.js', 'define.js', 'engine.js', 'embed.html', 'embed.js', 'embed-parent.js',
    'sjalvtest.d.ts', 'define.d.ts', 'engine.d.ts', 'integrity.json', 'package.json', 'README.md']) {
    assert.ok(names.includes(n), `${n} in ${names.join(' ')}`);
  }
  const integrity = integrityOf(dir);
  assert.match(integrity['sjalvtest.js'], /^sha384-[A-Za-z0-9+/]{64}$/);
  assert.ok(printed.includes(integrity['sjalvtest.js']), 'the entry hash is printed');
  assert.ok(printed.includes(integrity['define.js']), 'the define.js hash is printed');
  const entry = fs.readFileSync(path.join(dir, 'sjalvtest.js'), 'utf8');
  assert.ok(entry.length < 4000, `the entry is small (${entry.length} B)`);
  const widget = names.find((n) => n.startsWith('sjalvtest-widget.'));
  assert.ok(entry.includes(widget) && entry.includes(integrity[widget]), 'the entry names and pins the element class');
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.private, undefined, 'publishable');
  assert.equal(pkg.exports['.'].types, './sjalvtest.d.ts');
  for (const f of pkg.files) assert.ok(names.includes(f), `package.json names ${f}`);
  // npm accepts it as a package (no network: pack only reads the folder).
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  assert.equal(packed[0].name, 'sjalvtest');
  assert.deepEqual(packed[0].files.map((f) => f.path).sort(), names);
});

test('a partner page on another origin runs the release with SRI on the entry, under CSP and Trusted Types', async () => {
  const files = await host(dir);
  const url = embedPage('release', files, integrityOf(dir)['sjalvtest.js']);
  const { page, context, requests, problems } = await open(url);
  await started(page, 'sjalvtest-widget');
  await walk(page);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  const origins = new Set(requests.filter((u) => !u.startsWith('data:')).map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [partner.origin, new URL(files).origin].sort());
  const fetched = requests.filter((u) => u.startsWith(files)).map((u) => u.slice(files.length));
  assert.ok(fetched.some((n) => n.endsWith('.wasm') && HASHED.test(n)), fetched.join(' '));
  // A page with one self-test loads that test's engine only, and only its language's texts.
  assert.ok(fetched.some((n) => n.startsWith('sjalvtest-aktivitetsersattning-engine.') && HASHED.test(n)), fetched.join(' '));
  assert.deepEqual(fetched.filter((n) => n.endsWith('.wasm')).map((n) => n.split('.')[0]), ['sjalvtest-aktivitetsersattning_bg']);
  assert.deepEqual(fetched.filter((n) => n.endsWith('.bin')).map((n) => n.split('.')[0]), ['sjalvtest-aktivitetsersattning-texts-sv']);
  // The preload links are gone again: the partner's head is as it was.
  assert.equal(await page.evaluate(() => document.head.querySelectorAll('link[rel=modulepreload]').length), 0);
  // The hashed files are cached for a year, the entry for five minutes.
  for (const n of fetched) {
    const h = (await page.request.get(files + n)).headers();
    assert.equal(h['cache-control'], HASHED.test(n) ? 'public, max-age=31536000, immutable' : 'public, max-age=300', n);
    assert.equal(h['access-control-allow-origin'], '*', n);
  }
  await context.close();
});

test('the release entry refuses a wrong SRI hash, and the entry refuses a changed file', async () => {
  const files = await host(dir);
  const wrong = embedPage('wrong-hash', files, 'sha384-' + 'A'.repeat(64));
  const first = await open(wrong);
  await first.page.waitForLoadState('networkidle');
  assert.ok(await first.page.locator('#fallback').isVisible(), 'the fallback text shows');
  assert.equal(first.requests.filter((u) => u.endsWith('.wasm')).length, 0, 'nothing else was loaded');
  await first.context.close();

  // Each hashed file the page loads, changed after the release, must not run: the fallback shows.
  // The page is Swedish and shows one self-test, so it loads the element, that test's engine and
  // its Swedish texts (the other files are never fetched).
  const own = 'sjalvtest-aktivitetsersattning';
  const loaded = (n) => n.startsWith('sjalvtest-widget.') || n.startsWith(`${own}-engine.`)
    || n.startsWith(`${own}_bg.`) || n.startsWith(`${own}-texts-sv.`);
  for (const changed of fs.readdirSync(dir).filter((n) => HASHED.test(n) && loaded(n))) {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'sjalvtest-tampered-'));
    fs.cpSync(dir, copy, { recursive: true });
    const f = path.join(copy, changed);
    const bytes = fs.readFileSync(f);
    // A custom section keeps the wasm valid, so only the integrity check can refuse it.
    const custom = Buffer.from([0x00, 0x02, 0x01, 0x61]);
    fs.writeFileSync(f, changed.endsWith('.wasm') ? Buffer.concat([bytes, custom]) : `${bytes}\n;window.__tampered = 1;\n`);
    const base = await host(copy);
    const { page, context } = await open(embedPage(`tampered-${changed}`, base, integrityOf(copy)['sjalvtest.js']));
    await page.locator('#fallback').waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
    await page.waitForLoadState('networkidle');
    assert.equal(await page.evaluate(() => window.__tampered), undefined, `${changed}: changed code ran`);
    assert.equal(await page.locator('sjalvtest-widget').locator('form[data-question], [data-action=begin]').count(), 0, `${changed}: the widget started`);
    assert.ok(await page.locator('#fallback').isVisible(), `${changed}: the fallback text shows`);
    await context.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test('the release iframe page and the engine API work from the release folder', async () => {
  const files = await host(dir);
  const { page, context, problems } = await open(`${files}embed.html?test=livranta&lang=en`);
  await started(page, 'sjalvtest-widget');
  const ids = await page.evaluate(async () => {
    const engine = await import('./engine.js');
    await engine.default();
    if (!(await engine.loadTexts('en')) || !engine.hasTexts('en')) return [];
    return engine.listTests('en').map((t) => t.id);
  });
  assert.ok(ids.includes('livranta') && ids.length >= 4, ids.join(' '));
  // define.js registers the same element under another name, next to the one sjalvtest.js registered.
  const same = await page.evaluate(async () => {
    const { defineSjalvtestWidget, SjalvtestWidgetElement } = await import('./define.js');
    defineSjalvtestWidget('partner-sjalvtest');
    const el = document.createElement('partner-sjalvtest');
    el.setAttribute('test', 'sjukpenning');
    el.setAttribute('lang', 'sv');
    document.body.append(el);
    return customElements.get('sjalvtest-widget') === SjalvtestWidgetElement;
  });
  assert.equal(same, true, 'one element class for both entries');
  await started(page, 'partner-sjalvtest');
  assert.deepEqual(problems, []);
  await context.close();
});
