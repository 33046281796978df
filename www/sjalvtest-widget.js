// The <sjalvtest-widget> element class. It reads its attributes, attaches a shadow root, loads
// its test's wasm once per page, and hands what the person does to the engine (src/widget.rs),
// which says what to show next as data (a frame); this file draws the frame into the root,
// moves focus and dispatches `sjalvtest-result` / `sjalvtest-error`. Each event is handled inside
// a try, and the last saved answers are kept in memory (never in storage), so an exception shows
// an apology and a retry that brings the answers back. No globals besides the class.

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

/**
 * The engine a widget for `test` uses: the test's own, unless the one with every test is on the
 * page already, or the widget is in handler mode (the one-test engines are for citizens: no
 * handler page, trace tables or case note).
 */
function engineFor(test, mode = 'citizen') {
  return test && mode !== 'handler' && Object.hasOwn(ENGINE, test) && !loading.has('') ? test : '';
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
 * The engine for `test` in `mode` (every test when it is empty, has no engine of its own, or
 * the mode is "handler") with the words for `lang` handed over.
 */
export async function loadLanguage(lang, test = '', mode = 'citizen') {
  const which = engineFor(test, mode);
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

// --- Drawing a frame -----------------------------------------------------------------------------
// The engine says what a screen holds (a frame: src/widget.rs, its views: src/api.rs); these
// functions build its elements. Only text content and attributes are set, never innerHTML, so
// nothing a person types can become markup, and pages that enforce Trusted Types accept it.

/** Appends each child that is there: an element, or a non-empty string as a text node. */
function add(parent, ...children) {
  for (const c of children) if (c != null && c !== '') parent.append(c);
  return parent;
}

/** An element with attributes (a null value is left out) and children. */
function h(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) if (v != null) e.setAttribute(k, v);
  return add(e, ...children);
}

const CHOICE = ['yes-no', 'one-of', 'level'];
const WHOM = ['forsakringskassan', 'arbetsformedlingen', 'arbetsgivaren', 'varden'];
const pageBase = () => location.href.split('#')[0];
/** The id of a question's first control, for the error summary's link. */
const firstControl = (prefix, q) => `${prefix}${CHOICE.includes(q.input) ? 'answer-0' : 'answer'}`;

/** Draws frame `f` with the words `W` (src/widget.rs `words`); null when there is nothing to show. */
function drawFrame(f, W) {
  const handler = f.screen === 'handler';
  const button = (cls, action, label) => h('button', { class: cls, type: 'button', 'data-action': action }, label);
  const list = (tag, items) => add(h(tag), ...items.map((i) => h('li', null, i)));
  const dl = (cls, rows) => add(h('dl', { class: cls }), ...rows.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
  const container = (cls) => h('div', { class: cls, part: 'container', lang: f.lang, dir: f.dir });
  const h3 = (text) => h('h3', null, text);
  const td = (text) => h('td', null, text);
  const errorText = (id, message) => h('p', { class: 'field-error', id }, h('span', { class: 'visually-hidden' }, W.errorPrefix), message);
  const linkRefused = (parent) => f.link_refused && add(parent, h('p', { class: 'notice link-refused', role: 'alert' }, f.link_refused));
  const notice = (parent) => f.rules_changed && add(parent, h('p', { class: 'notice', role: 'status' }, f.rules_changed));

  /** The words of `terms` that first appear `at`, each a <details> that opens its definition. */
  const terms = (parent, all, at) => add(parent, ...all.filter((t) => t.at === at)
    .map((t) => h('details', { class: 'term', 'data-term': t.key }, h('summary', null, t.question), h('p', null, t.definition))));

  /** The error summary: a titled alert with one link per error, each moving focus to its field. */
  const errorSummary = (errors) => h('div', {
    class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-title', part: 'error-summary',
  }, h('h2', { id: 'error-summary-title' }, W.errorSummaryTitle),
  add(h('ul'), ...errors.map(([e, target]) => h('li', null,
    h('a', { href: `#${target}`, 'data-action': 'focus', 'data-target': target }, e.message)))));

  /**
   * A question's field: heading (in a legend for options, around the label for text), hint,
   * error, and the control. `prefix` keeps ids unique when several fields share a page.
   */
  function field(q, error, raw, prefix, headingTag, focusTarget, doubt) {
    const el = h('div', { class: error ? 'field has-error' : 'field', 'data-field': q.id });
    const id = (s) => prefix + s;
    const described = [];
    let hint = null;
    let errorP = null;
    if (q.hint != null) {
      described.push(id('hint'));
      hint = h('p', { class: 'hint', id: id('hint') }, q.hint);
    }
    if (error) {
      described.push(id('error'));
      errorP = errorText(id('error'), error.message);
    }
    const heading = h(headingTag, { class: 'question', part: 'question', tabindex: focusTarget ? '-1' : null, 'data-focus': focusTarget ? '' : null });
    const name = id('answer');
    if (CHOICE.includes(q.input)) {
      const fieldset = h('fieldset', { 'aria-describedby': described.length ? described.join(' ') : null });
      add(heading, q.label);
      add(fieldset, h('legend', null, heading), hint, errorP);
      const chosen = raw ?? q.value;
      const options = h('div', { class: 'options' });
      q.options.forEach((o, i) => {
        const oid = `${name}-${i}`;
        const hid = o.hint != null ? `${oid}-hint` : null;
        const input = h('input', { type: 'radio', name, id: oid, value: o.value, checked: chosen === o.value ? '' : null, 'aria-describedby': hid });
        add(options, h('div', { class: 'option' }, input, h('label', { for: oid }, o.label), hid && h('p', { class: 'option-hint', id: hid }, o.hint)));
      });
      add(fieldset, options);
      terms(fieldset, q.terms, 'question');
      add(el, fieldset);
    } else {
      add(el, add(heading, h('label', { for: name }, q.label)), hint, errorP);
      if (doubt != null) {
        described.push(id('doubt'));
        add(el, h('p', { class: 'doubt', id: id('doubt'), role: 'alert', tabindex: '-1' }, doubt));
      }
      // WCAG 1.3.5: the birth date says so (`bday`); other answers are not the person's
      // contact data and stay out of the browser's form history (`off`).
      const input = h('input', {
        type: 'text', name, id: name, autocomplete: q.autocomplete ?? 'off', spellcheck: 'false', value: raw ?? q.value ?? '', part: 'input',
        inputmode: q.input === 'kronor' || q.input === 'count' ? 'numeric' : null, 'aria-invalid': error ? 'true' : null,
      });
      const wrap = h('div', { class: 'text-field' }, input);
      if (q.unit != null) {
        described.push(id('unit'));
        add(wrap, h('span', { class: 'unit', id: id('unit') }, q.unit));
      }
      if (described.length) input.setAttribute('aria-describedby', described.join(' '));
      add(el, wrap);
      // The explanation after the answer field, so Tab reaches the field first.
      terms(el, q.terms, 'question');
    }
    return el;
  }

  /** One question page: back, progress, error summary, the field and Continue. */
  function question(q) {
    const c = container('sjt');
    linkRefused(c);
    notice(c);
    if (q.can_go_back) add(c, h('button', { class: 'link back', type: 'button', 'data-action': 'back', part: 'back' }, W.back));
    add(c, h('p', { class: 'progress', part: 'progress' }, q.progress));
    if (f.error) add(c, errorSummary([[f.error, firstControl('', q)]]));
    const form = h('form', { novalidate: '', 'data-question': q.id, 'data-input': q.input, part: 'form' },
      field(q, f.error, f.raw, '', 'h2', true, f.doubt),
      h('button', { class: 'primary', type: 'submit', part: 'button' }, f.doubt != null ? W.confirmYearly : W.continue));
    return add(c, form);
  }

  /**
   * Handler mode: the as-of date, every question on the path on one page, and the result with
   * the full trace and the parameters used as soon as the answers allow one.
   */
  function handlerPage(o) {
    const c = container('sjt handler');
    add(c, h('p', { class: 'mode-label' }, W.handlerMode));
    // The result near the top, updated in place and announced, with a jump to the whole of it
    // and the case note's copy button, so no one has to scroll past every question.
    const top = h('div', { class: 'handler-summary', role: 'status', id: 'handler-summary' });
    if (o) {
      add(top, h('p', null, h('strong', null, `${W.resultTitle}: ${o.verdict_label}`), ` ${o.headline}`),
        h('a', { class: 'skip', href: '#headline', 'data-action': 'focus', 'data-target': 'headline' }, W.skipToResult),
        h('button', { class: 'secondary', type: 'button', 'data-action': 'copy-note', id: 'copy-note-top' }, W.copyCaseNote));
    } else {
      add(top, h('p', { class: 'pending' }, W.resultPending));
    }
    add(c, top);
    const errors = f.field_errors;
    if (errors.length) {
      const list = [];
      for (const fe of errors) {
        const q = f.questions.find((x) => x.id === fe.question);
        if (fe.question === 'as-of') list.push([fe.error, 'as-of']);
        else if (q) list.push([fe.error, firstControl(`${q.id}--`, q)]);
      }
      add(c, errorSummary(list));
    }
    const refused = errors.find((e) => e.question === 'as-of');
    const asOf = h('div', { class: refused ? 'field as-of has-error' : 'field as-of' },
      h('label', { for: 'as-of' }, W.asOfLabel), h('p', { class: 'hint', id: 'as-of-hint' }, W.asOfHint),
      refused && errorText('as-of-error', refused.error.message),
      h('input', {
        type: 'text', id: 'as-of', name: 'as-of', value: refused ? refused.raw : f.as_of, spellcheck: 'false', autocomplete: 'off',
        'aria-describedby': refused ? 'as-of-hint as-of-error' : 'as-of-hint', 'aria-invalid': refused ? 'true' : null,
      }));
    const form = h('form', { class: 'handler-form', novalidate: '', 'data-handler': '', part: 'form' },
      asOf, h('h2', { tabindex: '-1', 'data-focus': '' }, W.questionsTitle));
    for (const q of f.questions) {
      const err = errors.find((e) => e.question === q.id);
      add(form, field(q, err?.error, err?.raw, `${q.id}--`, 'h3', false, null));
    }
    add(form, h('button', { class: 'primary', type: 'submit', part: 'button' }, W.update));
    return add(c, form, o ? result(o, 'h2', false) : h('p', { class: 'pending' }, W.resultPending));
  }

  /** The start screen: what the test is, what to have at hand, how long, nothing is sent, begin. */
  function start(v) {
    const c = container('sjt start');
    linkRefused(c);
    add(c, h('h2', { tabindex: '-1', 'data-focus': '' }, v.title), h('p', null, v.intro));
    if (v.needs.length) add(c, h('p', null, W.startNeed), list('ul', v.needs));
    return add(c, h('p', null, f.start_time), h('p', null, W.privacyNote),
      h('button', { class: 'primary', type: 'button', 'data-action': 'begin', part: 'button' }, W.startButton));
  }

  const lawLink = (law) => h('a', {
    class: 'law', href: law.url, target: '_blank', rel: 'noopener noreferrer', referrerpolicy: 'no-referrer', title: W.lawLinkTitle,
    // Says that the link opens a new tab (WCAG 3.2.5 advice), through one hidden description
    // rather than words in every link, which copied text would carry.
    'aria-describedby': 'new-tab',
  }, law.text);

  const table = (caption, head, rows) => h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', null, h('caption', null, caption),
      h('thead', null, add(h('tr'), ...head.map((x) => h('th', { scope: 'col' }, x)))),
      add(h('tbody'), ...rows.map((cells) => add(h('tr'), ...cells)))));

  /** Label–value pairs as a list, "label: value" per item: denser than a table on paper. */
  const pairs = (cls, rows) => add(h('ul', { class: cls }), ...rows.map(([label, value]) =>
    // "När är du född?: …" reads badly: a question keeps its own mark.
    h('li', null, h('span', { class: 'label' }, `${label}${/[?:]$/.test(label) ? ' ' : ': '}`), value)));

  /**
   * The result: verdict, key facts, the failed condition, notes, next steps, the reasons with
   * their paragraphs (a table with the parameters in handler mode), the answers with "change"
   * buttons, and the link and print buttons.
   */
  function result(o, headingTag, focus) {
    const r = h('section', { class: f.sheet_open && !handler ? 'result sheet-open' : 'result', part: 'result', 'aria-labelledby': 'headline' });
    if (!handler) {
      linkRefused(r);
      add(r, h('button', { class: 'link back', type: 'button', 'data-action': 'back', part: 'back' }, W.backToLastQuestion));
    }
    notice(r);
    add(r, h('p', { class: 'verdict' }, o.verdict_label),
      h(headingTag, { class: 'headline', id: 'headline', tabindex: '-1', 'data-focus': focus && !f.sheet_open ? '' : null }, o.headline));
    const shown = (group) => o.rows.filter((x) => !x.hidden && x.group === group).map((x) => [x.label, x.value]);
    const facts = shown(null);
    if (facts.length) add(r, dl('summary', facts));
    if (o.moves.length) add(r, h('div', { class: 'moves' }, h3(W.movesTitle), list('ul', o.moves.map((m) => m.text))));
    terms(r, o.terms, 'facts');
    // Lists apart from the key facts, each under its heading, in the order they come.
    for (const g of new Set(o.rows.filter((x) => !x.hidden && x.group != null).map((x) => x.group))) {
      add(r, h('div', { class: 'group' }, h3(g), dl('summary', shown(g))));
    }
    if (o.failed) {
      const x = o.failed;
      const block = h('div', { class: 'failed' }, h3(W.failedTitle),
        dl('summary', [[W.failedCriterion, x.criterion], [W.failedValue, x.value], [W.failedLimit, x.limit]]));
      add(r, terms(block, o.terms, 'failed'));
    }
    if (o.changes.length) add(r, h('div', { class: 'changes' }, h3(W.changesTitle), list('ul', o.changes.map((c) => c.text))));
    if (o.timeline.length) {
      // The dates that matter, and a calendar file made in the browser (a data: URL: nothing is sent).
      add(r, h('div', { class: 'timeline' }, h3(W.timelineTitle),
        add(h('ul'), ...o.timeline.map((e) => h('li', null, h('time', { datetime: e.date }, e.when), `: ${e.text}`))),
        h('p', null, h('a', { class: 'calendar', href: f.ics, download: `${o.test}.ics` }, W.timelineDownload))));
    }
    if (o.notes.length) terms(add(r, h3(W.goodToKnow), list('ul', o.notes)), o.terms, 'notes');
    if (o.next_steps.length) terms(add(r, h3(W.nextSteps), list('ol', o.next_steps)), o.terms, 'next-steps');
    if (handler) {
      // Every rule step with its provision, and every parameter with its source.
      add(r, table(W.traceTitle, [W.traceStep, W.traceLaw, W.failedCriterion, W.traceCheck], o.reasons.map((s, i) =>
        [td(String(i + 1)), h('td', null, lawLink(s.law)), td(s.text), h('td', { class: `check-${s.check}` }, s.check_label)])));
      add(r, table(W.paramsUsedTitle, [W.paramColumn, W.paramValueColumn, W.paramPeriodColumn, W.paramSource],
        o.params.map((p) => [td(p.name), td(p.value), td(p.period), td(p.source)])));
      terms(r, o.terms, 'reasons');
      // The result as plain text for a case note, to read and to copy.
      add(r, h('div', { class: 'case-note' }, h('h3', null, h('label', { for: 'case-note' }, W.caseNoteTitle)),
        h('p', { class: 'hint', id: 'case-note-hint' }, W.caseNoteHint),
        h('textarea', { id: 'case-note', readonly: '', rows: '12', 'aria-describedby': 'case-note-hint' }, f.case_note),
        button('secondary', 'copy-note', W.copyCaseNote), h('p', { class: 'status', role: 'status', id: 'note-status' })));
    } else {
      add(r, h3(W.reasons), add(h('ol', { class: 'reasons' }), ...o.reasons.map((s) =>
        h('li', null, h('span', { class: 'check' }, `${s.check_label}: `), s.text, lawLink(s.law)))));
      terms(r, o.terms, 'reasons');
      const change = (a) => add(h('button', { class: 'link', type: 'button', 'data-action': 'edit', 'data-question': a.question }, W.change),
        h('span', { class: 'visually-hidden' }, `: ${a.label}`));
      add(r, h3(W.yourAnswers), add(h('dl', { class: 'summary answers' }), ...o.answers.flatMap((a) => [h('dt', null, a.label),
        h('dd', null, h('span', null, a.answer), change(a))])));
    }
    add(r, h('p', { class: 'meta' }, W.privacyNote), h('p', { class: 'meta' }, f.rules_version));
    // Keep the result: a link in the fragment (only when asked for), print, start again.
    add(r, h('div', { class: 'actions' }, button('secondary', 'copy-link', W.copyLink), button('secondary', 'print', W.print),
      !handler && button('secondary', 'sheet', W.sheetOpen),
      h('button', { class: 'secondary', type: 'button', 'data-action': 'restart', part: 'button' }, W.startAgain)));
    if (f.link) add(r, linkBox(W, f.link));
    add(r, h('span', { id: 'new-tab', hidden: '' }, W.opensInNewTab));
    if (!handler) add(r, sheet(o, focus));
    return r;
  }

  /**
   * The meeting sheet: on one A4 page the result, the reasons with their paragraphs, the dates,
   * the questions to ask and whom, the answers, the words explained and the link that restores
   * the result. Drawn with every citizen result page; hidden on screen until asked for, and
   * always what prints (widget.css).
   */
  function sheet(o, focus) {
    const s = h('section', { class: 'sheet', 'aria-labelledby': 'sheet-title', part: 'sheet', hidden: f.sheet_open ? null : '' },
      h('h2', { id: 'sheet-title', tabindex: '-1', 'data-focus': focus && f.sheet_open ? '' : null }, W.sheetTitle),
      h('p', { class: 'sheet-intro' }, W.sheetIntro), h('p', { class: 'meta' }, f.sheet_made),
      h3(W.sheetResult), h('p', { class: 'verdict' }, o.verdict_label), h('p', { class: 'sheet-headline' }, o.headline));
    // A row whose words are a reason below (the catalogue's suggestions, and what does not fit
    // and why) is not repeated.
    const rows = o.rows.filter((x) => !x.hidden && x.key !== 'not-suggested' && !o.reasons.some((st) => st.text === x.value));
    if (rows.length) add(s, pairs('pairs', rows.map((x) => [x.label, x.value])));
    if (o.moves.length) add(s, h('p', null, o.moves[0].text));
    if (o.changes.length) add(s, list('ul', o.changes.map((c) => c.text)));
    add(s, h3(W.sheetReasons));
    // The conditions met and not met; the steps of a calculation are in the figures above.
    // Many conditions not met (the catalogue's entries that do not fit) share one item.
    const met = o.reasons.filter((x) => x.check === 'yes');
    const notMet = o.reasons.filter((x) => x.check === 'no');
    let items;
    if (!met.length && !notMet.length) items = o.reasons.map((x) => [x]);
    else if (notMet.length > 2) items = [...met.map((x) => [x]), notMet];
    else items = o.reasons.filter((x) => x.check !== 'info').map((x) => [x]);
    // The catalogue's entries that do not fit are named with their law only (each one's reason
    // is on the result page and behind the link), so the sheet stays on one page.
    const names = o.rows.filter((x) => x.key === 'not-suggested').map((x) => x.label);
    const short = names.length === notMet.length && names.length > 2;
    add(s, add(h('ol', { class: 'reasons' }), ...items.filter((i) => i.length).map((item) => {
      const texts = short && item.length === names.length && item[0].check === 'no'
        ? item.map((x, i) => `${names[i]} (${x.law.text})`)
        : item.map((x) => `${x.text} (${x.law.text})`);
      return h('li', null, h('span', { class: 'check' }, `${item[0].check_label}: `), texts.join(short ? '; ' : ' '));
    })));
    if (o.timeline.length) add(s, h3(W.timelineTitle), list('ul', o.timeline.map((e) => `${e.when}: ${e.text}`)));
    if (o.to_ask.length) {
      add(s, h3(W.sheetToAsk));
      for (const whom of WHOM) {
        const mine = o.to_ask.filter((a) => a.whom === whom);
        if (mine.length) add(s, h('h4', null, mine[0].who), list('ul', mine.map((a) => a.text)));
      }
    }
    add(s, h3(W.sheetAnswers), pairs('pairs answers', o.answers.map((a) => [a.label, a.answer])));
    // The words explained that the sheet itself uses (not those of the notes and next steps).
    const words = o.terms.filter((t) => ['facts', 'failed', 'reasons'].includes(t.at));
    if (words.length) add(s, dl('sheet-terms', words.map((t) => [t.question, t.definition])));
    if (f.fragment) {
      const link = `${pageBase()}#${f.fragment}`;
      add(s, h3(W.sheetLink), h('p', { class: 'restore' }, h('a', { class: 'restore', href: link }, link)), h('p', { class: 'hint' }, W.sheetLinkHint));
    }
    return add(s, h('div', { class: 'actions' }, button('primary', 'print', W.sheetPrint), button('secondary', 'sheet-close', W.sheetClose)));
  }

  switch (f.screen) {
    case 'start': return start(f.start);
    case 'question': return question(f.question);
    case 'handler': return handlerPage(f.outcome);
    case 'outcome': return add(container('sjt'), result(f.outcome, 'h2', true));
    case 'failure': return add(container('sjt'), h('p', { class: 'field-error', role: 'alert' }, f.failure.message),
      h('a', { href: 'https://www.forsakringskassan.se/' }, W.apologyLink));
    default: return null;
  }
}

