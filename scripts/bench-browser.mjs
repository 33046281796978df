// Speed in the browser, measured (a benchmark, not a test; scripts/test.sh does not run it):
// the bytes a phone downloads (loader, glue, wasm; raw and gzipped), the time from navigation to
// the first screen being interactive (the start screen, or the first question where it is
// skipped; on a one-tag embed page and on the demo page), and the
// time from an answer to the next question being drawn, in Debian's Chromium with the CPU throttled (4× by default, as a mid-range phone).
// Each figure is measured in several fresh browser contexts; it prints the median and the max.
// Record the output in BENCHMARKS.md with the command line that produced it.
//
//   node scripts/bench-browser.mjs [--runs N] [--throttle RATE] [--test ID] [--lang sv|en]
//
// Needs the wasm build in www/pkg (scripts/build-wasm.sh) and Chromium (scripts/setup.sh --tests).
import os from 'node:os';
import { chromium } from 'playwright-core';
import { measure, total } from './size-report.mjs';
import { serve } from './serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 7));
const THROTTLE = Number(arg('throttle', 4));
const LANG = arg('lang', 'sv');
const AS_OF = '2025-01-15';

/**
 * In the page before any script: when the widget attaches its shadow root, watch it and note
 * the moment the first screen's control is in it: the start screen's button, or the first
 * question's input when the start screen is skipped. The widget adds its listeners before it
 * draws, so a control in the DOM is a control that works.
 */
function watchFirstQuestion() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'sjalvtest-widget') {
      const observer = new MutationObserver(() => {
        if (!root.querySelector('form[data-question] input, button[data-action=begin]')) return;
        window.benchFirstQuestion = performance.now();
        performance.mark('sjalvtest-first-question');
        observer.disconnect();
      });
      observer.observe(root, { childList: true, subtree: true });
    }
    return root;
  };
}

/**
 * In the page: answers every question until the result, timing each submit. The widget validates,
 * evaluates and draws synchronously inside its submit handler, so the time around
 * `requestSubmit()` is the time from the answer to the next question in the DOM. Radios are chosen
 * so the walk goes deep (an option after which the API still asks), text fields get sample values.
 */
async function answerEverything({ test, lang, asOf }) {
  // The mirror session is the JavaScript API of the engine with every test (a one-test engine,
  // which the widget loads, has none); set up before the timed answers.
  const glue = await import('/pkg/sjalvtest.js');
  await glue.default({ module_or_path: '/pkg/sjalvtest_bg.wasm' });
  const tag = glue.textsTag(lang);
  glue.setTexts(tag, new Uint8Array(await (await fetch(`/pkg/texts-${tag}.bin`)).arrayBuffer()));
  const root = document.querySelector('sjalvtest-widget').shadowRoot;
  const mirror = glue.SjalvtestSession.start(test, lang, asOf);
  // The start screen comes first; its button is not an answer, so it is not timed.
  root.querySelector('button[data-action=begin]')?.click();
  const samples = {
    date: ['1990-01-01', '2025-01-15', '2004-03-15'],
    month: ['2026-06', '2025-06'],
    kronor: ['300000', '0'],
    count: ['10', '1', '0'],
  };
  const times = [];
  for (let step = 0; step < 40; step++) {
    const form = root.querySelector('form[data-question]');
    if (!form) break;
    const q = form.dataset.question;
    const radios = [...form.querySelectorAll('input[type=radio]')];
    let candidates = radios.length ? radios.map((r) => r.value) : samples[form.dataset.input] ?? ['1'];
    if (radios.length) {
      const deep = candidates.filter((v) => {
        const probe = glue.SjalvtestSession.restore(mirror.save(), lang);
        const r = probe.answer(q, v);
        probe.free();
        return r.ok && r.view.kind === 'question';
      });
      candidates = [...deep, ...candidates];
    }
    let moved = false;
    for (const value of candidates) {
      const f = root.querySelector('form[data-question]');
      if (radios.length) f.querySelector(`input[value="${value}"]`).checked = true;
      else f.querySelector('input[name=answer]').value = value;
      const t0 = performance.now();
      f.requestSubmit();
      const t1 = performance.now();
      const refused = root.querySelector('form[data-question]')?.dataset.question === q && root.querySelector('.error-summary');
      if (!refused) {
        times.push(t1 - t0);
        mirror.answer(q, value);
        moved = true;
        break;
      }
    }
    if (!moved) throw new Error(`${q}: every sample was refused`);
  }
  if (!root.querySelector('section.result')) throw new Error('no result page');
  mirror.free();
  return times;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, max: sorted.at(-1), n: sorted.length };
}

