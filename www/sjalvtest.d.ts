// TypeScript types for the loader: the <sjalvtest-widget> element (sjalvtest.js registers it),
// define.js and the two events. The engine's own JavaScript API is typed in pkg/sjalvtest.d.ts
// (engine.d.ts in a release). Not here: anything that runs.

/** `detail` of `sjalvtest-result`: what was shown, never the answers. */
export interface SjalvtestResultDetail {
  test: string;
  lang: 'sv' | 'en' | 'sv-lattlast';
  verdict: 'may-be-eligible' | 'probably-not' | 'cannot-tell';
  headline: string;
  /** Machine-readable values, e.g. `{ 'per-month': '12152' }`. */
  summary: Record<string, string>;
  rulesVersion: string;
  asOf: string;
}

/** `detail` of `sjalvtest-error`; codes such as `unknown-test`, `bad-saved-session`, `load-failed`, `internal`. */
export interface SjalvtestErrorDetail {
  code: string;
  question: string | null;
  message: string;
}

/** The element. Attributes: `test`, `lang`, `mode` (`handler`), `as-of` (`YYYY-MM-DD`). */
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
}