/** The link to the result, to copy, with what it holds and where the copy's status shows. */
function linkBox(W, link) {
  return h('div', { class: 'link-box' }, h('label', { for: 'result-link' }, W.linkLabel),
    h('input', { type: 'text', id: 'result-link', readonly: '', value: link, 'aria-describedby': 'link-privacy' }),
    h('p', { class: 'hint', id: 'link-privacy' }, W.linkPrivacy),
    // Filled in when the clipboard has taken the link.
    h('p', { class: 'status', role: 'status', id: 'link-status' }));
}

/** Writes `text` to the clipboard and, once it is there, says so in `status`. */
function clipboard(text, status, copied) {
  try {
    navigator.clipboard?.writeText(text).then(() => { if (status) status.textContent = copied; }, () => {});
  } catch { /* no clipboard here: the link is on the page to copy by hand */ }
}

// --- Updating the handler page in place ------------------------------------------------------------
// The handler page changes with every answer, and replacing it would take the person's focus and
// Tab position with it. morph(old, fresh) makes `old` look like `fresh` while keeping every node
// the two share, so the field that has focus stays the same element. Children are matched by
// tag and key (id, else data-field, else class), in order; unmatched old nodes go, new ones are
// inserted where they belong.

function key(n) {
  if (n.nodeType !== Node.ELEMENT_NODE) return null;
  return `${n.tagName} ${n.getAttribute('id') ?? n.getAttribute('data-field') ?? n.getAttribute('class') ?? ''}`;
}

