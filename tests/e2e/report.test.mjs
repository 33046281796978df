// The screening's HTML report (issue 14 item 3) in a real browser: the file opens from a file://
// URL and makes no request besides itself, axe-core finds no WCAG 2.1 A/AA violations, the bar
// charts are drawn in SVG with a bar per benefit and are named by their title and described by
// their table, and text from the records (a region named `<script>…`) stays text.
// The report comes from the unit test `screen::report::tests::write_example`, which writes
// test-output/report-example.html (600 made-up records, some small counts, hostile names); this
// test runs it first, so it needs no binary of its own and no `--summary` run.
// Not here: the counts and their suppression (the unit tests in src/screen/report.rs).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { start, newPage } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILE = path.join(ROOT, 'test-output', 'report-example.html');
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The catalogue's ids in its order, as the README lists them (tests/screen.rs holds that list to the
// catalogue).
const BENEFITS = (() => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const line = readme.split('\n').find((l) => l.startsWith("Benefit ids, in the catalogue's order:"));
  return [...line.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
})();

fs.rmSync(FILE, { force: true });
execFileSync('cargo', ['test', '--quiet', '--lib', 'screen::report::tests::write_example', '--', '--exact'], {
  cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'],
});
const URL_ = pathToFileURL(FILE).href;

const env = await start();
after(() => env.close());

test('report: opens from a file with no request besides itself', async () => {
  const { page, context, problems } = await newPage(env);
  try {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(URL_, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    assert.deepEqual(requests, [URL_]);
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    assert.match(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), /default-src 'none'/);
    assert.equal(await page.locator('script').count(), 0, 'no script, not even one from a record');
    // The hostile region name is a column heading, as text.
    const headings = await page.locator('#t-region thead th').allTextContents();
    assert.ok(headings.includes('<script>alert(1)</script>'), headings.join(' | '));
    assert.ok(headings.includes('Gävle & Dala'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('report: the charts are SVG, a bar per benefit, named and described by their tables', async () => {
  const { page, context } = await newPage(env);
  try {
    await page.goto(URL_);
    const charts = await page.evaluate(() => [...document.querySelectorAll('svg')].map((svg) => ({
      id: svg.id,
      role: svg.getAttribute('role'),
      title: document.getElementById(svg.getAttribute('aria-labelledby'))?.textContent ?? null,
      titleInside: svg.querySelector('title')?.id === svg.getAttribute('aria-labelledby'),
      described: document.getElementById(svg.getAttribute('aria-describedby'))?.tagName ?? null,
      bars: svg.querySelectorAll('g.bar').length,
      rects: svg.querySelectorAll('rect').length,
      width: svg.getBoundingClientRect().width,
    })));
    assert.deepEqual(charts.map((c) => c.id), ['c-benefit', 'c-length', 'c-age', 'c-sex', 'c-region']);
    for (const c of charts) {
      assert.equal(c.role, 'img', c.id);
      assert.ok(c.title?.startsWith('Stapeldiagram'), `${c.id}: ${c.title}`);
      assert.ok(c.titleInside, `${c.id}: its own <title>`);
      assert.equal(c.described, 'CAPTION', `${c.id}: described by its table's caption`);
      assert.ok(c.rects > 0 && c.width > 0, `${c.id}: bars drawn`);
    }
    const benefitBars = await page.locator('#c-benefit g.bar').evaluateAll((gs) => gs.map((g) => g.dataset.benefit));
    assert.deepEqual(benefitBars, BENEFITS);
    const rows = await page.locator('#t-benefit tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.benefit));
    assert.deepEqual(rows, BENEFITS, 'the table has the same benefits as the chart');
    // A bar's label says the table's figure; a hidden count has no bar.
    const pairs = await page.evaluate(() => [...document.querySelectorAll('#c-benefit g.bar')].map((g) => ({
      id: g.dataset.benefit,
      chart: g.querySelector('text:last-of-type').textContent,
      hasBar: g.querySelector('rect') !== null,
      table: document.querySelector(`#t-benefit tr[data-benefit="${g.dataset.benefit}"] td`).textContent,
    })));
    for (const p of pairs) {
      assert.equal(p.chart, p.table, p.id);
      assert.equal(p.hasBar, p.table !== '..' && p.table !== '0', p.id);
    }
    assert.ok(pairs.some((p) => p.table === '..'), 'the example has a hidden count');
    assert.equal(await page.locator('#t-totals td').first().textContent(), '600');
  } finally {
    await context.close();
  }
});

test('report: axe finds no WCAG 2.1 A/AA violations, also at 320 px and under forced colours', async () => {
  // The page's CSP forbids scripts, so axe runs in a context that bypasses it.
  const { page, context } = await newPage(env, { bypassCSP: true });
  try {
    // Without the CSP, too, the page asks for nothing: the policy is a guard, not what keeps it clean.
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(URL_);
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async (tags) => (await window.axe.run(document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations
        .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`), WCAG_TAGS);
      assert.deepEqual(violations, [], `axe at ${width} px`);
      // The headings in order: one h1, then h2s.
      const levels = await page.locator('h1, h2, h3, h4').evaluateAll((hs) => hs.map((h) => h.tagName));
      assert.equal(levels[0], 'H1');
      assert.ok(levels.slice(1).every((l) => l === 'H2'), levels.join(' '));
      assert.equal(await page.locator('main').count(), 1);
      // Only a table's own box scrolls sideways, never the page.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px at ${width} px`);
    }
    // Contrast again under forced colours (Windows high contrast): the bars take the text colour.
    await page.emulateMedia({ forcedColors: 'active' });
    const contrast = await page.evaluate(async () => (await window.axe.run(document,
      { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] })).violations.length);
    assert.equal(contrast, 0, 'contrast under forced colours');
    await page.emulateMedia({ forcedColors: 'none' });
    assert.deepEqual(requests, [URL_, URL_]);
  } finally {
    await context.close();
  }
});
