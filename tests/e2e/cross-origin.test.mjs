// Embedding from another origin, as every partner does: the partner's page is on
// http://127.0.0.1:A/ (tests/e2e/partner.mjs), the widget's files on http://localhost:B/
// (scripts/serve.mjs), a different site. The snippets and the Content-Security-Policy come from
// partners.html itself, so the tests check what we tell partners. Every page runs under that
// policy with Trusted Types enforced; no request may go to a third origin, no CSP violation may
// fire, and nothing may be logged as an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { start, newPage } from './browser.mjs';
import { startPartner, partnerPage } from './partner.mjs';
import { walk, started, AS_OF } from './driver.mjs';

/** What partners add to the documented policy when they enforce Trusted Types. */
const TRUSTED_TYPES = "; require-trusted-types-for 'script'; trusted-types 'none'";
const AE = ['2004-03-15', 'lives-in-sweden', 'reduced-capacity', '1', 'at-least-a-year', 'yes', 'no'];

let env;
let partner;
let files; // the widget's files, on another site than the partner
let docs; // what partners.html tells a partner: { csp, snippets: [{ test, lang, code }], iframe }

before(async () => {
  env = await start();
  files = env.url.replace('127.0.0.1', 'localhost');
  partner = await startPartner();
  docs = await readPartnerDocs();
});
after(async () => {
  await partner?.close();
  await env?.close();
});

/** Reads the snippets and the policy partners.html shows when served from the files' origin. */
async function readPartnerDocs() {
  const { page, context } = await newPage(env);
  await page.goto(files + 'partners.html');
  await page.locator('#snippets section.snippet').first().waitFor();
  const read = await page.evaluate(() => ({
    csp: document.querySelector('#csp-policy').textContent,
    embedCsp: document.querySelector('#embed-csp').textContent,
    iframe: document.querySelector('#iframe-code').textContent,
    snippets: [...document.querySelectorAll('#snippets section.snippet')].map((s) => ({
      test: s.dataset.test, lang: s.dataset.lang, code: s.querySelector('code').textContent,
    })),
  }));
  await context.close();
  return read;
}

/** Opens a partner page in a fresh context; records every request (all frames) and violation. */
async function open(url, options = {}) {
  const opened = await newPage(env, options);
  const { page, context } = opened;
  opened.requests = [];
  context.on('request', (r) => opened.requests.push(r.url()));
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await page.goto(url);
  return opened;
}

/** Every request that went neither to the partner nor to the widget's files. */
function thirdOrigin(requests) {
  const allowed = [partner.origin, new URL(files).origin];
  return requests.filter((u) => !u.startsWith('data:') && !allowed.includes(new URL(u).origin));
}

async function violations(page) {
  const all = [];
  for (const frame of page.frames()) all.push(...await frame.evaluate(() => window.__violations ?? []));
  return all;
}

/** Answers the self-test in `widget` by value, waiting for each question. */
async function answer(widget, values) {
  const begin = widget.locator('[data-action=begin]');
  if (await begin.count()) await begin.click();
  for (const v of values) {
    await widget.locator('form').waitFor({ timeout: 5000 });
    const text = widget.locator('input[type=text][name=answer]');
    if (await text.count()) await text.fill(v);
    else await widget.locator(`input[type=radio][value="${v}"]`).check();
    await widget.locator('button[type=submit]').click();
  }
}

/** The documented one-tag snippet for a self-test, evaluated under the tests' fixed date. */
function oneTag(id, lang = 'sv') {
  const s = docs.snippets.find((x) => x.test === id && x.lang === lang);
  assert.ok(s, `partners.html has no ${lang} snippet for ${id}`);
  return s.code.replace(`test="${id}"`, `test="${id}" as-of="${AS_OF}"`);
}

/** The documented iframe snippet, with the partner's origin as `parent` and the tests' date. */
function iframe(parent = partner.origin, extra = '') {
  assert.match(docs.iframe, /parent=https:\/\/din-webbplats\.example/, 'the snippet says where the partner names its origin');
  return docs.iframe
    .replace('https://din-webbplats.example', parent)
    .replace('test=aktivitetsersattning', `test=aktivitetsersattning&amp;as-of=${AS_OF}${extra}`);
}

test('partners.html names the files origin in every snippet and in the policy', () => {
  const origin = new URL(files).origin;
  assert.ok(docs.snippets.length >= 2, 'at least one self-test in two languages');
  for (const s of docs.snippets) assert.match(s.code, new RegExp(`src="${origin}/sjalvtest\\.js"`));
  for (const directive of ['script-src', 'connect-src', 'frame-src']) {
    assert.match(docs.csp, new RegExp(`${directive} [^;]*${origin}`), `${directive} names ${origin}`);
  }
  assert.match(docs.csp, /script-src [^;]*'wasm-unsafe-eval'/);
  assert.doesNotMatch(docs.csp, /unsafe-inline|'unsafe-eval'|\*/);
});