function morph(old, fresh) {
  // The attributes, and the live state they only set at first: a radio's checked, a field's
  // value. A <details> the person opened stays open.
  for (const name of old.getAttributeNames()) {
    if (!fresh.hasAttribute(name) && !(name === 'open' && old.tagName === 'DETAILS')) old.removeAttribute(name);
  }
  for (const name of fresh.getAttributeNames()) {
    const value = fresh.getAttribute(name);
    if (old.getAttribute(name) !== value) old.setAttribute(name, value);
  }
  if (old.tagName === 'INPUT') {
    if (old.type === 'radio') old.checked = fresh.hasAttribute('checked');
    else if (old.value !== (fresh.getAttribute('value') ?? '')) old.value = fresh.getAttribute('value') ?? '';
  }
  const stale = [...old.childNodes];
  const used = stale.map(() => false);
  const pairs = [...fresh.childNodes].map((n) => {
    const k = key(n);
    const i = stale.findIndex((o, j) => !used[j] && o.nodeType === n.nodeType && key(o) === k
      && (k !== null || o.nodeType === Node.TEXT_NODE));
    if (i >= 0) used[i] = true;
    return [n, i >= 0 ? stale[i] : null];
  });
  stale.forEach((o, i) => { if (!used[i]) o.remove(); });
  pairs.forEach(([n, m], i) => {
    const node = m ?? n;
    const here = old.childNodes[i] ?? null;
    if (here !== node) old.insertBefore(node, here);
    if (m && n.nodeType === Node.ELEMENT_NODE) morph(m, n);
    else if (m && m.nodeValue !== n.nodeValue) m.nodeValue = n.nodeValue;
  });
}

