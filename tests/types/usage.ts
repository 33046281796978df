// Uses the engine's JavaScript API and the element's events as a partner's TypeScript would, so
// that `tsc --noEmit --strict` (scripts/test.sh, after the wasm build) fails when the generated
// www/pkg/sjalvtest.d.ts, src/api.d.ts inside it, or www/sjalvtest.d.ts stop fitting together or
// stop being precise. Every `@ts-expect-error` line is a mistake the types must catch (tsc fails
// if it is not an error). Not run: tests/ts_types.rs checks the values against the same types.

import init, { listTests, rulesVersion, SjalvtestSession } from '../../www/pkg/sjalvtest.js';
import type {
  Check, ErrorCode, InputKind, Lang, OutcomeView, QuestionView, Reply, Saved, TestInfo, Verdict, View,
} from '../../www/pkg/sjalvtest.js';
import { defineSjalvtestWidget, SjalvtestWidgetElement } from '../../www/sjalvtest.js';
import type { SjalvtestErrorDetail, SjalvtestResultDetail } from '../../www/sjalvtest.js';

/** A switch that must name every member: adding one to the types fails here until handled. */
function never(x: never): never {
  throw new Error(`unexpected ${String(x)}`);
}

function inputLabel(kind: InputKind): string {
  switch (kind) {
    case 'yes-no': case 'one-of': case 'level': return 'choice';
    case 'date': case 'month': case 'kronor': case 'count': return 'text';
    default: return never(kind);
  }
}

function verdictLabel(v: Verdict): string {
  switch (v) {
    case 'may-be-eligible': return 'yes';
    case 'probably-not': return 'no';
    case 'cannot-tell': return 'unknown';
    default: return never(v);
  }
}

function checkMark(c: Check): string {
  return c === 'yes' ? '✓' : c === 'no' ? '✗' : 'i';
}

function describeQuestion(q: QuestionView): string {
  const options = q.options.map((o) => `${o.value}: ${o.label}${o.hint === null ? '' : ` (${o.hint})`}`);
  const law = q.law ? `${q.law.text} <${q.law.url}>` : '';
  const n: number = q.number + q.max;
  return [q.id, inputLabel(q.input), q.label, q.hint ?? '', q.value ?? '', q.unit ?? '', q.autocomplete ?? '',
    q.progress, String(q.can_go_back), law, String(n), q.rules_version, q.as_of, q.lang, q.test, ...options].join('\n');
}

function describeOutcome(o: OutcomeView): string {
  const rows = o.rows.filter((r) => !r.hidden).map((r) => `${r.key} ${r.label}: ${r.value} (${r.machine})`);
  const failed = o.failed ? `${o.failed.criterion}: ${o.failed.value} / ${o.failed.limit}` : '';
  const reasons = o.reasons.map((s) => `${checkMark(s.check)} ${s.check_label} ${s.law.text}: ${s.text}`);
  const params = o.params.map((p) => `${p.name} ${p.value} ${p.period} ${p.source}`);
  const answers = o.answers.map((a) => `${a.question} ${a.label}: ${a.answer}`);
  return [verdictLabel(o.verdict), o.verdict_label, o.headline, failed, ...rows, ...reasons, ...params,
    ...o.notes, ...o.next_steps, ...answers, o.rules_version, o.as_of, o.lang, o.test].join('\n');
}

function describe(view: View): string {
  switch (view.kind) {
    case 'question':
      // @ts-expect-error a question has no verdict: the union is tagged by `kind`.
      void view.verdict;
      return describeQuestion(view);
    case 'outcome':
      return describeOutcome(view);
    default:
      return never(view);
  }
}

function handle(reply: Reply): string {
  if (reply.ok) return reply.view ? describe(reply.view) : '';
  const e = reply.error;
  if (e === null) return 'no error';
  const code: ErrorCode = e.code;
  // @ts-expect-error an error code is one of the declared codes, not any string.
  const wrong: ErrorCode = 'no-such-code';
  void wrong;
  return `${code} ${e.question ?? ''} ${e.message}`;
}

export async function run(): Promise<string[]> {
  await init();
  const tests: TestInfo[] = listTests('sv');
  const out = tests.map((t) => `${t.id}: ${t.title}. ${t.intro}`);
  const s = SjalvtestSession.start('aktivitetsersattning', 'sv', '2026-11-25');
  out.push(handle(s.view()), handle(s.answer('birth-date', '2004-03-15')), handle(s.back()), handle(s.outcome()));
  out.push(handle(s.edit('birth-date')), handle(s.setAsOf('2026-01-15')), handle(s.setLang('en')), handle(s.restart()));
  // @ts-expect-error a reply is not a string.
  const text: string = s.view();
  void text;
  const saved: Saved | null = s.save();
  if (saved) {
    const lang: Lang = 'sv-lattlast';
    const again = SjalvtestSession.restore(saved, lang);
    out.push(handle(again.view()), saved.format.toFixed(0), saved.test, saved.as_of, saved.rules, saved.at ?? '');
    for (const [id, answer] of Object.entries(saved.answers)) out.push(`${id}=${answer}`);
    again.free();
  }
  // @ts-expect-error restore takes a saved session, not a string.
  SjalvtestSession.restore('v=1', 'sv');
  s.free();
  out.push(rulesVersion());
  return out;
}

// The element and its events.
const Element: typeof SjalvtestWidgetElement = defineSjalvtestWidget('my-sjalvtest', customElements);
const widget = document.createElement('sjalvtest-widget');
const language: string = widget.language;
void Element;
void language;
widget.addEventListener('sjalvtest-result', (e) => {
  const d: SjalvtestResultDetail = e.detail;
  const perMonth: string | undefined = d.summary['per-month'];
  console.log(d.test, d.lang, verdictLabel(d.verdict), d.headline, perMonth, d.rulesVersion, d.asOf);
  // @ts-expect-error the event carries no answers.
  void d.answers;
});
document.addEventListener('sjalvtest-error', (e) => {
  const d: SjalvtestErrorDetail = e.detail;
  const fromEngine: ErrorCode | 'load-failed' = d.code;
  console.log(fromEngine, d.question ?? '', d.message);
});
