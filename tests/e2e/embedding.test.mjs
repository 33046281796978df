// Embedding: a good guest on pages we did not design. Two widgets load the wasm once; hostile
// CSS and globals do not break it; it works under a strict CSP; the iframe reports its height;
// a copied link restores the same result; no request leaves the origin; events have the
// documented shape; handler mode shows the trace; an exception keeps the answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, newPage } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Opens a page and records every request and every CSP violation. */
async function open(path, options = {}) {
  const opened = await newPage(env, options);
  const { page } = opened;
  opened.requests = [];
  page.on('request', (r) => opened.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    window.__events = [];
    for (const type of ['sjalvtest-result', 'sjalvtest-error']) {
      document.addEventListener(type, (e) => window.__events.push({
        type, bubbles: e.bubbles, composed: e.composed, detail: JSON.parse(JSON.stringify(e.detail)),
      }));
    }
    window.__globals = Object.getOwnPropertyNames(window);
  });
  await page.goto(env.url + path);
  return opened;
}

function sameOrigin(requests) {
  const origin = new URL(env.url).origin;
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
}

/** Passes the start screen of the self-test shown in `widget`, if it is on it. */
async function begin(widget) {
  await widget.locator('form, [data-action=begin]').first().waitFor();
  const button = widget.locator('[data-action=begin]');
  if (await button.count()) {
    await button.click();
    await widget.locator('form').waitFor();
  }
}

/** Answers the self-test shown in `widget` by clicking, from a list of values. */
async function answer(widget, values) {
  await begin(widget);
  for (const v of values) {
    await widget.locator('form').waitFor();
    const text = widget.locator('input[type=text][name=answer]');
    if (await text.count()) await text.fill(v);
    else await widget.locator(`input[type=radio][value="${v}"]`).check();
    await widget.locator('button[type=submit]').click();
  }
}

const AE = ['2004-03-15', 'lives-in-sweden', 'reduced-capacity', '1', 'at-least-a-year', 'yes', 'no'];