/**
 * Handler mode, after Tab out of a text field whose answer added questions: the browser chose
 * where focus goes before the new fields existed, so it goes to the next field's control, as
 * Tab would have done on the page as it is now (only when focus went past it).
 */
function focusNextField(root, input) {
  const next = input.closest('[data-field], .as-of')?.nextElementSibling;
  if (!next?.hasAttribute('data-field')) return;
  const control = next.querySelector('input:checked') ?? next.querySelector('input');
  const active = root.activeElement;
  if (!control || active === control) return;
  if (!active || control.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) control.focus();
}

export class SjalvtestWidgetElement extends HTMLElement {
  static observedAttributes = ['test', 'lang', 'mode', 'as-of', 'start'];
  #root = null;
  #widget = null;
  #saved = null;
  #generation = 0;
  #words = null;
  #tabForward = false;
  #handlerMode = false;

  #onEvent = (event) => {
    if (!this.#widget) {
      if (event.type === 'click' && event.target.closest?.('[data-action=retry]')) this.#mount();
      return;
    }
    try {
      this.#handle(event);
      this.#saved = this.#widget.save();
    } catch (error) {
      event.preventDefault();
      this.#apologize(error);
    }
  };

  /** What the person did, handed to the engine; its frame drawn (src/widget.rs has the why). */
  #handle(ev) {
    const w = this.#widget;
    const root = this.#root;
    const target = ev.target;
    if (ev.type === 'keydown') {
      // Handler mode: Tab forward out of a field whose answer adds questions (see focusNextField).
      this.#tabForward = ev.key === 'Tab' && !ev.shiftKey;
    } else if (ev.type === 'submit') {
      ev.preventDefault();
      if (target.hasAttribute?.('data-handler')) {
        const fields = new Map();
        for (const input of target.querySelectorAll('input')) {
          if (input.name.endsWith('--answer') && (input.type === 'radio' ? input.checked : input.type === 'text')) {
            fields.set(input.name.slice(0, -'--answer'.length), input.value);
          }
        }
        const asOf = root.querySelector('input[name="as-of"][type=text]')?.value;
        this.#show(w.handlerSubmit(asOf, [...fields.keys()], [...fields.values()]));
      } else if (target.hasAttribute?.('data-question')) {
        const input = root.querySelector('input[name="answer"]:checked') ?? root.querySelector('input[name="answer"][type=text]');
        this.#show(w.submit(target.getAttribute('data-question'), input?.value ?? ''));
      }
    } else if (ev.type === 'change') {
      // Only handler mode answers on change (a one-test engine, for citizens, has no `change`).
      const tab = this.#tabForward;
      if (target.tagName !== 'INPUT' || !this.#handlerMode) return;
      const frame = w.change(target.name, target.value);
      if (!frame.frame.draw) return;
      this.#tabForward = false;
      this.#show(frame);
      if (tab && target.type === 'text') focusNextField(root, target);
    } else if (ev.type === 'click') {
      const button = target.closest?.('[data-action]');
      const action = button?.getAttribute('data-action');
      if (action === 'focus') {
        ev.preventDefault();
        root.getElementById(button.getAttribute('data-target') ?? '')?.focus();
      } else if (action === 'print') {
        window.print();
      } else if (action === 'copy-link') {
        this.#copyLink();
      } else if (action === 'copy-note') {
        // The case note is on the page already, as the engine wrote it.
        const note = root.getElementById('case-note');
        if (note) clipboard(note.value, root.getElementById('note-status'), this.#words.caseNoteCopied);
      } else if (action) {
        this.#show(w.action(action, button.getAttribute('data-question') ?? ''));
        // Back where the person was: on the button that opened the sheet.
        if (action === 'sheet-close') root.querySelector('.result > .actions [data-action=sheet]')?.focus();
      }
    }
  }

  /** Draws a frame the engine returned, moves focus, and dispatches its events. */
  #show({ frame: f, result }) {
    const root = this.#root;
    const content = f.draw ? drawFrame(f, this.#words) : null;
    if (content) {
      const old = root.firstElementChild;
      // The handler page changes in place, so focus and the Tab position stay where they were.
      if (f.screen === 'handler' && old?.classList.contains('handler')) morph(old, content);
      else root.replaceChildren(content);
      if (f.focus) root.querySelector(f.focus)?.focus();
    }
    for (const detail of f.errors) this.#event('sjalvtest-error', detail);
    if (result) this.#event('sjalvtest-result', result);
  }

  #event(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  /**
   * Shows a link to the result (the page's address with the answers in the fragment) after the
   * result's actions, and puts it on the clipboard. Nothing is stored and nothing is sent: the
   * person decides where it goes.
   */
  #copyLink() {
    const root = this.#root;
    const link = this.#widget.copyLink(location.href);
    if (link == null) return;
    const fresh = linkBox(this.#words, link);
    const old = root.querySelector('.result > .link-box');
    const actions = root.querySelector('.result > .actions');
    if (old) old.replaceWith(fresh);
    else if (actions) actions.after(fresh);
    else this.#show(this.#widget.current());
    const input = root.getElementById('result-link');
    input?.focus();
    input?.select();
    clipboard(link, root.getElementById('link-status'), this.#words.linkCopied);
  }

  // A link pasted into the tab that already shows the test changes only the fragment: read it.
  #onHash = () => {
    if (!this.#widget || !location.hash.includes('sjalvtest=')) return;
    try {
      this.#show(this.#widget.restoreLink(location.hash));
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
      const { glue, sheet } = await loadLanguage(this.language, this.getAttribute('test') ?? '', this.getAttribute('mode') ?? 'citizen');
      if (generation !== this.#generation || !this.isConnected) return;
      this.#root.adoptedStyleSheets = [sheet];
      this.#release();
      this.#words = Object.fromEntries(glue.widgetWords(this.language));
      this.#handlerMode = this.getAttribute('mode') === 'handler';
      this.#widget = glue.mountWidget(
        this.getAttribute('test') ?? '', this.language,
        this.getAttribute('as-of') || today(), this.getAttribute('mode') ?? 'citizen',
        location.hash, this.#saved, this.getAttribute('start') ?? '',
      );
      this.#show(this.#widget.first());
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