test('every self-test embeds with one tag on another origin, under the documented CSP and Trusted Types', async () => {
  const ids = [...new Set(docs.snippets.map((s) => s.test))];
  for (const id of ids) {
    const url = partner.page(`/one-tag-${id}.html`, partnerPage(`Partner: ${id}`, oneTag(id)),
      { 'Content-Security-Policy': docs.csp + TRUSTED_TYPES });
    const { page, context, requests, problems } = await open(url);
    await started(page, 'sjalvtest-widget');
    await walk(page);
    assert.deepEqual(await violations(page), [], id);
    assert.deepEqual(problems, [], id);
    assert.deepEqual(thirdOrigin(requests), [], id);
    assert.ok(requests.some((u) => u.startsWith(files) && u.endsWith('.wasm')), `${id}: the wasm came from the files origin`);
    await context.close();
  }
});

test('a hostile partner page on another origin neither breaks the widget nor is changed by it', async () => {
  // The page's <base> points at a third origin: any address resolved from the page instead of
  // from the loader would go there and fail the test.
  const head = `  <base href="http://third.invalid/somewhere/">\n`
    + `  <link rel="stylesheet" href="${partner.url}hostile.css">\n`
    + `  <script src="${partner.url}hostile-globals.js"></script>`;
  const body = `  <button type="button" id="host-button">Partnerns knapp</button>\n  <div class="box">\n${oneTag('aktivitetsersattning')}\n  </div>\n  <p id="after">Text efter widgeten.</p>`;
  const url = partner.page('/hostile.html', partnerPage('En fientlig partner', body, head),
    { 'Content-Security-Policy': docs.csp.replace("base-uri 'self'", 'base-uri http://third.invalid') + TRUSTED_TYPES });
  const { page, context, requests, problems } = await open(url);
  const widget = page.locator('sjalvtest-widget');
  await widget.locator('h2').first().waitFor({ timeout: 10_000 });
  assert.ok(await widget.locator('[data-action=begin]').isVisible(), 'our start button survives "button { display: none }"');
  await started(page);
  assert.ok(await widget.locator('button[type=submit]').isVisible(), 'our button survives "button { display: none }"');
  assert.ok(await widget.locator('input[name=answer]').isVisible(), 'our input survives "input { visibility: hidden }"');
  await answer(widget, AE);
  await widget.locator('.headline').waitFor();
  assert.match(await widget.locator('.headline').textContent(), /hel aktivitetsersättning/);
  const host = await page.evaluate(() => ({
    hostButton: getComputedStyle(document.querySelector('#host-button')).display,
    after: getComputedStyle(document.querySelector('#after')).color,
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    head: [...document.head.children].map((e) => e.tagName.toLowerCase()),
  }));
  assert.equal(host.hostButton, 'inline-block');
  assert.equal(host.after, 'rgb(255, 0, 0)');
  assert.equal(host.sheets, 1);
  assert.equal(host.adopted, 0);
  assert.deepEqual(host.head, ['meta', 'meta', 'title', 'link', 'base', 'link', 'script'], 'nothing added to the head');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(thirdOrigin(requests), []);
  await context.close();
});

