// The <sjalvtest-widget> element class. It only reads its attributes, attaches a shadow root,
// loads the wasm once per page, and hands the root to Rust, which draws the self-test and
// dispatches `sjalvtest-result` / `sjalvtest-error` on the element. No globals besides the class.

const base = new URL('./pkg/', import.meta.url);
let loading = null;

/** Loads the glue and the wasm once per page, however many widgets there are. */
export function loadEngine() {
  if (!loading) {
    loading = import(new URL('sjalvtest.js', base).href).then(async (glue) => {
      await glue.default({ module_or_path: new URL('sjalvtest_bg.wasm', base) });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(glue.widgetCss());
      return { glue, sheet };
    });
    loading.catch(() => { loading = null; });
  }
  return loading;
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export class SjalvtestWidgetElement extends HTMLElement {
  static observedAttributes = ['test', 'lang', 'mode', 'as-of'];
  #root = null;
  #widget = null;
  #generation = 0;

  connectedCallback() {
    this.#mount();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#release();
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after && this.#root && this.isConnected) this.#mount();
  }

  /** The language: the element's own `lang`, else the nearest ancestor's, else Swedish. */
  get language() {
    return this.closest('[lang]')?.getAttribute('lang') || 'sv';
  }

  async #mount() {
    const generation = ++this.#generation;
    this.#root ??= this.attachShadow({ mode: 'open' });
    try {
      const { glue, sheet } = await loadEngine();
      if (generation !== this.#generation || !this.isConnected) return;
      this.#root.adoptedStyleSheets = [sheet];
      this.#release();
      this.#widget = glue.mountWidget(
        this, this.#root, this.getAttribute('test') ?? '', this.language,
        this.getAttribute('as-of') || today(),
      );
    } catch (error) {
      if (generation === this.#generation) this.#showFallback(error);
    }
  }

  #release() {
    this.#widget?.destroy();
    this.#widget?.free();
    this.#widget = null;
  }

  /** Shows the light-DOM fallback content and says why. */
  #showFallback(error) {
    this.#root.replaceChildren(document.createElement('slot'));
    this.dispatchEvent(new CustomEvent('sjalvtest-error', {
      bubbles: true, composed: true,
      detail: { code: 'load-failed', question: null, message: String(error?.message ?? error) },
    }));
  }
}
