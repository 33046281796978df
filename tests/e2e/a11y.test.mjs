// Accessibility of every self-test in a real browser, in Swedish and English, at every step:
// axe-core finds no WCAG 2.2 A/AA violations (on each question, its error state and the result,
// inside the open shadow root), also for colour contrast under forced colours; the accessibility
// tree names the heading, the group or text field, the options and the Continue button as the
// wasm API says; errors are announced and linked to their field; focus moves to the new heading
// or the error summary; the page reflows at 320 CSS px, at 200 % text and with WCAG 1.4.12's
// text spacing; and every self-test completes with the keyboard alone. Screenshots of each step
// at 320 and 1280 px go to test-output/screenshots/ for review.
// Not here: amounts (scenario files, agreement.test.mjs).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { start, newPage } from './browser.mjs';
import { allCases, fragment, rulesVersion } from './scenarios.mjs';
import {
  AS_OF, CONTINUE, LANGS, isRadioInput, listTests, openTest, screen, redrawAfter, focused, tabTo,
  walk, answerWithMouse, answerWithKeyboard, passStart,
} from './driver.mjs';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'test-output', 'screenshots');
fs.mkdirSync(SHOTS, { recursive: true });

const env = await start();
after(() => env.close());
const TESTS = await (async () => {
  const { page, context } = await newPage(env);
  await page.goto(env.url);
  const ids = await listTests(page);
  await context.close();
  return ids;
})();

// ---------------------------------------------------------------------------------------------
// Checks, each usable on any screen.

