// One self-test completed with the keyboard alone, in Swedish and in English, including a
// refused answer: the error summary takes focus, the typed text stays, and fixing it goes on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, widgetText } from './browser.mjs';
import { focused, tabTo, isText, isRadio } from './driver.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function typeAnswer(page, text) {
  await tabTo(page, isText, 'the text field');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Chooses the option `index` steps down from the first, then submits with Enter. */
async function chooseOption(page, index) {
  await tabTo(page, isRadio, 'the first option');
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** The start screen, by keyboard: Tab to its button and press Enter. */
async function startByKeyboard(page) {
  await page.locator('sjalvtest-widget').locator('[data-action=begin]').waitFor();
  await tabTo(page, (f) => f?.tag === 'button', 'the start button');
  await page.keyboard.press('Enter');
  await page.locator('sjalvtest-widget').locator('input').first().waitFor();
}

async function waitForHeading(page, text) {
  await page.locator('sjalvtest-widget').getByRole('heading', { name: text }).waitFor({ timeout: 5000 });
}

for (const [lang, h] of [
  ['sv', { q2: 'Bor eller arbetar du i Sverige?', problem: 'Det finns ett problem', result: 'Du kan ha rätt till hel aktivitetsersättning', month: '12 152 kr', next: 'Så går du vidare' }],
  ['en', { q2: 'Do you live or work in Sweden?', problem: 'There is a problem', result: 'You may be entitled to full activity compensation', month: 'SEK 12,152', next: 'What to do next' }],
]) {
  test(`aktivitetsersättning completes by keyboard alone (${lang})`, async () => {
    const { page, problems, context } = await newPage(env);
    await page.goto(`${env.url}?test=aktivitetsersattning&lang=${lang}&as-of=2025-01-15`);
    await startByKeyboard(page);

    // A date that does not exist is refused with a linked, announced error; the text stays.
    await typeAnswer(page, '2004-02-30');
    await page.locator('sjalvtest-widget').getByRole('alert').waitFor();
    assert.match(await widgetText(page), new RegExp(h.problem));
    assert.equal((await focused(page)).cls, 'error-summary', 'focus moves to the error summary');
    const kept = await page.locator('sjalvtest-widget').locator('input[name=answer]').inputValue();
    assert.equal(kept, '2004-02-30', 'the typed text is kept');
    const invalid = await page.locator('sjalvtest-widget').locator('input[name=answer]').getAttribute('aria-invalid');
    assert.equal(invalid, 'true');

    // Fix it with the keyboard: select the text and type over it.
    await tabTo(page, isText, 'the text field');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2004-03-15');
    await page.keyboard.press('Enter');
    await waitForHeading(page, h.q2);
    assert.equal((await focused(page)).tag, 'h2', 'focus moves to the new question');

    await chooseOption(page, 0); // lives in Sweden
    await chooseOption(page, 0); // reduced capacity
    await chooseOption(page, 4); // entirely
    await chooseOption(page, 1); // at least a year
    await chooseOption(page, 0); // lived in Sweden since 16: yes
    await chooseOption(page, 1); // income from work: no

    await waitForHeading(page, h.result);
    const text = await widgetText(page);
    assert.ok(text.replace(/\u00a0/g, ' ').includes(h.month), `the monthly amount ${h.month} is shown`);
    assert.ok(text.includes('SFB 33 kap. 18 §'), 'reasons cite the law');
    assert.ok(text.includes(h.next), 'next steps are shown');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the back button returns to the previous question with its answer kept', async () => {
  const { page, problems, context } = await newPage(env);
  await page.goto(`${env.url}?test=aktivitetsersattning&lang=sv&as-of=2025-01-15`);
  await startByKeyboard(page);
  await typeAnswer(page, '2004-03-15');
  await waitForHeading(page, 'Bor eller arbetar du i Sverige?');
  await tabTo(page, (f) => f?.tag === 'button' && f.text === 'Tillbaka', 'the back button');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'När är du född?');
  const value = await page.locator('sjalvtest-widget').locator('input[name=answer]').inputValue();
  assert.equal(value, '2004-03-15');
  assert.deepEqual(problems, []);
  await context.close();
});
