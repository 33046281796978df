// Drives any self-test through the <sjalvtest-widget> by what its form says about itself, so the
// browser tests cover every self-test the wasm API lists, including ones added later. A question
// is a form with `data-question` and `data-input` (yes-no | one-of | level | date | month |
// kronor | count); radios are picked by position, text fields get sample values (the next one
// when a value is refused) until the result page (`section.result`) appears.
// Not here: what the tests assert (a11y.test.mjs, keyboard.test.mjs, agreement.test.mjs).
import assert from 'node:assert/strict';

/** The date every browser test evaluates under, so results do not depend on the clock. */
export const AS_OF = '2025-01-15';
export const LANGS = ['sv', 'en'];

/** The Continue button's name per language (the one UI string the tests need). */
export const CONTINUE = { sv: 'Fortsätt', en: 'Continue' };

/** Sample answers for text fields, tried in order until one is accepted. */
export function samples(input, question, heading) {
  switch (input) {
    case 'date':
      return /birth|född|born/i.test(`${question} ${heading}`)
        ? ['1990-01-01', '2004-03-15', '1960-01-01', '1950-06-15']
        : ['2025-01-15', '2025-01-01', '2024-06-01', '2026-06-01', '1990-01-01'];
    case 'month':
      return ['2026-06', '2025-06', '2024-06', '2030-06'];
    case 'kronor':
      return ['300000', '0', '30000', '1000000'];
    case 'count':
      return ['10', '1', '0', '5', '40'];
    default:
      return [];
  }
}

export const isRadioInput = (input) => ['yes-no', 'one-of', 'level'].includes(input);

/** The ids of every self-test, from the wasm API in the page (the demo page loads it once). */
export async function listTests(page, lang = 'en') {
  return page.evaluate(async (lang) => {
    const glue = await import('/pkg/sjalvtest.js');
    await glue.default({ module_or_path: '/pkg/sjalvtest_bg.wasm' });
    for (const tag of glue.textsTags()) {
      glue.setTexts(tag, new Uint8Array(await (await fetch(`/pkg/texts-${tag}.bin`)).arrayBuffer()));
    }
    return glue.listTests(lang).map((t) => t.id);
  }, lang);
}

/**
 * Opens the demo page on one self-test and waits until the first question is drawn, passing the
 * start screen (unless `{ start: true }`, which stops on it).
 */
export async function openTest(page, env, id, lang, { start = false } = {}) {
  await page.goto(`${env.url}?test=${encodeURIComponent(id)}&lang=${lang}&as-of=${AS_OF}`);
  const widget = page.locator('sjalvtest-widget');
  await widget.locator('form[data-question], section.result, [data-action=begin]').first().waitFor();
  if (!start) await passStart(page);
}

/** Waits until the widget shows its start screen or a question, and passes the start screen. */
export async function started(page, selector = 'sjalvtest-widget', timeout = 10_000) {
  await page.locator(selector).locator('[data-action=begin], form[data-question]').first().waitFor({ timeout });
  await passStart(page, selector);
}

/** On the start screen, presses its button and waits for the first question. */
export async function passStart(page, selector = 'sjalvtest-widget') {
  const begin = page.locator(selector).locator('[data-action=begin]');
  if (await begin.count()) {
    await begin.click();
    await page.locator(selector).locator('form[data-question]').waitFor();
  }
}

/** What the widget shows now, read from its shadow root. */
export function screen(page) {
  return page.locator('sjalvtest-widget').evaluate((host) => {
    const root = host.shadowRoot;
    const form = root?.querySelector('form[data-question]');
    const result = root?.querySelector('section.result');
    const error = root?.querySelector('.error-summary');
    if (form) {
      return {
        kind: 'question',
        question: form.dataset.question,
        input: form.dataset.input,
        heading: root.querySelector('[data-focus]')?.textContent.trim() ?? '',
        options: [...root.querySelectorAll('input[type=radio]')].map((r) => root.querySelector(`label[for="${r.id}"]`)?.textContent.trim()),
        values: [...root.querySelectorAll('input[type=radio]')].map((r) => r.value),
        error: error ? error.textContent.trim() : null,
        progress: root.querySelector('.progress')?.textContent.trim() ?? '',
      };
    }
    if (result) return { kind: 'result', heading: root.querySelector('[data-focus]')?.textContent.trim() ?? '' };
    return { kind: 'other', text: root?.textContent ?? '' };
  });
}

