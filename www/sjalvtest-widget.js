// The <sjalvtest-widget> element class. It reads its attributes, attaches a shadow root, loads
// its test's wasm once per page, and hands the root to Rust, which draws the self-test and dispatches
// `sjalvtest-result` / `sjalvtest-error`. It forwards the root's events to Rust inside a try, and
// keeps the last saved answers in memory (never in storage), so an exception shows an apology
// and a retry that brings the answers back. No globals besides the class.

// Where the engines are, resolved from this file's own address (never the page's). The engine
// '' has every self-test (the JavaScript API, the demo's and handler's scripts, a widget whose
// test has no engine of its own); each self-test also has its own, smaller one, without the
// other tests' code and words, which a widget for that test loads. Each engine is its glue, its
// wasm and one text bundle per language (a page fetches only its own). The release
// (scripts/release.mjs) rewrites this line with the content-hashed names and their SRI hashes.
const ENGINE = engines(['aktivitetsersattning', 'livranta', 'sjukpenning', 'alternativ'], ['sv', 'en', 'sv-lattlast', 'en-XA', 'ar-XB']);
const at = (rel) => new URL(rel, import.meta.url).href;
const loading = new Map(); // engine → Promise<{ glue, sheet }>
const texts = new Map(); // "engine tag" → Promise<ArrayBuffer>

/** The files of scripts/build-wasm.sh: www/pkg/ for every test, www/pkg/<test>/ for one. */
function engines(tests, langs) {
  const files = (dir) => ({
    glue: `${dir}sjalvtest.js`, wasm: `${dir}sjalvtest_bg.wasm`,
    texts: Object.fromEntries(langs.map((lang) => [lang, `${dir}texts-${lang}.bin`])), integrity: {},
  });
  return Object.fromEntries([['', files('./pkg/')], ...tests.map((t) => [t, files(`./pkg/${t}/`)])]);
}

/** The engine a widget for `test` uses: the test's own, unless the one with every test is on the page already. */
function engineFor(test) {
  return test && Object.hasOwn(ENGINE, test) && !loading.has('') ? test : '';
}

/** The bundle a `lang` attribute needs, as the engine's `textsTag` reads it (checked after load). */
function textsTag(lang) {
  const t = lang.trim().toLowerCase();
  if (t === 'en-xa') return 'en-XA';
  if (t === 'ar-xb') return 'ar-XB';
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (t === 'sv-lattlast' || t === 'sv-x-lattlast') return 'sv-lattlast';
  return 'sv';
}

/** Fetches an engine's text bundle for a language once per page (at the same time as the engine). */
function fetchTexts(engine, tag) {
  const id = `${engine} ${tag}`;
  if (!texts.has(id)) {
    const files = ENGINE[engine];
    const integrity = files.integrity.texts?.[tag];
    const p = fetch(at(files.texts[tag] ?? files.texts.sv), integrity ? { integrity } : {}).then((r) => {
      if (!r.ok) throw new Error(`texts ${tag}: HTTP ${r.status}`);
      return r.arrayBuffer();
    });
    p.catch(() => texts.delete(id));
    texts.set(id, p);
  }
  return texts.get(id);
}

/**
 * The engine for `test` (every test when it is empty or has no engine of its own) with the words
 * for `lang` handed over.
 */
export async function loadLanguage(lang, test = '') {
  const which = engineFor(test);
  const guess = textsTag(lang);
  const [engine, bytes] = await Promise.all([loadEngine(which), fetchTexts(which, guess)]);
  const tag = engine.glue.textsTag(lang);
  if (!engine.glue.hasTexts(lang)) {
    const right = tag === guess ? bytes : await fetchTexts(which, tag);
    if (!engine.glue.setTexts(tag, new Uint8Array(right))) throw new Error(`texts ${tag}: not from this build`);
  }
  return engine;
}

/**
 * Imports a module; with an integrity hash, only after a <link rel=modulepreload> has fetched
 * and verified it (import() itself takes no integrity). The link is removed again.
 */
function verifiedImport(url, integrity) {
  if (!integrity) return import(url);
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'modulepreload', href: url, integrity, crossOrigin: 'anonymous' });
    link.addEventListener('load', () => { link.remove(); resolve(import(url)); });
    link.addEventListener('error', () => { link.remove(); reject(new Error(`${url} failed its integrity check`)); });
    (document.head ?? document.documentElement).append(link);
  });
}

