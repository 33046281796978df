// The iframe variant for content systems that strip scripts:
//   embed.html?test=…[&lang=sv|en|sv-lattlast][&mode=handler][&as-of=YYYY-MM-DD][&parent=https://partner.example]
// shows one self-test. With `parent`, it tells that origin its height whenever it changes:
//   parent.postMessage({ source: 'sjalvtest', type: 'height', test, height }, parent)
// The message carries only the height and the test id, never an answer, and goes to no other
// origin; without a valid `parent`, no message is posted and the iframe keeps the height the
// partner gave it (it scrolls inside).
import './sjalvtest.js';

const params = new URLSearchParams(location.search);
const LANGS = ['sv', 'en', 'sv-lattlast'];
const lang = LANGS.includes(params.get('lang')) ? params.get('lang') : 'sv';
const test = params.get('test') ?? '';
document.documentElement.lang = lang === 'en' ? 'en' : 'sv';

/** The origin named by `parent` (scheme, host and port only), or null. */
function parentOrigin(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    if ((url.protocol === 'https:' || url.protocol === 'http:') && bare) return url.origin;
  } catch { /* not a URL */ }
  console.warn(`sjalvtest: parent=${value} is not an origin such as https://partner.example; no height is posted`);
  return null;
}
const target = parentOrigin(params.get('parent'));

const widget = document.createElement('sjalvtest-widget');
widget.setAttribute('test', test);
widget.setAttribute('lang', lang);
if (params.get('mode') === 'handler') widget.setAttribute('mode', 'handler');
if (params.get('as-of')) widget.setAttribute('as-of', params.get('as-of'));
if (params.get('start') === 'skip') widget.setAttribute('start', 'skip');
const fallback = document.createElement('p');
fallback.textContent = lang === 'en' ? 'The self-test could not start.' : 'Självtestet kunde inte starta.';
widget.append(fallback);
document.querySelector('#app').replaceChildren(widget);

// Where the browser says who the parent is (not Firefox), a different one gets nothing; elsewhere
// postMessage itself drops a message whose target origin does not match.
const actual = location.ancestorOrigins?.[0];
const allowed = target && window.parent !== window && (!actual || actual === 'null' || actual === target);
let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height > 0 && height !== last) {
    last = height;
    window.parent.postMessage({ source: 'sjalvtest', type: 'height', test, height }, target);
  }
}
if (allowed) {
  new ResizeObserver(report).observe(document.documentElement);
  // Chromium runs no ResizeObserver callback in a cross-origin iframe that is off screen (below
  // a partner's long page) until it scrolls into view; a slow check keeps the height right
  // meanwhile. It posts only when the height has changed.
  setInterval(report, 1000);
  report();
  // The parent's embed-parent.js may start after the first report (it often loads after the
  // iframe): it then asks once, and the height is told again, still only to the named origin.
  addEventListener('message', (event) => {
    const d = event.data;
    if (event.source !== window.parent || event.origin !== target) return;
    if (!d || d.source !== 'sjalvtest' || d.type !== 'height-request') return;
    last = 0;
    report();
  });
}
