// The meeting sheet (issue 13): for the scenario files with the most answers of each self-test,
// restored from a link in Swedish, English and lättläst, the result page opens the sheet by
// keyboard (focus on its heading, back on the button when closed), axe finds nothing on it, it
// holds the answers, the reasons with paragraphs, the questions to ask and the link that
// restores the result, that link opens the same result, and printed to PDF in headless Chromium
// on A4 it is one page.
// Not here: the figures on it (scenario files; the sheet shows the same view).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { start, newPage } from './browser.mjs';
import { focused, tabTo } from './driver.mjs';
import { ROOT, allCases, fragment, rulesVersion } from './scenarios.mjs';

const OUT = path.join(ROOT, 'test-output', 'sheets');
fs.mkdirSync(OUT, { recursive: true });
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LANGS = ['sv', 'en', 'sv-lattlast'];
/** How many scenario files per self-test: those with the most answers, the longest sheets. */
const PER_TEST = 3;

const CASES = (() => {
  const byTest = new Map();
  for (const c of allCases()) byTest.set(c.test, [...(byTest.get(c.test) ?? []), c]);
  return [...byTest.values()].flatMap((cs) => cs.sort((a, b) => b.answers.length - a.answers.length).slice(0, PER_TEST));
})();

/** Pages in a PDF: the leaf page objects. */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

const env = await start();
after(() => env.close());
const RULES = await (async () => {
  const { page, context } = await newPage(env);
  await page.goto(env.url);
  const rules = await rulesVersion(page);
  await context.close();
  return rules;
})();

const sheetState = (page) => page.locator('sjalvtest-widget').evaluate((host) => {
  const sheet = host.shadowRoot.querySelector('section.sheet');
  return sheet && {
    hidden: sheet.hidden, text: sheet.textContent,
    link: sheet.querySelector('a.restore')?.getAttribute('href') ?? null,
    headline: host.shadowRoot.querySelector('.headline')?.textContent ?? null,
    sheetHeadline: sheet.querySelector('.sheet-headline')?.textContent ?? null,
    answers: sheet.querySelectorAll('.answers li').length,
    reasons: sheet.querySelectorAll('.reasons li').length,
    laws: [...sheet.querySelectorAll('.reasons li')].filter((li) => /§|kap\.|förordning/.test(li.textContent)).length,
    toAsk: sheet.querySelectorAll('h4 + ul li').length,
  };
});

for (const c of CASES) {
  for (const lang of LANGS) {
    test(`meeting sheet: ${c.file} (${lang})`, async () => {
      const { page, context, problems } = await newPage(env);
      try {
        await page.goto(`${env.url}?test=${c.test}&lang=${lang}${fragment(c, RULES)}`);
        const widget = page.locator('sjalvtest-widget');
        await widget.locator('section.result [data-action=sheet]').waitFor();
        let s = await sheetState(page);
        assert.equal(s.hidden, true, 'the sheet waits behind its button');

        // By keyboard: Tab to the button, Enter, focus on the sheet's heading.
        await tabTo(page, (f) => f?.tag === 'button' && f.text === 'Sammanfattning inför ett möte'
          || f?.tag === 'button' && f.text === 'Summary for a meeting'
          || f?.tag === 'button' && f.text === 'Sammanfattning till ett möte', 'the sheet button', 80);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelector('sjalvtest-widget').shadowRoot
          .querySelector('section.sheet:not([hidden])'));
        const f = await focused(page);
        assert.equal(f.id, 'sheet-title', 'focus moves to the sheet heading');
        s = await sheetState(page);
        assert.equal(s.answers, c.answers.length, 'every answer is on the sheet');
        assert.ok(s.reasons > 0 && s.laws === s.reasons, 'every reason names its paragraph');
        assert.ok(s.toAsk > 0, 'questions to ask');
        assert.ok(s.link?.includes('#sjalvtest='), 'the link that restores the result');

        await page.addScriptTag({ content: AXE_SOURCE });
        const violations = await page.evaluate(async (tags) => (await window.axe.run(document,
          { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations
          .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`), WCAG_TAGS);
        assert.deepEqual(violations, [], 'axe on the open sheet');

        const pdf = await page.pdf({ format: 'A4', printBackground: false });
        fs.writeFileSync(path.join(OUT, `${c.file.replace(/\.case$/, '')}.${lang}.pdf`), pdf);
        assert.equal(pageCount(pdf), 1, `${c.file} (${lang}): the sheet prints on one A4 page`);

        // Closing it brings focus back to its button.
        await widget.locator('section.sheet [data-action=sheet-close]').press('Enter');
        await page.waitForFunction(() => document.querySelector('sjalvtest-widget').shadowRoot
          .querySelector('section.sheet[hidden]'));
        assert.equal((await focused(page)).tag, 'button');

        // The printed result closed, too, is the sheet: the print stylesheet shows only it.
        const pdf2 = await page.pdf({ format: 'A4' });
        assert.equal(pageCount(pdf2), 1, 'printing the result page prints the sheet');

        // The link on the sheet opens the same result.
        const { page: other, context: ctx2 } = await newPage(env);
        await other.goto(s.link);
        await other.locator('sjalvtest-widget').locator('section.result .headline').waitFor();
        const again = await sheetState(other);
        assert.equal(again.headline, s.sheetHeadline);
        await ctx2.close();
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}