/** Loads an engine's glue and wasm once per page, however many widgets use it. */
export function loadEngine(which = '') {
  if (!loading.has(which)) {
    const files = ENGINE[which];
    // The glue and the wasm are fetched at the same time; the wasm compiles while it streams.
    const wasm = fetch(at(files.wasm), files.integrity.wasm ? { integrity: files.integrity.wasm } : {});
    const p = Promise.all([verifiedImport(at(files.glue), files.integrity.glue), wasm]).then(async ([glue, response]) => {
      await glue.default({ module_or_path: response });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(glue.widgetCss());
      return { glue, sheet };
    });
    p.catch(() => loading.delete(which));
    loading.set(which, p);
  }
  return loading.get(which);
}

const EVENTS = ['submit', 'click', 'change', 'keydown'];
const SORRY = {
  sv: ['Något gick fel i testet. Vi ber om ursäkt. Dina svar finns kvar.', 'Försök igen', 'Läs mer på forsakringskassan.se'],
  en: ['Something went wrong in the self-test. We are sorry. Your answers are kept.', 'Try again', 'Read more on forsakringskassan.se'],
};

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export class SjalvtestWidgetElement extends HTMLElement {
  static observedAttributes = ['test', 'lang', 'mode', 'as-of', 'start'];
  #root = null;
  #widget = null;
  #saved = null;
  #generation = 0;

  #onEvent = (event) => {
    if (!this.#widget) {
      if (event.type === 'click' && event.target.closest?.('[data-action=retry]')) this.#mount();
      return;
    }
    try {
      this.#widget.handle(event);
      this.#saved = this.#widget.save();
    } catch (error) {
      event.preventDefault();
      this.#apologize(error);
    }
  };

  // A link pasted into the tab that already shows the test changes only the fragment: read it.
  #onHash = () => {
    if (!this.#widget || !location.hash.includes('sjalvtest=')) return;
    try {
      this.#widget.restoreLink(location.hash);
      this.#saved = this.#widget.save();
    } catch (error) {
      this.#apologize(error);
    }
  };

  connectedCallback() {
    if (!this.#root) {
      this.#root = this.attachShadow({ mode: 'open' });
      for (const type of EVENTS) this.#root.addEventListener(type, this.#onEvent);
    }
    window.addEventListener('hashchange', this.#onHash);
    this.#mount();
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#onHash);
    this.#generation++;
    this.#release();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#root || !this.isConnected) return;
    if (name === 'test') this.#saved = null;
    this.#mount();
  }

  /** The language: the element's own `lang`, else the nearest ancestor's, else Swedish. */
  get language() {
    return this.closest('[lang]')?.getAttribute('lang') || 'sv';
  }

  async #mount() {
    const generation = ++this.#generation;
    try {
      const { glue, sheet } = await loadLanguage(this.language, this.getAttribute('test') ?? '');
      if (generation !== this.#generation || !this.isConnected) return;
      this.#root.adoptedStyleSheets = [sheet];
      this.#release();
      this.#widget = glue.mountWidget(
        this, this.#root, this.getAttribute('test') ?? '', this.language,
        this.getAttribute('as-of') || today(), this.getAttribute('mode') ?? 'citizen',
        location.hash, this.#saved, this.getAttribute('start') ?? '',
      );
      this.#saved = this.#widget.save();
    } catch (error) {
      if (generation !== this.#generation) return;
      if (this.#saved) this.#apologize(error);
      else this.#showFallback(error);
    }
  }

  #release() {
    const widget = this.#widget;
    this.#widget = null;
    try { widget?.free(); } catch { /* a broken instance cannot be freed; drop it */ }
  }

  #error(code, error) {
    this.dispatchEvent(new CustomEvent('sjalvtest-error', {
      bubbles: true, composed: true,
      detail: { code, question: null, message: String(error?.message ?? error) },
    }));
  }

  /** The engine failed mid-way: say sorry, keep the answers, offer to try again. */
  #apologize(error) {
    this.#release();
    const [text, retry, more] = SORRY[this.language.startsWith('en') ? 'en' : 'sv'];
    const box = document.createElement('div');
    box.className = 'sjt';
    box.setAttribute('part', 'container');
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = text;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'primary';
    button.dataset.action = 'retry';
    button.textContent = retry;
    const link = document.createElement('a');
    link.href = 'https://www.forsakringskassan.se/';
    link.textContent = more;
    box.append(p, button, document.createElement('p'), link);
    this.#root.replaceChildren(box);
    this.#error('internal', error);
  }

  /** The engine could not load at all: show the light-DOM fallback content. */
  #showFallback(error) {
    this.#root.replaceChildren(document.createElement('slot'));
    this.#error('load-failed', error);
  }
}
