// TypeScript types for the loader: the <sjalvtest-widget> element (sjalvtest.js registers it),
// define.js and the two events. The engine's own JavaScript API is typed in pkg/sjalvtest.d.ts
// (engine.d.ts in a release). Not here: anything that runs.
// The events' details are checked against what Rust emits (src/api.rs: `ResultDetail`,
// `ErrorView`) and the codes sjalvtest-widget.js adds, by tests/ts_types.rs, and compiled with
// `tsc --strict` over tests/types/usage.ts (scripts/test.sh).

/** `detail` of `sjalvtest-result`: what was shown, never the answers. */
export interface SjalvtestResultDetail {
  test: string;
  /** "en-XA" and "ar-XB" are pseudo-locales for testing, never offered. */
  lang: 'sv' | 'en' | 'sv-lattlast' | 'en-XA' | 'ar-XB';
  verdict: 'may-be-eligible' | 'probably-not' | 'cannot-tell';
  headline: string;
  /** Machine-readable values, e.g. `{ 'per-month': '12152' }`. */
  summary: Record<string, string>;
  rulesVersion: string;
  asOf: string;
}

/**
 * `detail` of `sjalvtest-error`: an answer or a saved link the engine refused (the engine API's
 * `ErrorCode`), `load-failed` when the script or the wasm could not load, `internal` when the
 * engine failed mid-way.
 */
export interface SjalvtestErrorDetail {
  code:
    | 'unknown-test' | 'unknown-question' | 'not-asked' | 'empty' | 'not-a-choice' | 'bad-date'
    | 'date-too-early' | 'date-in-future' | 'bad-month' | 'not-an-amount' | 'negative-amount'
    | 'amount-has-ore' | 'amount-too-large' | 'not-a-number' | 'no-previous-question' | 'not-finished'
    | 'bad-as-of' | 'bad-saved-session' | 'unsupported-saved-version' | 'internal' | 'load-failed';
  question: string | null;
  message: string;
}

/** The element. Attributes: `test`, `lang`, `mode` (`handler`), `as-of` (`YYYY-MM-DD`), `start` (`skip`). */
export declare class SjalvtestWidgetElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The element's own `lang`, else the nearest ancestor's, else `sv`. */
  readonly language: string;
}

/** Registers the element under `name` (default `sjalvtest-widget`); a second call is harmless. */
export declare function defineSjalvtestWidget(name?: string, registry?: CustomElementRegistry): typeof SjalvtestWidgetElement;

declare global {
  interface HTMLElementTagNameMap {
    'sjalvtest-widget': SjalvtestWidgetElement;
  }
  interface HTMLElementEventMap {
    'sjalvtest-result': CustomEvent<SjalvtestResultDetail>;
    'sjalvtest-error': CustomEvent<SjalvtestErrorDetail>;
  }
  // Both events bubble and are composed, so a page may listen on the document or the window.
  interface DocumentEventMap {
    'sjalvtest-result': CustomEvent<SjalvtestResultDetail>;
    'sjalvtest-error': CustomEvent<SjalvtestErrorDetail>;
  }
  interface WindowEventMap {
    'sjalvtest-result': CustomEvent<SjalvtestResultDetail>;
    'sjalvtest-error': CustomEvent<SjalvtestErrorDetail>;
  }
}