/**
 * The one-tag embed a partner site uses, served in memory on the same origin (the benchmark adds
 * no file to www/): the entry script and the element, nothing else.
 */
const embedPage = (id, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>embed</title><script type="module" src="/sjalvtest.js"></script></head>
<body><sjalvtest-widget test="${id}" lang="${lang}" as-of="${AS_OF}"><p>fallback</p></sjalvtest-widget></body></html>`;

const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`.padStart(10);

const { server, url } = await serve(0);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page0 = await browser.newPage();
  await page0.goto(url);
  const tests = await page0.evaluate(async () => {
    const glue = await import('/pkg/sjalvtest.js');
    await glue.default({ module_or_path: '/pkg/sjalvtest_bg.wasm' });
    return glue.listTests('en').map((t) => t.id);
  });
  await page0.close();
  const chosen = arg('test', null);
  const ids = chosen ? [chosen] : tests;

  // The bytes of each self-test's page: the loader and that test's own engine (glue, wasm, words).
  console.log(`bytes, gzip -9 ${'loader'.padStart(8)} ${'glue'.padStart(8)} ${'wasm'.padStart(8)} ${'texts'.padStart(8)} ${'total'.padStart(8)}`);
  for (const id of ids) {
    const sizes = measure(id);
    const cells = ['loader', 'glue', 'wasm', 'texts'].map((p) => String(sizes[p].gzip).padStart(8));
    console.log(`${id.padEnd(22)} ${cells.join(' ')} ${String(total(sizes)).padStart(8)}`);
  }
  console.log(`\nChromium ${browser.version()}, CPU throttled ${THROTTLE}×, ${RUNS} runs per figure, lang ${LANG}, as-of ${AS_OF}`);
  // Timings depend on what else the machine is doing; say so next to them.
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('embed: a page with only the entry script and the element; demo: www/index.html, which lists the tests first');
  console.log(`${'self-test'.padEnd(22)} ${'figure'.padEnd(50)} ${'median'.padStart(10)} ${'max'.padStart(10)}`);

  for (const id of ids) {
    const first = { embed: [], demo: [] };
    const wasmFetched = { embed: [], demo: [] };
    const steps = [];
    for (let run = 0; run < RUNS; run++) {
      for (const where of ['embed', 'demo']) {
        const context = await browser.newContext();
        await context.addInitScript(watchFirstQuestion);
        await context.route(`${url}bench-embed.html`, (route) => route.fulfill({ contentType: 'text/html', body: embedPage(id, LANG) }));
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
        await page.goto(where === 'embed'
          ? `${url}bench-embed.html`
          : `${url}?test=${encodeURIComponent(id)}&lang=${LANG}&as-of=${AS_OF}`);
        await page.waitForFunction(() => window.benchFirstQuestion !== undefined, null, { timeout: 60_000 });
        first[where].push(await page.evaluate(() => window.benchFirstQuestion));
        wasmFetched[where].push(await page.evaluate(() => performance.getEntriesByType('resource')
          .find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? NaN));
        if (where === 'embed') steps.push(...await page.evaluate(answerEverything, { test: id, lang: LANG, asOf: AS_OF }));
        await context.close();
      }
    }
    const rows = [
      ['navigation → first screen interactive (embed)', stats(first.embed)],
      ['  navigation → wasm downloaded (embed)', stats(wasmFetched.embed)],
      ['navigation → first screen interactive (demo)', stats(first.demo)],
      ['  navigation → wasm downloaded (demo)', stats(wasmFetched.demo)],
      [`answer → next question drawn (${steps.length / RUNS} steps × ${RUNS})`, stats(steps)],
    ];
    for (const [figure, s] of rows) console.log(`${id.padEnd(22)} ${figure.padEnd(50)} ${ms(s.median)} ${ms(s.max)}`);
  }
} finally {
  await browser.close();
  server.close();
}