test('the iframe variant works on another origin under the documented CSP', async () => {
  const url = partner.page('/iframe.html', partnerPage('Partner med iframe', iframe()),
    { 'Content-Security-Policy': docs.csp + TRUSTED_TYPES });
  const { page, context, requests, problems } = await open(url);
  const inner = page.frameLocator('iframe[data-sjalvtest]').locator('sjalvtest-widget');
  await inner.locator('h2').first().waitFor({ timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector('iframe').height !== '600');
  const first = Number(await page.locator('iframe').getAttribute('height'));
  await answer(inner, AE);
  await inner.locator('.headline').waitFor();
  await page.waitForFunction((h) => Number(document.querySelector('iframe').height) > h + 200, first);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(thirdOrigin(requests), []);
  await context.close();
});

test('a cross-origin isolated partner page (COEP require-corp) embeds both variants', async () => {
  const body = `${oneTag('aktivitetsersattning')}\n${iframe()}`;
  const url = partner.page('/isolated.html', partnerPage('Isolerad partner', body),
    { 'Content-Security-Policy': docs.csp + TRUSTED_TYPES, 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Opener-Policy': 'same-origin' });
  const { page, context, requests, problems } = await open(url);
  assert.equal(await page.evaluate(() => window.crossOriginIsolated), true);
  await page.locator('sjalvtest-widget').locator('h2').first().waitFor({ timeout: 10_000 });
  await page.frameLocator('iframe[data-sjalvtest]').locator('sjalvtest-widget').locator('h2').first().waitFor({ timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector('iframe').height !== '600');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(thirdOrigin(requests), []);
  await context.close();
});

test('the files are served with the headers partners.html documents', async () => {
  const { page, context } = await newPage(env);
  for (const rel of ['sjalvtest.js', 'sjalvtest-widget.js', 'define.js', 'pkg/sjalvtest.js', 'pkg/sjalvtest_bg.wasm', 'pkg/livranta/sjalvtest.js', 'pkg/livranta/sjalvtest_bg.wasm', 'pkg/livranta/texts-sv.bin', 'embed.html', 'embed-parent.js']) {
    const r = await page.request.get(files + rel);
    const h = r.headers();
    assert.equal(h['access-control-allow-origin'], '*', rel);
    assert.equal(h['cross-origin-resource-policy'], 'cross-origin', rel);
    assert.equal(h['x-content-type-options'], 'nosniff', rel);
    if (rel.endsWith('.wasm')) assert.equal(h['content-type'], 'application/wasm');
  }
  const embed = (await page.request.get(files + 'embed.html')).headers();
  assert.equal(embed['content-security-policy'], docs.embedCsp);
  assert.equal(embed['cross-origin-embedder-policy'], 'require-corp');
  assert.equal(embed['x-frame-options'], undefined);
  await context.close();
});

/** Records on the partner page every message that claims to come from a self-test. */
async function recordMessages(context) {
  await context.addInitScript(() => {
    window.__messages = [];
    addEventListener('message', (e) => {
      if (e.data?.source === 'sjalvtest') window.__messages.push({ origin: e.origin, data: e.data });
    });
  });
}

async function openIframe(name, snippet) {
  const url = partner.page(`/${name}.html`, partnerPage('Partner med iframe', snippet),
    { 'Content-Security-Policy': docs.csp + TRUSTED_TYPES });
  const opened = await newPage(env);
  opened.requests = [];
  opened.context.on('request', (r) => opened.requests.push(r.url()));
  await recordMessages(opened.context);
  await opened.page.goto(url);
  opened.inner = opened.page.frameLocator('iframe[data-sjalvtest]').locator('sjalvtest-widget');
  await opened.inner.locator('h2').first().waitFor({ timeout: 10_000 });
  return opened;
}

test('the iframe posts its height only to the parent origin the partner names', async () => {
  // Named: every message goes to the partner, from the files' origin, with the height and test only.
  const named = await openIframe('iframe-named', iframe());
  await answer(named.inner, AE.slice(0, 2));
  await named.page.waitForFunction(() => window.__messages.length > 0);
  const got = await named.page.evaluate(() => window.__messages);
  for (const m of got) {
    assert.equal(m.origin, new URL(files).origin);
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'source', 'test', 'type']);
  }
  assert.deepEqual(named.problems, []);
  await named.context.close();

  // Not named, or another origin named: the partner hears nothing and the iframe keeps its height.
  for (const [name, snippet] of [
    ['iframe-unnamed', iframe().replace(/&amp;parent=[^"]*/, '')],
    ['iframe-other', iframe('https://other.example')],
    ['iframe-path', iframe(`${partner.origin}/some/page`)],
  ]) {
    const { page, context, inner, problems, requests } = await openIframe(name, snippet);
    await answer(inner, AE.slice(0, 2));
    await inner.locator('h2').filter({ hasText: 'Varför' }).waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__messages), [], name);
    assert.equal(await page.locator('iframe').getAttribute('height'), '600', name);
    assert.deepEqual(problems, [], name);
    assert.deepEqual(thirdOrigin(requests), [], name);
    await context.close();
  }
});

test('the iframe snippet lets the person copy the link to the result', async () => {
  const opened = await openIframe('iframe-copy', iframe());
  const { page, context, inner, problems } = opened;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: partner.origin });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(files).origin });
  await answer(inner, AE);
  await inner.locator('.headline').waitFor();
  await inner.locator('button[data-action=copy-link]').click();
  await inner.locator('#link-status').filter({ hasText: 'kopierad' }).waitFor({ timeout: 5000 });
  const link = await inner.locator('#result-link').inputValue();
  assert.match(link, /#sjalvtest=/);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.deepEqual(problems, []);
  await context.close();
});

test('embed.html passes lang (also sv-lattlast) and mode to the widget', async () => {
  const results = {};
  for (const lang of ['sv', 'sv-lattlast', 'en']) {
    const { page, context, inner, problems } = await openIframe(`iframe-${lang}`, iframe(partner.origin, '').replace('lang=sv', `lang=${lang}`));
    assert.equal(await inner.getAttribute('lang'), lang);
    assert.equal(await page.frames()[1].evaluate(() => document.documentElement.lang), lang === 'en' ? 'en' : 'sv');
    await answer(inner, AE);
    await inner.locator('.headline').waitFor();
    results[lang] = await inner.locator('section.result').textContent();
    assert.deepEqual(problems, [], lang);
    await context.close();
  }
  assert.notEqual(results['sv-lattlast'], results.sv, 'the lättläst result differs from plain Swedish');
  assert.match(results.en, /activity compensation/i);

  const { context, inner, problems } = await openIframe('iframe-handler', iframe(partner.origin, '&amp;mode=handler'));
  assert.equal(await inner.getAttribute('mode'), 'handler');
  await inner.locator('input[name="birth-date--answer"]').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('partners.html, which partners read, has no WCAG A/AA violations', async () => {
  const { page, context, problems } = await newPage(env);
  await page.goto(files + 'partners.html');
  await page.locator('#snippets section.snippet').first().waitFor();
  await page.locator('.theme-example sjalvtest-widget').locator('h2').first().waitFor();
  await page.addScriptTag({ content: fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});
