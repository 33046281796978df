// Prints the bytes a phone downloads for one self-test in one language, for each self-test: the
// loader (our element, registration and entry script) and that test's own wasm-bindgen glue,
// both minified as the release ships them (scripts/minify.mjs), its wasm (www/pkg/<test>/,
// scripts/build-wasm.sh) and its text bundle (the largest of sv, en and sv-lattlast), raw and
// gzipped, and the page's total; then the engine with every self-test
// (www/pkg/, for the JavaScript API and pages that show several), which no one-test page loads.
// With --check it fails when a part or a total is over its budget; the budgets and why are in
// ARCHITECTURE.md ("Size budget").
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { minifyModule } from './minify.mjs';

const www = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'www');
/**
 * The self-tests with an engine of their own, as the loader's one `ENGINE` line names them
 * (tests/ftl.rs checks that line against the Rust `flows::ALL`): build-wasm.sh builds these,
 * the release hashes them, and this report measures them.
 */
export function offeredTests() {
  const line = fs.readFileSync(path.join(www, 'sjalvtest-widget.js'), 'utf8').match(/^const ENGINE = engines\(\[(.*?)\]/m);
  if (!line) throw new Error('www/sjalvtest-widget.js has no `const ENGINE = engines([...], ...)` line');
  return [...line[1].matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
}
export const TESTS = offeredTests();
/** Per part of a one-test page, and for the engine with every test (`all`). */
export const BUDGET_GZIP = { loader: 8 * 1024, glue: 4 * 1024, wasm: 78 * 1024, texts: 11 * 1024 };
export const ALL_BUDGET_GZIP = { glue: 4 * 1024, wasm: 116 * 1024, texts: 20 * 1024 };
/**
 * Everything one page loads for one self-test in one language, at most 100 KB (issue 12):
 * ARCHITECTURE.md, "Size budget", says where the bytes go and what keeps them down.
 */
export const PAGE_BUDGET_GZIP = 100_000;
const LANGS = ['sv', 'en', 'sv-lattlast'];
const LOADER = ['sjalvtest.js', 'define.js', 'sjalvtest-widget.js'];
const gz = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

const minifiedFiles = new Map(); // file → its minified bytes (the loader counts on every page)

/** Raw and gzipped bytes of `list`; `minified`: the JavaScript as the release ships it. */
function files(list, minified = false) {
  let raw = 0;
  let gzip = 0;
  for (const f of list) {
    const read = () => fs.readFileSync(path.join(www, f));
    if (minified && !minifiedFiles.has(f)) minifiedFiles.set(f, Buffer.from(minifyModule(read().toString(), f)));
    const bytes = minified ? minifiedFiles.get(f) : read();
    raw += bytes.length;
    gzip += gz(bytes);
  }
  return { raw, gzip };
}

/** The parts of one engine: `dir` is '' (every test) or '<test>/'. */
function engine(dir, budget) {
  const out = {
    glue: { ...files([`pkg/${dir}sjalvtest.js`], true), budget: budget.glue },
    wasm: { ...files([`pkg/${dir}sjalvtest_bg.wasm`]), budget: budget.wasm },
  };
  // A page loads one language's bundle: count the largest.
  let texts = { raw: 0, gzip: 0, lang: '' };
  for (const lang of LANGS) {
    const bytes = fs.readFileSync(path.join(www, `pkg/${dir}texts-${lang}.bin`));
    if (gz(bytes) > texts.gzip) texts = { raw: bytes.length, gzip: gz(bytes), lang };
  }
  out.texts = { ...texts, budget: budget.texts };
  return out;
}

/** The parts a page with one self-test loads (`test`), or with `''` the engine with every test and the loader. */
export function measure(test) {
  const loader = { ...files(LOADER, true), budget: BUDGET_GZIP.loader };
  return test ? { loader, ...engine(`${test}/`, BUDGET_GZIP) } : { loader, ...engine('', ALL_BUDGET_GZIP) };
}

export const total = (sizes) => Object.values(sizes).reduce((a, s) => a + s.gzip, 0);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let over = 0;
  const show = (title, sizes, pageBudget) => {
    console.log(`\n${title}\npart                 raw bytes   gzip bytes   gzip budget`);
    for (const [part, s] of Object.entries(sizes)) {
      const flag = s.gzip > s.budget ? '  OVER BUDGET' : '';
      if (flag) over++;
      const name = part === 'texts' ? `texts (${s.lang})` : part;
      console.log(`${name.padEnd(20)} ${String(s.raw).padStart(9)}   ${String(s.gzip).padStart(10)}   ${String(s.budget).padStart(11)}${flag}`);
    }
    const sum = total(sizes);
    const flag = pageBudget && sum > pageBudget ? '  OVER BUDGET' : '';
    if (flag) over++;
    console.log(`${'total'.padEnd(20)} ${''.padStart(9)}   ${String(sum).padStart(10)}   ${String(pageBudget ?? '').padStart(11)}${flag}`);
    return sum;
  };
  let largest = 0;
  for (const test of TESTS) largest = Math.max(largest, show(`a page with ${test}`, measure(test), PAGE_BUDGET_GZIP));
  show('the engine with every self-test (JavaScript API, demo and handler pages; no one-test page loads it)', measure(''), null);
  console.log(`\nlargest one-test page: ${largest} B gzipped (budget ${PAGE_BUDGET_GZIP})`);
  if (process.argv.includes('--check') && over) process.exit(1);
}