test('two widgets on one page load the glue and the wasm once', async () => {
  const { page, requests, problems, context } = await open('test/two-widgets.html');
  await begin(page.locator('#first'));
  await begin(page.locator('#second'));
  // Both show aktivitetsersättning: that test's own engine (without the other tests' code and
  // words), once, and not the engine with every test.
  const pkg = (u) => u.replace(/.*\/pkg\//, '');
  assert.deepEqual(requests.filter((u) => u.endsWith('.wasm')).map(pkg), ['aktivitetsersattning/sjalvtest_bg.wasm'], requests.join('\n'));
  assert.deepEqual(requests.filter((u) => u.endsWith('sjalvtest.js') && u.includes('/pkg/')).map(pkg), ['aktivitetsersattning/sjalvtest.js']);
  // A Swedish and an English widget: each language's words once, and no other language's.
  const texts = requests.filter((u) => u.includes('/texts-')).map(pkg).sort();
  assert.deepEqual(texts, ['aktivitetsersattning/texts-en.bin', 'aktivitetsersattning/texts-sv.bin'], requests.join('\n'));
  assert.match(await page.locator('#first h2').first().textContent(), /När är du född/);
  assert.match(await page.locator('#second h2').first().textContent(), /date of birth/);
  // Each widget keeps its own session.
  await answer(page.locator('#first'), ['2004-03-15']);
  assert.match(await page.locator('#first h2').first().textContent(), /Bor eller arbetar/);
  assert.match(await page.locator('#second h2').first().textContent(), /date of birth/);
  assert.deepEqual(problems, []);
  assert.deepEqual(sameOrigin(requests), []);
  await context.close();
});

test('a partner can register the element under another name, and twice', async () => {
  const { page, problems, context } = await open('test/renamed.html');
  await begin(page.locator('partner-sjalvtest'));
  await begin(page.locator('sjalvtest-widget'));
  assert.match(await page.locator('partner-sjalvtest h2').first().textContent(), /När är du född/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a hostile host page neither breaks the widget nor is changed by it', async () => {
  const { page, requests, problems, context } = await open('test/hostile.html');
  const widget = page.locator('sjalvtest-widget');
  await begin(widget);
  assert.ok(await widget.locator('button[type=submit]').isVisible(), 'our button survives "button { display: none }"');
  assert.ok(await widget.locator('input[name=answer]').isVisible(), 'our input survives "input { visibility: hidden }"');
  await answer(widget, AE);
  await widget.locator('.headline').waitFor();
  assert.match(await widget.locator('.headline').textContent(), /hel aktivitetsersättning/);
  // Our CSS stays in: the page's own elements keep the page's styles, no sheet was added to the
  // document and no global appeared.
  const host = await page.evaluate(() => ({
    hostButton: getComputedStyle(document.querySelector('#host-button')).display,
    after: getComputedStyle(document.querySelector('#after')).color,
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    newGlobals: Object.getOwnPropertyNames(window).filter((k) => !window.__globals.includes(k) && !k.startsWith('__')),
    hostGlobals: [window.wasm, window.Widget, window.SjalvtestSession, typeof window.mountWidget],
  }));
  assert.equal(host.hostButton, 'inline-block');
  assert.equal(host.after, 'rgb(255, 0, 0)');
  assert.equal(host.sheets, 1);
  assert.equal(host.adopted, 0);
  // The only new globals are the host's own, untouched by us.
  assert.deepEqual(host.newGlobals.sort(), ['SjalvtestSession', 'Widget', 'mountWidget', 'process', 'wasm']);
  assert.deepEqual(host.hostGlobals, ['host', 'host', 'host', 'function']);
  assert.deepEqual(problems, []);
  assert.deepEqual(sameOrigin(requests), []);
  await context.close();
});

test('the widget works under a strict Content-Security-Policy', async () => {
  const { page, requests, problems, context } = await open('strict-csp.html');
  const widget = page.locator('sjalvtest-widget');
  await begin(widget);
  const background = await widget.locator('button[type=submit]').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(background, 'rgb(11, 92, 171)', 'the stylesheet applies under style-src self');
  await answer(widget, AE);
  await widget.locator('.headline').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  const stored = await page.evaluate(() => ({
    cookie: document.cookie, local: localStorage.length, session: sessionStorage.length,
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0 }, 'no cookie and no storage');
  assert.deepEqual(problems, []);
  assert.deepEqual(sameOrigin(requests), []);
  await context.close();
});

test('the iframe variant tells its parent its height', async () => {
  const { page, problems, context } = await open('test/iframe-host.html');
  const frame = page.locator('iframe[data-sjalvtest]');
  await page.waitForFunction(() => document.querySelector('iframe').height !== '150');
  const first = Number(await frame.getAttribute('height'));
  const inner = page.frameLocator('iframe[data-sjalvtest]').locator('sjalvtest-widget');
  await inner.locator('h2').first().waitFor();
  const content = await page.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.ok(Math.abs(first - content) <= 2, `iframe ${first} px, content ${content} px`);
  await answer(inner, AE);
  await inner.locator('.headline').waitFor();
  await page.waitForFunction((h) => Number(document.querySelector('iframe').height) > h + 200, first);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a copied link restores the same result, and says when the rules changed', async () => {
  const { page, context, problems } = await open('?test=aktivitetsersattning&lang=sv&as-of=2025-01-15');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = page.locator('sjalvtest-widget');
  await answer(widget, AE);
  await widget.locator('.headline').waitFor();
  const before = await widget.locator('section.result').evaluate((r) => r.querySelector('.summary').textContent);
  await widget.locator('button[data-action=copy-link]').click();
  const link = await widget.locator('#result-link').inputValue();
  assert.match(link, /#sjalvtest=/);
  await page.locator('sjalvtest-widget').locator('#link-status').filter({ hasText: 'kopierad' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  const second = await open(link.slice(env.url.length));
  const restored = second.page.locator('sjalvtest-widget');
  await restored.locator('.headline').waitFor();
  const after = await restored.locator('section.result').evaluate((r) => r.querySelector('.summary').textContent);
  assert.equal(after, before);
  assert.equal(await restored.locator('.notice').count(), 0);
  // The fragment never reaches the server: no request carries the answers.
  assert.ok(second.requests.every((u) => !u.includes('2004-03-15') && !u.includes('sjalvtest=')));

  const old = link.replace(/r%3D[^%]+(%2E[^%]+)*/, 'r%3D2020%2E1%2E1');
  const third = await open(old.slice(env.url.length));
  await third.page.locator('sjalvtest-widget').locator('.notice').waitFor();
  assert.match(await third.page.locator('sjalvtest-widget').locator('.notice').textContent(), /2020\.1\.1/);
  assert.deepEqual(problems, []);
  for (const c of [context, second.context, third.context]) await c.close();
});

test('events bubble out of the shadow root with the documented shape', async () => {
  const { page, context } = await open('?test=aktivitetsersattning&lang=en&as-of=2025-01-15');
  await answer(page.locator('sjalvtest-widget'), AE);
  await page.locator('sjalvtest-widget').locator('.headline').waitFor();
  const [result] = await page.evaluate(() => window.__events.filter((e) => e.type === 'sjalvtest-result'));
  assert.equal(result.bubbles, true);
  assert.equal(result.composed, true);
  assert.deepEqual(Object.keys(result.detail).sort(), ['asOf', 'headline', 'lang', 'rulesVersion', 'summary', 'test', 'verdict']);
  assert.equal(result.detail.verdict, 'may-be-eligible');
  assert.equal(result.detail.summary['per-month'], '12152');
  assert.ok(!JSON.stringify(result.detail).includes('2004-03-15'), 'no answers in the event');

  const bad = await open('strict-csp.html');
  await bad.page.evaluate(() => document.querySelector('sjalvtest-widget').setAttribute('test', 'no-such-test'));
  await bad.page.waitForFunction(() => window.__events.some((e) => e.type === 'sjalvtest-error'));
  const [error] = await bad.page.evaluate(() => window.__events.filter((e) => e.type === 'sjalvtest-error'));
  assert.deepEqual(Object.keys(error.detail).sort(), ['code', 'message', 'question']);
  assert.equal(error.detail.code, 'unknown-test');
  await context.close();
  await bad.context.close();
});

// Lättläst all the way (issue 13 item 6): the iframe variant and the handler page take
// `lang=sv-lattlast`, and their questions are the lättläst ones.
test('the iframe variant and the handler page carry lättläst', async () => {
  const lattlast = /Bor du eller arbetar du i Sverige\?/;
  const embed = await open('embed.html?test=aktivitetsersattning&lang=sv-lattlast&start=skip');
  const ew = embed.page.locator('sjalvtest-widget');
  await ew.locator('form[data-question]').waitFor();
  assert.equal(await ew.getAttribute('lang'), 'sv-lattlast');
  const birth = ew.locator('input[name=answer]');
  await birth.fill('2004-03-15');
  await birth.press('Enter');
  await ew.locator('form[data-question="insured"]').waitFor();
  assert.match(await ew.locator('form[data-question]').textContent(), lattlast);
  assert.deepEqual(embed.problems, []);
  await embed.context.close();

  const handler = await open('handler.html?test=aktivitetsersattning&lang=sv-lattlast&as-of=2025-01-15');
  const hw = handler.page.locator('sjalvtest-widget');
  assert.equal(await handler.page.locator('#lang').inputValue(), 'sv-lattlast');
  const hb = hw.locator('input[name="birth-date--answer"]');
  await hb.waitFor();
  await hb.fill('2004-03-15');
  await hb.press('Enter');
  await hw.locator('[data-field="insured"]').waitFor();
  assert.match(await hw.locator('[data-field="insured"]').textContent(), lattlast);
  assert.deepEqual(handler.problems, []);
  await handler.context.close();
});

test('handler mode shows every question, the trace and the parameters, and evaluates as of a date', async () => {
  const { page, problems, context } = await open('handler.html?test=aktivitetsersattning&as-of=2025-01-15');
  const w = page.locator('sjalvtest-widget');
  const birth = w.locator('input[name="birth-date--answer"]');
  await birth.waitFor();
  await birth.fill('2004-03-15');
  await birth.press('Enter');
  for (const [q, v] of [['insured', 'lives-in-sweden'], ['reason', 'reduced-capacity'], ['capacity-reduction', '1'],
    ['duration', 'at-least-a-year'], ['lived-in-sweden-since-16', 'yes'], ['had-work-income', 'no']]) {
    await w.locator(`input[name="${q}--answer"][value="${v}"]`).check();
  }
  await w.locator('.result').waitFor();
  const trace = await w.locator('table').first().textContent();
  assert.match(trace, /SFB 33 kap\. 18 §/);
  assert.match(trace, /Stämmer med dina svar/);
  const params = await w.locator('table').nth(1).textContent();
  assert.match(params, /prisbasbeloppet/);
  assert.match(params, /58\s800\skr/);
  assert.match(await w.locator('.summary').first().textContent(), /12\s152\skr/);
  // Under 2024's rules the same answers give 2024's amount (2,48 × 57 300 / 12).
  const asOf = w.locator('#as-of');
  await asOf.fill('2024-06-15');
  await asOf.press('Enter');
  await w.locator('.summary').first().filter({ hasText: /11\s842\skr/ }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('an exception inside the wasm shows an apology and keeps the answers', async () => {
  const { page, context } = await open('?test=aktivitetsersattning&lang=sv&as-of=2025-01-15');
  const widget = page.locator('sjalvtest-widget');
  await answer(widget, AE.slice(0, 2));
  await widget.locator('h2').filter({ hasText: 'Varför behöver du' }).waitFor();
  // Make the engine throw once, as a trap in the wasm would.
  await page.evaluate(async () => {
    const glue = await import('./pkg/sjalvtest.js');
    const original = glue.Widget.prototype.submit;
    glue.Widget.prototype.submit = function () {
      glue.Widget.prototype.submit = original;
      throw new WebAssembly.RuntimeError('unreachable');
    };
  });
  await widget.locator('input[value="reduced-capacity"]').check();
  await widget.locator('button[type=submit]').click();
  await widget.locator('[role=alert]').filter({ hasText: 'Något gick fel' }).waitFor();
  const events = await page.evaluate(() => window.__events.filter((e) => e.type === 'sjalvtest-error'));
  assert.equal(events.at(-1).detail.code, 'internal');
  await widget.locator('button[data-action=retry]').click();
  await widget.locator('h2').filter({ hasText: 'Varför behöver du' }).waitFor();
  await widget.locator('button[data-action=back]').click();
  await widget.locator('h2').filter({ hasText: 'Bor eller arbetar' }).waitFor();
  assert.equal(await widget.locator('input[value="lives-in-sweden"]').isChecked(), true, 'the earlier answer is kept');
  await context.close();
});

test('the result prints on A4 without buttons', async () => {
  const { page, context } = await open('?test=aktivitetsersattning&lang=sv&as-of=2025-01-15');
  const widget = page.locator('sjalvtest-widget');
  await answer(widget, AE);
  await widget.locator('.headline').waitFor();
  await page.emulateMedia({ media: 'print' });
  // The result's actions and the meeting sheet's: no button prints.
  const shown = await widget.locator('.actions').evaluateAll((all) => all.map((e) => getComputedStyle(e).display));
  assert.ok(shown.length >= 2 && shown.every((d) => d === 'none'), `actions printed: ${shown}`);
  assert.equal(await page.locator('header').evaluate((e) => getComputedStyle(e).display), 'none');
  fs.mkdirSync('test-output', { recursive: true });
  const pdf = await page.pdf({ format: 'A4', path: 'test-output/result-a4.pdf' });
  assert.ok(pdf.length > 10_000);
  await context.close();
});
