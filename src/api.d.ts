// TypeScript types of the JavaScript API's replies (src/api.rs, serialized by src/wasm.rs).
// wasm-bindgen copies this file into pkg/sjalvtest.d.ts (engine.d.ts in a release) beside the
// signatures of listTests and SjalvtestSession. Written by hand, and checked against what the
// Rust types serialize by tests/ts_types.rs (every key, every value's type, every literal) and by
// `tsc --strict` over tests/types/usage.ts (scripts/test.sh); a drift fails both.
// Not here: the element and its events (www/sjalvtest.d.ts).

/** The languages; "en-XA" and "ar-XB" are pseudo-locales for testing, never offered. */
export type Lang = "sv" | "en" | "sv-lattlast" | "en-XA" | "ar-XB";
export type Verdict = "may-be-eligible" | "probably-not" | "cannot-tell";
/** Whether a step was a condition met, a condition not met, or a fact worth stating. */
export type Check = "yes" | "no" | "info";
/** The form control a question needs. */
export type InputKind = "yes-no" | "one-of" | "date" | "month" | "kronor" | "level" | "count";
/** Why a call was refused; `internal` only if a reply could not be serialized. */
export type ErrorCode =
  | "unknown-test" | "unknown-question" | "not-asked" | "empty" | "not-a-choice" | "bad-date"
  | "date-too-early" | "date-in-future" | "bad-month" | "not-an-amount" | "negative-amount"
  | "amount-has-ore" | "amount-too-large" | "not-a-number" | "no-previous-question" | "not-finished"
  | "bad-as-of" | "bad-saved-session" | "unsupported-saved-version" | "internal";

export interface TestInfo { id: string; title: string; intro: string }
export interface LawView { text: string; url: string }
export interface OptionView { value: string; label: string; hint: string | null }
export interface QuestionView {
  kind: "question"; test: string; lang: Lang; id: string; input: InputKind;
  label: string; hint: string | null; options: OptionView[];
  /** The stored answer in canonical form, when the person went back to the question. */
  value: string | null;
  number: number; max: number; progress: string; can_go_back: boolean;
  law: LawView | null;
  /** A unit shown after a text field ("kr", "år"). */
  unit: string | null;
  /** The HTML `autocomplete` token when the field asks for the person's own data ("bday"). */
  autocomplete: string | null;
  /** The words the question uses that need explaining ("Vad betyder SGI?"), with definitions. */
  terms: TermView[];
  rules_version: string;
  /** `YYYY-MM-DD`. */
  as_of: string;
}
/** `machine` is the language-free value: whole kronor, `YYYY-MM`, `yes`/`no`, an id. */
export interface RowView { key: string; label: string; value: string; machine: string; hidden: boolean; group: string | null }
/** `step`: the failed rule step without words ("loss-at-least-one-fifteenth grad=1/20 …"). */
export interface FailedView { step: string; criterion: string; value: string; limit: string }
/** A date that matters: `date` is `YYYY-MM-DD`, `when` as a person reads it. */
export interface EventView { date: string; when: string; key: string; text: string }
/** A change that would turn a "probably not": its language-free form and its sentence. */
export interface ChangeView { change: string; text: string }
/** `step`: the rule step without words, its id then its values and limits. */
export interface StepView { law: LawView; step: string; text: string; check: Check; check_label: string }
export interface ParamView { name: string; value: string; period: string; source: string }
export interface AnswerView { question: string; label: string; answer: string }
/** A word that needs explaining; on a result page `at` is the part where it first appears. */
/** A question for a meeting, by whom it is for (the meeting sheet). */
export interface ToAskView {
  whom: "forsakringskassan" | "arbetsformedlingen" | "arbetsgivaren" | "varden";
  who: string;
  text: string;
}
export interface TermView {
  key: string;
  at: "question" | "facts" | "failed" | "notes" | "next-steps" | "reasons";
  question: string;
  definition: string;
}
export interface OutcomeView {
  kind: "outcome"; test: string; lang: Lang; verdict: Verdict; verdict_label: string; headline: string;
  rows: RowView[]; failed: FailedView | null; changes: ChangeView[]; timeline: EventView[]; moves: ChangeView[];
  reasons: StepView[]; params: ParamView[]; notes: string[]; next_steps: string[];
  answers: AnswerView[]; to_ask: ToAskView[]; terms: TermView[]; rules_version: string;
  /** `YYYY-MM-DD`. */
  as_of: string;
}
export type View = QuestionView | OutcomeView;
export interface ErrorView { code: ErrorCode; question: string | null; message: string }
/** Every call's reply: `view` is the screen now (`null` when there is no session). */
export interface Reply { ok: boolean; view: View | null; error: ErrorView | null }
/** A session as plain data, from `save()`, for `SjalvtestSession.restore`. */
export interface Saved {
  format: number; test: string; as_of: string; rules: string; answers: Record<string, string>;
  /** The answered question on screen when the person had gone back; `null` at the first open question or the result. */
  at?: string | null;
}
