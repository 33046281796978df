// The scenario files (tests/scenarios/*.case) as the browser tests read them: a file's test,
// as-of date and answers in the order written (which is the order they are asked), read as
// `src/scenario.rs` reads them, and the link (`api::to_link`) that restores those answers.
// Not here: the expected halves (the native scenario test checks them).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCENARIO_DIR = path.join(ROOT, 'tests', 'scenarios');

/** A scenario file's test, as-of date and answers. */
export function parseCase(text) {
  const [input] = text.split('\n---\n');
  const c = { answers: [] };
  for (const line of input.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    const i = line.indexOf(':');
    const [key, value] = [line.slice(0, i).trim(), line.slice(i + 1).trim()];
    if (key === 'test') c.test = value;
    else if (key === 'as-of') c.asOf = value;
    else c.answers.push([key, value]);
  }
  return c;
}

/** Every scenario file, sorted by name: `{ file, test, asOf, answers }`. */
export function allCases() {
  return fs.readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.case')).sort()
    .map((f) => ({ file: f, ...parseCase(fs.readFileSync(path.join(SCENARIO_DIR, f), 'utf8')) }));
}

/** The fragment `api::to_link` writes for these answers under rules version `rules`. */
export function fragment(c, rules, answers = c.answers) {
  const e = encodeURIComponent;
  const parts = ['v=1', `t=${e(c.test)}`, `d=${e(c.asOf)}`, `r=${e(rules)}`,
    ...answers.map(([k, v]) => `a.${e(k)}=${e(v)}`)];
  return `#sjalvtest=${e(parts.join('&'))}`;
}

/** The rules version of the wasm the page serves. */
export async function rulesVersion(page) {
  return page.evaluate(async () => {
    const glue = await import('/pkg/sjalvtest.js');
    await glue.default({ module_or_path: '/pkg/sjalvtest_bg.wasm' });
    return glue.rulesVersion();
  });
}
