// Builds a versioned release folder a partner can host or we can publish to the npm registry:
//   node scripts/release.mjs [--out DIR] [--skip-build]      (default dist/sjalvtest-<version>/)
// Each engine's glue and wasm (every self-test, and one per test) and the element class get
// content-hashed names (cache a year, immutable); the glue and the element class are minified
// (scripts/minify.mjs);
// two small entry scripts (sjalvtest.js, define.js; cache a few minutes) name them and verify each
// with Subresource Integrity, so the SRI hash of the entry, printed here and written to
// integrity.json, pins every byte that runs. Also the TypeScript types, the iframe page, a
// package.json and a README. docs/deploy.md says how to serve it.
// Not here: building the wasm (scripts/setup.sh and scripts/build-wasm.sh, which this calls
// unless --skip-build).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TESTS } from './size-report.mjs';
import { minifyModule } from './minify.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.join(ROOT, 'www');
const read = (rel) => fs.readFileSync(path.join(WWW, rel));

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(2);
}

/** Replaces `from` in `text` exactly once, or stops: a release must not ship a stale address. */
function replaceOnce(text, from, to, what) {
  const n = text.split(from).length - 1;
  if (n !== 1) fail(`${what}: expected one ${JSON.stringify(String(from))}, found ${n}`);
  return text.replace(from, to);
}

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/** `name.ext` → `name.<hash>.ext` (the pattern scripts/serve.mjs caches for a year). */
const hashed = (name, bytes) => name.replace(/(\.[a-z]+)$/, `.${hash(bytes)}$1`);

const args = process.argv.slice(2);
let out = null;
let build = true;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = args[++i] ?? fail('--out needs a folder');
  else if (args[i] === '--skip-build') build = false;
  else fail(`unknown argument ${args[i]} (use --out DIR, --skip-build)`);
}

const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
const version = cargo.match(/^version = "([^"]+)"/m)?.[1] ?? fail('no version in Cargo.toml');
const license = cargo.match(/^license = "([^"]+)"/m)?.[1] ?? fail('no license in Cargo.toml');
const rules = fs.readFileSync(path.join(ROOT, 'src/lib.rs'), 'utf8').match(/RULES_VERSION: &str = "([^"]+)"/)?.[1]
  ?? fail('no RULES_VERSION in src/lib.rs');
out = path.resolve(out ?? path.join(ROOT, 'dist', `sjalvtest-${version}`));

if (build) {
  // What the build needs and is missing (the pinned wasm-bindgen CLI, wasm-opt), then the build.
  for (const step of ['scripts/setup.sh', 'scripts/build-wasm.sh']) {
    try {
      execFileSync(path.join(ROOT, step), { stdio: ['ignore', 2, 2] });
    } catch {
      fail(`${step} failed`);
    }
  }
}
if (!fs.existsSync(path.join(WWW, 'pkg/sjalvtest_bg.wasm'))) fail('www/pkg is missing: run scripts/build-wasm.sh');

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const files = new Map(); // name → bytes
const put = (name, body) => files.set(name, Buffer.isBuffer(body) ? body : Buffer.from(body));

// 1. Each engine's wasm, then the glue that names it, then the element class that names them
// all: each name hashes the content that already holds the names below it. The engine '' has
// every self-test (engine.js, pages with several tests); each test has its own in pkg/<test>/.
const tests = fs.readdirSync(path.join(WWW, 'pkg'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(WWW, 'pkg', d.name, 'sjalvtest_bg.wasm')))
  .map((d) => d.name).sort();