/**
 * Marks the drawn screen, runs `action`, and waits until the widget has drawn a new one. The
 * widget replaces its children on every draw (even when it redraws the same question with an
 * error), so a marked container that is gone means a new draw.
 */
export async function redrawAfter(page, action) {
  const widget = page.locator('sjalvtest-widget');
  await widget.evaluate((host) => { host.shadowRoot.firstElementChild.dataset.testOld = ''; });
  await action();
  await page.waitForFunction(() => {
    const first = document.querySelector('sjalvtest-widget')?.shadowRoot?.firstElementChild;
    return first && !('testOld' in first.dataset);
  }, null, { timeout: 5000 });
}

/** What has focus, inside the widget's shadow root if that is where it is. */
export function focused(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return null;
    return {
      tag: a.tagName.toLowerCase(), type: a.getAttribute('type'), id: a.id, text: a.textContent.trim(),
      cls: a.className, focusTarget: a.hasAttribute('data-focus'),
    };
  });
}

/** Presses Tab until `want(focused)` holds; fails after `max` presses. */
export async function tabTo(page, want, what, max = 25) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (want(await focused(page))) return;
  }
  assert.fail(`could not reach ${what} with Tab`);
}

export const isText = (f) => f?.tag === 'input' && f.type === 'text';
export const isRadio = (f) => f?.tag === 'input' && f.type === 'radio';

/**
 * Answers the question on screen with the mouse and the fill API. `value` is an option index for
 * radios or the text for a text field. Resolves to the screen drawn after.
 */
export async function answerWithMouse(page, s, value) {
  const widget = page.locator('sjalvtest-widget');
  await redrawAfter(page, async () => {
    if (isRadioInput(s.input)) await widget.locator('input[type=radio]').nth(value).check();
    else await widget.locator('input[name=answer]').fill(String(value));
    await widget.locator('button[type=submit]').click();
  });
  return screen(page);
}

/** Answers the question on screen with the keyboard alone: Tab to the control, choose or type, Enter. */
export async function answerWithKeyboard(page, s, value) {
  await redrawAfter(page, async () => {
    if (isRadioInput(s.input)) {
      await tabTo(page, isRadio, 'the first option');
      // Tab lands on the first radio when none is checked; arrows move and check.
      if (value === 0) await page.keyboard.press('Space');
      for (let i = 0; i < value; i++) await page.keyboard.press('ArrowDown');
    } else {
      await tabTo(page, isText, 'the text field');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(String(value));
    }
    await page.keyboard.press('Enter');
  });
  return screen(page);
}

/**
 * Walks one self-test to its result. For each question, `question(s, step, given)` runs first;
 * then `answer(page, s, value)` tries the candidates (`pick(s, step, given)`, maybe async, for
 * radios, else the samples) until the widget moves on. `given` collects the accepted answers as
 * [question id, raw value] pairs (a radio's value attribute), and is what the walk resolves to.
 */
export async function walk(page, { answer = answerWithMouse, pick = () => 0, question = async () => {}, maxSteps = 40 } = {}) {
  const given = [];
  await passStart(page);
  let s = await screen(page);
  for (let step = 1; s.kind === 'question'; step++) {
    assert.ok(step <= maxSteps, `no result after ${maxSteps} questions`);
    await question(s, step, given);
    s = await screen(page);
    const here = s;
    const candidates = isRadioInput(s.input)
      ? [await pick(s, step, given), ...s.options.keys()].filter((i, n, all) => i < s.options.length && all.indexOf(i) === n)
      : samples(s.input, s.question, s.heading);
    assert.ok(candidates.length > 0, `${s.question}: no way to answer input ${s.input}`);
    let moved = false;
    for (const value of candidates) {
      s = await answer(page, here, value);
      const refused = s.kind === 'question' && s.question === here.question && s.error !== null;
      if (!refused) {
        given.push([here.question, isRadioInput(here.input) ? here.values[value] : String(value)]);
        moved = true;
        break;
      }
    }
    assert.ok(moved, `${here.question}: every sample answer was refused (${candidates.join(', ')})`);
  }
  assert.equal(s.kind, 'result', `the walk ended on ${JSON.stringify(s)}`);
  return given;
}