/** Runs axe-core on the whole document (it walks open shadow roots) and fails on any violation. */
async function axe(page, where, options = { runOnly: { type: 'tag', values: WCAG_TAGS } }) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (options) => {
    const r = await window.axe.run(document, { ...options, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`),
    }));
  }, options);
  assert.deepEqual(violations, [], `${where}: axe found\n${JSON.stringify(violations, null, 2)}`);
}

/** Colour contrast again with forced colours (Windows high contrast), then back to normal. */
async function forcedColoursContrast(page, where) {
  await page.emulateMedia({ forcedColors: 'active' });
  assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are on');
  await axe(page, `${where} (forced colours)`, { runOnly: { type: 'rule', values: ['color-contrast'] } });
  await page.emulateMedia({ forcedColors: 'none' });
}

/** WCAG 1.4.12's text spacing, as the usual bookmarklet sets it, for the page and the widget. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/**
 * WCAG 1.4.10, 1.4.4 and 1.4.12: no horizontal scrolling at 320 CSS px wide (what 1280 px at
 * 400 % zoom gives), also with text at 200 % (the root font size, which the widget's rem sizes
 * follow), at 1280 px with text at 200 %, and at 320 px with the text spacing of 1.4.12; and in
 * that last case no text cut off by a box that hides its overflow. Checks the page and the
 * widget's own container.
 */
async function reflows(page, where) {
  for (const [width, text, spacing] of [[320, '100%', false], [320, '200%', false], [1280, '200%', false], [320, '100%', true]]) {
    await page.setViewportSize({ width, height: 900 });
    const m = await page.evaluate(({ text, spacing, css }) => {
      document.documentElement.style.fontSize = text;
      const root = document.querySelector('sjalvtest-widget').shadowRoot;
      if (spacing) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
      const d = document.documentElement;
      const c = root.firstElementChild;
      const clipped = [...root.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        return /hidden|clip/.test(style.overflow) && !el.classList.contains('visually-hidden')
          && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
      }).map((el) => `${el.localName}.${el.className}`);
      if (spacing) {
        document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
        root.adoptedStyleSheets = root.adoptedStyleSheets.slice(0, -1);
      }
      return { page: [d.scrollWidth, d.clientWidth], widget: [c.scrollWidth, c.clientWidth], clipped };
    }, { text, spacing, css: TEXT_SPACING });
    const how = `${width} px, ${text} text${spacing ? ', 1.4.12 text spacing' : ''}`;
    for (const what of ['page', 'widget']) {
      const [scroll, client] = m[what];
      assert.ok(scroll <= client, `${where}: the ${what} scrolls sideways at ${how} (${scroll} > ${client})`);
    }
    assert.deepEqual(m.clipped, [], `${where}: text is cut off at ${how}`);
  }
  await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Full-page screenshots at 320 and 1280 CSS px, for a person to review. */
async function screenshots(page, name) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/**
 * The widget's accessibility tree (Playwright's aria snapshot) as nodes: role, name, attributes
 * such as `level=2` or `invalid`, and children by indentation.
 */
async function ariaTree(page) {
  const yaml = await page.locator('sjalvtest-widget').ariaSnapshot();
  const rootNode = { role: 'root', children: [], indent: -1 };
  const stack = [rootNode];
  for (const line of yaml.split('\n')) {
    const m = /^(\s*)- (.*)$/.exec(line);
    if (!m) continue;
    let body = m[2];
    // YAML quotes a whole entry in single quotes when it contains ": ".
    const quoted = /^'((?:[^']|'')*)'(:?.*)$/.exec(body);
    if (quoted) body = quoted[1].replace(/''/g, "'") + quoted[2];
    const n = /^([a-z]+)(?: "((?:[^"\\]|\\.)*)")?((?: \[[^\]]*\])*)/.exec(body);
    if (!n) continue; // properties such as "/url: …"
    const node = {
      role: n[1],
      name: n[2] === undefined ? null : JSON.parse(`"${n[2]}"`),
      attrs: [...n[3].matchAll(/\[([^\]]*)\]/g)].map((a) => a[1]),
      children: [],
      indent: m[1].length,
    };
    while (stack.at(-1).indent >= node.indent) stack.pop();
    stack.at(-1).children.push(node);
    stack.push(node);
  }
  return rootNode;
}

function* nodes(tree) {
  for (const c of tree.children) { yield c; yield* nodes(c); }
}

/** Accessible names compare with every kind of space as one plain space. */
const sameName = (a, b) => typeof a === 'string' && typeof b === 'string'
  && a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim();

function findNode(tree, role, name, where) {
  const found = [...nodes(tree)].find((n) => n.role === role && (n.name === name || sameName(n.name, name)));
  assert.ok(found, `${where}: no ${role} named ${JSON.stringify(name)} in the accessibility tree:\n${JSON.stringify([...nodes(tree)].map((n) => [n.role, n.name, ...n.attrs]))}`);
  return found;
}

/** The question's accessibility tree says what the wasm API's view of the question says. */
async function checkQuestionTree(page, view, lang, where) {
  const tree = await ariaTree(page);
  const heading = findNode(tree, 'heading', view.label, where);
  assert.ok(heading.attrs.includes('level=2'), `${where}: the question is a level-2 heading`);
  if (isRadioInput(view.input)) {
    const group = findNode(tree, 'group', view.label, where);
    const radios = [...nodes(group)].filter((n) => n.role === 'radio').map((n) => n.name);
    assert.deepEqual(radios, view.options.map((o) => o.label), `${where}: the radios inside the group, by name`);
  } else {
    findNode(tree, 'textbox', view.label, where);
    // WCAG 1.3.5: a field for the person's own data names its purpose (the birth date: bday).
    const token = await page.locator('sjalvtest-widget').locator('input[name=answer]').getAttribute('autocomplete');
    assert.equal(token, view.autocomplete ?? 'off', `${where}: autocomplete`);
    if (/born|född/i.test(view.label)) assert.equal(view.autocomplete, 'bday', `${where}: a birth date is autocomplete=bday`);
  }
  // The pseudo-locales' button text is generated; the real languages' is checked by name.
  if (CONTINUE[lang]) findNode(tree, 'button', CONTINUE[lang], where);
  return tree;
}

/**
 * A mirror of the widget's session through the JS API, fed the same answers, so the tests know
 * what each screen should say without reading it from the widget itself.
 */
async function startMirror(page, id, lang) {
  await page.evaluate(async ({ id, lang, asOf }) => {
    const glue = await import('/pkg/sjalvtest.js');
    await glue.default({ module_or_path: '/pkg/sjalvtest_bg.wasm' });
    for (const tag of glue.textsTags()) {
      glue.setTexts(tag, new Uint8Array(await (await fetch(`/pkg/texts-${tag}.bin`)).arrayBuffer()));
    }
    window.testMirror = glue.SjalvtestSession.start(id, lang, asOf);
  }, { id, lang, asOf: AS_OF });
}

/**
 * Picks radios so that the walk goes deep: the first option, in `order`, after which the API
 * still asks a question (else the first). Two orders cover different pages of each self-test.
 */
function deepPick(page, order) {
  return async (s, step, given) => {
    const indexes = order === 'last' ? [...s.values.keys()].reverse() : [...s.values.keys()];
    const continues = await page.evaluate(({ given, question, values }) => values.map((v) => {
      const m = window.testMirror;
      m.restart();
      for (const [q, raw] of given) m.answer(q, raw);
      const r = m.answer(question, v);
      return r.ok && r.view.kind === 'question';
    }), { given, question: s.question, values: indexes.map((i) => s.values[i]) });
    const n = continues.indexOf(true);
    return indexes[n === -1 ? 0 : n];
  };
}

async function mirrorView(page, given) {
  const reply = await page.evaluate((given) => {
    const m = window.testMirror;
    m.restart();
    for (const [q, raw] of given) {
      const r = m.answer(q, raw);
      if (!r.ok) return r;
    }
    return m.view();
  }, given);
  assert.ok(reply.ok, `the API refused an answer the widget took: ${JSON.stringify(reply.error)}`);
  return reply.view;
}

/** Submits the question with no answer and checks the error is announced and linked. */
async function checkEmptyAnswerError(page, s, where) {
  const widget = page.locator('sjalvtest-widget');
  await redrawAfter(page, () => widget.locator('button[type=submit]').click());
  const after = await screen(page);
  assert.equal(after.question, s.question, `${where}: an empty answer stays on the question`);
  assert.ok(after.error, `${where}: an empty answer shows the error summary`);
  const f = await focused(page);
  assert.match(f.cls, /error-summary/, `${where}: focus moves to the error summary`);

  const e = await widget.evaluate((host) => {
    const root = host.shadowRoot;
    const alert = root.querySelector('[role=alert]');
    const link = alert?.querySelector('a[href^="#"]');
    const id = link?.getAttribute('href').slice(1);
    const control = id ? root.getElementById(id) : null;
    const describedHolder = control?.type === 'radio' ? control.closest('fieldset') : control;
    const described = (describedHolder?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return {
      alertText: alert?.textContent ?? '',
      linkText: link?.textContent ?? '',
      id,
      controlName: control?.getAttribute('name'),
      invalid: control?.getAttribute('aria-invalid'),
      describedTexts: described.map((d) => root.getElementById(d)?.textContent ?? `(missing #${d})`),
    };
  });
  assert.ok(e.linkText, `${where}: the error summary links to the field`);
  assert.equal(e.controlName, 'answer', `${where}: the summary link points at the question's control`);
  assert.ok(e.describedTexts.some((t) => t.includes(e.linkText)),
    `${where}: the error message is in the field's description (${JSON.stringify(e.describedTexts)})`);
  if (!isRadioInput(s.input)) assert.equal(e.invalid, 'true', `${where}: the text field is aria-invalid`);

  await widget.locator('.error-summary a').click();
  assert.equal((await focused(page)).id, e.id, `${where}: the summary link moves focus to the field`);
}

