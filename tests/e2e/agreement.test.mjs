// Browser and native agree: every scenario file in tests/scenarios/, answered through the JS API
// in Chromium (SjalvtestSession.start/answer from www/pkg/sjalvtest.js), gives the same
// OutcomeView as `sjalvtest scenario --json` natively, in Swedish and English: the verdict, the
// rows (amounts), the reasons and everything else. Every result carries its rules version and
// as-of date. Not here: whether the outcome is right (the scenario files' expected halves).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { start, newPage } from './browser.mjs';
import { parseCase } from './scenarios.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILES = fs.readdirSync(path.join(ROOT, 'tests', 'scenarios'))
  .filter((f) => f.endsWith('.case')).sort().map((f) => `tests/scenarios/${f}`);
const LANGS = ['sv', 'en'];

/** `sjalvtest scenario --json --lang LANG FILE...`, by file. */
function native(lang) {
  return new Promise((resolve, reject) => {
    const args = ['run', '--quiet', '--bin', 'sjalvtest', '--', 'scenario', '--json', '--lang', lang, ...FILES];
    execFile('cargo', args, { cwd: ROOT, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      // Exit 1 means some scenario could not run; its entry says why, and the test fails on it.
      if (error && error.code !== 1) return reject(new Error(`${error.message}\n${stderr}`));
      try {
        resolve(Object.fromEntries(JSON.parse(stdout).map((r) => [r.file, r])));
      } catch (e) {
        reject(new Error(`sjalvtest scenario --json printed no JSON: ${e.message}\n${stdout}\n${stderr}`));
      }
    });
  });
}

/** The same answers through the JS API in the page, by file. */
async function browser(page, lang, cases) {
  return page.evaluate(async ({ lang, cases }) => {
    const glue = await import('/pkg/sjalvtest.js');
    await glue.default({ module_or_path: '/pkg/sjalvtest_bg.wasm' });
    for (const tag of glue.textsTags()) {
      glue.setTexts(tag, new Uint8Array(await (await fetch(`/pkg/texts-${tag}.bin`)).arrayBuffer()));
    }
    const out = { rulesVersion: glue.rulesVersion(), results: {} };
    for (const [file, c] of Object.entries(cases)) {
      const session = glue.SjalvtestSession.start(c.test, lang, c.asOf);
      let reply = session.view();
      for (let i = 0; i <= c.answers.length && reply.ok && reply.view.kind === 'question'; i++) {
        const answer = c.answers.find(([q]) => q === reply.view.id);
        if (!answer) { reply = { ok: false, error: `asks ${reply.view.id}, which the file does not answer` }; break; }
        reply = session.answer(answer[0], answer[1]);
      }
      session.free();
      out.results[file] = reply.ok && reply.view.kind === 'outcome'
        ? { outcome: reply.view }
        : { error: reply.error ?? `no outcome: ${JSON.stringify(reply.view)}` };
    }
    return out;
  }, { lang, cases });
}

const cases = Object.fromEntries(FILES.map((f) => [f, parseCase(fs.readFileSync(path.join(ROOT, f), 'utf8'))]));
const results = {};
let env;

before(async () => {
  env = await start();
  const { page, context, problems } = await newPage(env);
  await page.goto(env.url);
  for (const lang of LANGS) {
    const [n, b] = await Promise.all([native(lang), browser(page, lang, cases)]);
    results[lang] = { native: n, browser: b.results, rulesVersion: b.rulesVersion };
  }
  assert.deepEqual(problems, []);
  await context.close();
});
after(async () => { await env?.close(); });

test('there are scenario files to compare', () => {
  assert.ok(FILES.length > 0);
});

for (const file of FILES) {
  test(`${path.basename(file)}: the browser gives the same outcome as native, in Swedish and English`, () => {
    for (const lang of LANGS) {
      const { native: n, browser: b, rulesVersion } = results[lang];
      assert.ok(n[file], `${lang}: sjalvtest printed nothing for ${file}`);
      assert.equal(n[file].error, undefined, `${lang}: natively: ${n[file].error}`);
      assert.equal(b[file].error, undefined, `${lang}: in the browser: ${JSON.stringify(b[file].error)}`);
      const native = n[file].outcome;
      const { kind, ...inBrowser } = b[file].outcome;
      assert.equal(kind, 'outcome');
      for (const [where, o] of [['natively', native], ['in the browser', inBrowser]]) {
        assert.ok(o.rules_version, `${lang} ${where}: the result carries a rules version`);
        assert.equal(o.rules_version, rulesVersion, `${lang} ${where}: the rules version is the build's`);
        assert.equal(o.as_of, cases[file].asOf, `${lang} ${where}: the result carries the as-of date`);
      }
      assert.equal(inBrowser.verdict, native.verdict, `${lang}: verdict`);
      assert.deepEqual(inBrowser.rows, native.rows, `${lang}: rows (amounts)`);
      assert.deepEqual(inBrowser.reasons, native.reasons, `${lang}: reasons`);
      assert.deepEqual(inBrowser, native, `${lang}: the whole outcome`);
    }
  });
}