const engines = {};
for (const key of ['', ...tests]) {
  const dir = key ? `pkg/${key}/` : 'pkg/';
  const prefix = key ? `sjalvtest-${key}` : 'sjalvtest';
  const wasmBytes = read(`${dir}sjalvtest_bg.wasm`);
  const wasm = hashed(`${prefix}_bg.wasm`, wasmBytes);
  put(wasm, wasmBytes);
  const glueText = minifyModule(replaceOnce(read(`${dir}sjalvtest.js`).toString(), "new URL('sjalvtest_bg.wasm', import.meta.url)",
    `new URL('${wasm}', import.meta.url)`, `${dir}sjalvtest.js`), `${dir}sjalvtest.js`);
  const glue = hashed(`${prefix}-engine.js`, glueText);
  put(glue, glueText);
  // The text bundles, one per language (a page fetches only its own).
  const texts = {};
  const textsIntegrity = {};
  const bundleTags = fs.readdirSync(path.join(WWW, dir))
    .map((f) => /^texts-(.+)\.bin$/.exec(f)?.[1]).filter(Boolean).sort();
  for (const tag of bundleTags) {
    const bytes = read(`${dir}texts-${tag}.bin`);
    const name = hashed(`${prefix}-texts-${tag}.bin`, bytes);
    put(name, bytes);
    texts[tag] = `./${name}`;
    textsIntegrity[tag] = sri(bytes);
  }
  engines[key] = {
    glue: `./${glue}`, wasm: `./${wasm}`, texts,
    integrity: { glue: sri(glueText), wasm: sri(wasmBytes), texts: textsIntegrity },
  };
}
const offered = [...TESTS].sort();
if (tests.join() !== offered.join()) fail(`expected an engine for each of ${offered.join(', ')} in www/pkg/, found ${tests.join(', ') || 'none'}`);
const { glue, texts, integrity: { texts: textsIntegrity } } = engines[''];
const widgetSource = read('sjalvtest-widget.js').toString();
const engineLine = widgetSource.match(/^const ENGINE = .*;$/m)?.[0] ?? fail('sjalvtest-widget.js has no ENGINE line');
const widgetText = minifyModule(replaceOnce(widgetSource, engineLine, `const ENGINE = ${JSON.stringify(engines)};`, 'sjalvtest-widget.js'),
  'sjalvtest-widget.js');
const widget = hashed('sjalvtest-widget.js', widgetText);
put(widget, widgetText);

// 2. The entries. Each is the registration code of define.js, after a verified import of the
// element class; sjalvtest.js also registers <sjalvtest-widget>.
const defineSource = replaceOnce(read('define.js').toString(),
  "import { SjalvtestWidgetElement } from './sjalvtest-widget.js';\n", '', 'define.js');
const entry = (registers) => `// sjalvtest ${version}, rules ${rules}. The entry a page includes; serve it with a short cache
// time. It names the content-hashed files, which never change, and loads each only after the
// browser has checked it against its Subresource Integrity hash.
function verifiedImport(rel, integrity) {
  const url = new URL(rel, import.meta.url).href;
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'modulepreload', href: url, integrity, crossOrigin: 'anonymous' });
    link.addEventListener('load', () => { link.remove(); resolve(import(url)); });
    link.addEventListener('error', () => { link.remove(); reject(new Error(\`\${url} failed its integrity check\`)); });
    (document.head ?? document.documentElement).append(link);
  });
}
const { SjalvtestWidgetElement } = await verifiedImport('./${widget}', '${sri(widgetText)}');

${defineSource.trim()}
${registers ? '\ndefineSjalvtestWidget();\n' : ''}`;
// Minified like the rest, after one line that says what the file is.
const banner = `// sjalvtest ${version}, rules ${rules}: the entry a page includes (serve it with a short cache time).\n`;
put('sjalvtest.js', banner + minifyModule(entry(true), 'sjalvtest.js'));
put('define.js', banner + minifyModule(entry(false), 'define.js'));
put('engine.js', `// The engine's JavaScript API (see engine.d.ts):
//   import init, { loadTexts, listTests, SjalvtestSession } from './engine.js';
//   await init(); await loadTexts('sv');   // the words of each language you use, once
export * from '${glue}';
export { default } from '${glue}';
import { setTexts, textsTag } from '${glue}';
const TEXTS = ${JSON.stringify(texts)};
const INTEGRITY = ${JSON.stringify(textsIntegrity)};
export async function loadTexts(lang) {
  const tag = textsTag(lang);
  const response = await fetch(new URL(TEXTS[tag], import.meta.url), { integrity: INTEGRITY[tag] });
  if (!response.ok) throw new Error(\`texts \${tag}: HTTP \${response.status}\`);
  return setTexts(tag, new Uint8Array(await response.arrayBuffer()));
}
`);

// 3. The iframe variant (it includes ./sjalvtest.js) and the parent's helper, as they are.
for (const f of ['embed.html', 'embed.js', 'embed.css', 'embed-parent.js']) put(f, read(f));

// 4. Types.
put('sjalvtest.d.ts', read('sjalvtest.d.ts'));
put('define.d.ts', "export { defineSjalvtestWidget, SjalvtestWidgetElement } from './sjalvtest.js';\n"
  + "export type { SjalvtestResultDetail, SjalvtestErrorDetail } from './sjalvtest.js';\n");