// ---------------------------------------------------------------------------------------------
// The tests.

test('axe sees inside the widget’s shadow root (the checks below are not vacuous)', async () => {
  const { page, context } = await newPage(env);
  await openTest(page, env, TESTS[0], 'sv');
  await page.locator('sjalvtest-widget').evaluate((host) => {
    const img = document.createElement('img');
    img.src = 'data:,';
    host.shadowRoot.firstElementChild.append(img);
  });
  await assert.rejects(axe(page, 'planted'), /image-alt[\s\S]*sjalvtest-widget/);
  await context.close();
});

// Swedish walks the first options that go deep, English the last ones, so both languages are
// checked and together they reach more of each self-test's questions and results.
const ORDER = { sv: 'first', en: 'last', 'sv-lattlast': 'last' };

/** Which questions axe has checked, by self-test and language (the report at the end). */
const VISITED = new Map();
const visit = (id, lang, question, how) => {
  const key = `${id}\t${question}`;
  if (!VISITED.has(key)) VISITED.set(key, new Map());
  if (!VISITED.get(key).has(lang)) VISITED.get(key).set(lang, how);
};

// The pseudo-locales (never offered): en-XA is accented and about 40 % longer, so a layout that
// breaks on longer words shows in the reflow checks; ar-XB runs right to left.
const PSEUDO = ['en-XA', 'ar-XB'];
for (const id of TESTS) {
  for (const lang of [...LANGS, 'sv-lattlast', ...PSEUDO]) {
    test(`${id} (${lang}) passes axe, names its controls, links its errors and reflows at every step`, async (t) => {
      const { page, context, problems } = await newPage(env, { viewport: { width: 1280, height: 900 } });
      await openTest(page, env, id, lang, { start: true });
      if (PSEUDO.includes(lang)) {
        const dir = await page.locator('sjalvtest-widget').evaluate((host) => host.shadowRoot.querySelector('[lang]')?.closest('[dir]')?.getAttribute('dir') ?? 'ltr');
        assert.equal(dir, lang === 'ar-XB' ? 'rtl' : 'ltr', `${id} ${lang}: text direction`);
      }
      await axe(page, `${id} ${lang} start screen`);
      await forcedColoursContrast(page, `${id} ${lang} start screen`);
      await reflows(page, `${id} ${lang} start screen`);
      await passStart(page);
      await startMirror(page, id, lang);
      const name = (step, what) => `${id}-${lang}-${String(step).padStart(2, '0')}-${what}`;
      for (const f of fs.readdirSync(SHOTS)) if (f.startsWith(`${id}-${lang}-`)) fs.rmSync(path.join(SHOTS, f));

      const given = await walk(page, {
        pick: deepPick(page, ORDER[lang] ?? 'first'),
        answer: async (p, s, value) => {
          const next = await answerWithMouse(p, s, value);
          if (!next.error) {
            const f = await focused(p);
            assert.ok(f?.focusTarget && f.tag === 'h2', `${id} ${lang} after ${s.question}: focus moves to the new heading (${JSON.stringify(f)})`);
          }
          return next;
        },
        question: async (s, step, given) => {
          const where = `${id} ${lang} question ${step} (${s.question})`;
          const view = await mirrorView(page, given);
          assert.equal(view.kind, 'question');
          assert.equal(view.id, s.question, `${where}: the widget asks what the API asks`);
          await checkQuestionTree(page, view, lang, where);
          await axe(page, where);
          visit(id, lang, s.question, 'walk');
          await forcedColoursContrast(page, where);
          await reflows(page, where);
          await screenshots(page, name(step, s.question));

          await checkEmptyAnswerError(page, s, where);
          const errorTree = await checkQuestionTree(page, view, lang, `${where}, error`);
          const alert = [...nodes(errorTree)].find((n) => n.role === 'alert');
          assert.ok(alert, `${where}: the error summary is an alert in the accessibility tree`);
          if (!isRadioInput(s.input)) {
            assert.ok(findNode(errorTree, 'textbox', view.label, where).attrs.includes('invalid'));
          }
          await axe(page, `${where}, error`);
          await forcedColoursContrast(page, `${where}, error`);
          await reflows(page, `${where}, error`);
          await screenshots(page, name(step, `${s.question}-error`));
        },
      });

      t.diagnostic(`path: ${given.map(([q, v]) => `${q}=${v}`).join(', ')}`);
      const where = `${id} ${lang} result`;
      const view = await mirrorView(page, given);
      assert.equal(view.kind, 'outcome');
      const f = await focused(page);
      assert.ok(f?.focusTarget, `${where}: focus moves to the result's heading`);
      const tree = await ariaTree(page);
      assert.ok(findNode(tree, 'heading', view.headline, where).attrs.includes('level=2'));
      await axe(page, where);
      await forcedColoursContrast(page, where);
      await reflows(page, where);
      await screenshots(page, name(given.length + 1, 'result'));
      assert.deepEqual(problems, []);
      await context.close();
    });

    if (!PSEUDO.includes(lang)) {
      test(`${id} (${lang}) completes with the keyboard alone, recovering from an empty answer at every step`, async () => {
        const { page, context, problems } = await newPage(env);
        await openTest(page, env, id, lang);
        await startMirror(page, id, lang);
        await walk(page, {
          // The other order than the axe walk above, so more pages are reached by keyboard.
          pick: deepPick(page, ORDER[lang] === 'first' ? 'last' : 'first'),
          answer: async (p, s, value) => {
            const next = await answerWithKeyboard(p, s, value);
            const f = await focused(p);
            if (next.error) assert.match(f.cls, /error-summary/, `${id} ${lang} ${s.question}: focus on the error summary`);
            else assert.ok(f?.focusTarget, `${id} ${lang} after ${s.question}: focus moves to the new heading`);
            return next;
          },
          question: async (s) => {
            const where = `${id} ${lang} ${s.question}`;
            // Submit nothing: Tab to Continue and press Enter.
            await redrawAfter(page, async () => {
              await tabTo(page, (f) => f?.tag === 'button' && f.type === 'submit', 'the Continue button');
              await page.keyboard.press('Enter');
            });
            assert.match((await focused(page)).cls, /error-summary/, `${where}: focus moves to the error summary`);
            // The first thing after the summary is its link to the field; following it focuses the field.
            await page.keyboard.press('Tab');
            assert.equal((await focused(page)).tag, 'a', `${where}: Tab reaches the summary's link`);
            await page.keyboard.press('Enter');
            const f = await focused(page);
            assert.ok(f.tag === 'input' && (f.id === 'answer' || f.id === 'answer-0'), `${where}: Enter on the link focuses the field (${JSON.stringify(f)})`);
            // Step back out so answerWithKeyboard's Tab finds the control from the top of the form.
            await page.keyboard.press('Shift+Tab');
          },
        });
        assert.equal((await screen(page)).kind, 'result');
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
}

// Every question in every language (issue 13): the walks above take one path each; a question
// they did not reach is opened from a scenario file that asks it (its other answers, restored
// from a link) and checked with axe, as is its error state. Then every
// question id of every self-test (each is asked by some scenario file: tests/scenarios.rs) has
// been checked in Swedish, English and lättläst; test-output/a11y-questions.txt says by what.
test('axe checks every question of every self-test in sv, en and lättläst', async (t) => {
  const { page, context, problems } = await newPage(env, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.url);
  const rules = await rulesVersion(page);
  const cases = allCases();
  const all = new Map();
  for (const c of cases) for (const [q] of c.answers) all.set(`${c.test}\t${q}`, c.test);
  for (const lang of ['sv', 'en', 'sv-lattlast']) {
    for (const [key, id] of all) {
      if (VISITED.get(key)?.has(lang)) continue;
      const question = key.split('\t')[1];
      for (const c of cases.filter((c) => c.test === id && c.answers.some(([q]) => q === question))) {
        // Every other answer of the file: the self-test then stops at this one.
        const before = c.answers.filter(([q]) => q !== question);
        await page.goto('about:blank');
        await page.goto(`${env.url}?test=${id}&lang=${lang}${fragment(c, rules, before)}`);
        const form = page.locator('sjalvtest-widget').locator('form[data-question]');
        await form.waitFor();
        if ((await form.getAttribute('data-question')) !== question) continue;
        const where = `${id} ${lang} ${question} (from ${c.file})`;
        await axe(page, where);
        const s = await screen(page);
        await checkEmptyAnswerError(page, s, where);
        await axe(page, `${where}, error`);
        visit(id, lang, question, c.file);
        break;
      }
    }
  }
  const lines = [];
  const missing = [];
  for (const [key] of all) {
    const by = VISITED.get(key) ?? new Map();
    lines.push(`${key.replace('\t', ' ')}: ${['sv', 'en', 'sv-lattlast'].map((l) => `${l}=${by.get(l) ?? 'NOT CHECKED'}`).join(' ')}`);
    for (const l of ['sv', 'en', 'sv-lattlast']) if (!by.has(l)) missing.push(`${key.replace('\t', ' ')} (${l})`);
  }
  fs.writeFileSync(path.join(SHOTS, '..', 'a11y-questions.txt'), `${lines.sort().join('\n')}\n`);
  const walked = [...all.keys()].filter((k) => [...(VISITED.get(k)?.values() ?? [])].includes('walk')).length;
  t.diagnostic(`${all.size} questions; ${walked} reached by a walk, the rest opened from a scenario file; report in test-output/a11y-questions.txt`);
  assert.deepEqual(missing, [], 'questions axe never checked');
  assert.deepEqual(problems, []);
  await context.close();
});
