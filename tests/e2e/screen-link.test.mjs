// The screening's links in the widget (issue 14): `sjalvtest screen --profile informera` on a
// register-shaped export gives each flag a link into the alternatives self-test; opened in
// Chromium, it restores the facts the record held (no "link refused"), asks first what the
// record did not hold, and never asks a held fact again.
// Not here: the flags themselves (tests/screen.rs).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { start, newPage } from './browser.mjs';
import { ROOT } from './scenarios.mjs';
import { walk } from './driver.mjs';

const env = await start();
after(() => env.close());

function screen(base) {
  const args = ['run', '--quiet', '--bin', 'sjalvtest', '--', 'screen', '--input',
    path.join(ROOT, 'tests', 'fixtures', 'register-informera.csv'), '--as-of', '2025-06-15',
    '--profile', 'informera', '--link-base', base];
  return new Promise((resolve, reject) => {
    execFile('cargo', args, { cwd: ROOT, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${error.message}\n${stderr}`));
      resolve(stdout.trim().split('\n').map((l) => JSON.parse(l)));
    });
  });
}

test('a flag’s link opens the self-test with the record’s facts filled in', async () => {
  const lines = await screen(`${env.url}?lang=sv`);
  const flag = lines.find((l) => l.id === 'S420').flags.find((f) => f.benefit === 'sjukersattning');
  assert.ok(flag.link.startsWith(`${env.url}?lang=sv&test=alternativ#sjalvtest=`), flag.link);
  const { page, context, problems } = await newPage(env);
  await page.goto(flag.link);
  const widget = page.locator('sjalvtest-widget');
  const form = widget.locator('form[data-question]');
  await form.waitFor();
  assert.equal(await widget.locator('.notice, [role=alert]').count(), 0, 'the link is not refused');
  assert.equal(await form.getAttribute('data-question'), 'insured', 'first what the record did not hold');
  const given = await walk(page);
  const asked = given.map(([q]) => q);
  assert.equal(asked[0], 'insured');
  for (const held of ['birth-date', 'sick-days']) assert.ok(!asked.includes(held), `${held} was filled in: ${asked}`);
  await widget.locator('section.result').waitFor();
  const answers = await widget.locator('.answers').first().textContent();
  assert.match(answers, /1 mars 1968/, 'the record’s birth date is among the answers');
  assert.deepEqual(problems, []);
  await context.close();
});