put('engine.d.ts', `${read('pkg/sjalvtest.d.ts')}
/** Fetches and hands over the words of a language ("sv", "en", "sv-lattlast"); false if refused. */
export function loadTexts(lang: string): Promise<boolean>;
`);

// 5. What a host or a bundler reads.
const integrity = {};
for (const [name, bytes] of files) integrity[name] = sri(bytes);
const pkg = {
  name: 'sjalvtest',
  version,
  description: "Försäkringskassan's self-tests as a web component: <sjalvtest-widget>, computed in the browser (WebAssembly)",
  license,
  type: 'module',
  main: './sjalvtest.js',
  types: './sjalvtest.d.ts',
  exports: {
    '.': { types: './sjalvtest.d.ts', default: './sjalvtest.js' },
    './define.js': { types: './define.d.ts', default: './define.js' },
    './engine.js': { types: './engine.d.ts', default: './engine.js' },
    './embed.html': './embed.html',
    './embed-parent.js': './embed-parent.js',
    './package.json': './package.json',
    './*': './*',
  },
  sideEffects: ['./sjalvtest.js', './embed.js'],
  files: [...files.keys(), 'integrity.json', 'README.md'].sort(),
  keywords: ['web-component', 'webassembly', 'forsakringskassan', 'custom-element'],
  sjalvtest: { rulesVersion: rules },
};
const snippet = (base) => `<script type="module" src="${base}sjalvtest.js"\n        integrity="${integrity['sjalvtest.js']}" crossorigin="anonymous"></script>`;
const readme = `# sjalvtest ${version}

Försäkringskassan's self-tests as one web component, \`<sjalvtest-widget>\`, computed in the visitor's browser (rules ${rules}).
Nothing the visitor types leaves the browser.

\`\`\`html
${snippet('https://files.example/sjalvtest/')}
<sjalvtest-widget test="aktivitetsersattning" lang="sv">
  <p>Självtestet kunde inte starta. Läs mer på <a href="https://www.forsakringskassan.se/">forsakringskassan.se</a>.</p>
</sjalvtest-widget>
\`\`\`

Host this folder as static files.
Files with a hash in the name never change: \`Cache-Control: public, max-age=31536000, immutable\`.
Everything else (\`sjalvtest.js\`, \`define.js\`, \`engine.js\`, \`embed.*\`): \`Cache-Control: public, max-age=300\`.
Every file: \`Access-Control-Allow-Origin: *\`, \`Cross-Origin-Resource-Policy: cross-origin\`, \`X-Content-Type-Options: nosniff\`; \`.wasm\` as \`application/wasm\`, \`.js\` as \`text/javascript\`.
A page's Content-Security-Policy needs \`script-src <origin> 'wasm-unsafe-eval'\`, \`connect-src <origin>\` and, for \`embed.html\` in an iframe, \`frame-src <origin>\`.

\`integrity.json\` holds the Subresource Integrity hash of every file.
Each self-test has its own engine (\`sjalvtest-<test>-engine.*.js\`, \`sjalvtest-<test>_bg.*.wasm\`, \`sjalvtest-<test>-texts-<lang>.*.bin\`) without the other tests' code and words; a widget loads only its test's, and one language's words.
The entry checks the element class, and the element each engine's glue, wasm and words, against the hashes it names, so the hash of \`sjalvtest.js\` (or \`define.js\`) pins all of them.
\`engine.js\` (the JavaScript API, typed in \`engine.d.ts\`) imports the glue without a check.
`;
put('integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
put('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
put('README.md', readme);

for (const [name, bytes] of files) fs.writeFileSync(path.join(out, name), bytes);

const rel = path.relative(process.cwd(), out) || '.';
console.log(`release: ${rel}/ (sjalvtest ${version}, rules ${rules}, ${files.size} files)`);
for (const name of [...files.keys()].sort()) console.log(`  ${name.padEnd(40)} ${String(files.get(name).length).padStart(8)} B`);
console.log(`\nSubresource Integrity (also in ${rel}/integrity.json):`);
console.log(`  sjalvtest.js  ${integrity['sjalvtest.js']}`);
console.log(`  define.js     ${integrity['define.js']}`);
console.log(`\nSnippet:\n${snippet('https://files.example/sjalvtest/')}`);
