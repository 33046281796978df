// The iframe variant for content systems that strip scripts: embed.html?test=…&lang=…[&as-of=…]
// shows one self-test and tells the parent its height whenever it changes:
//   parent.postMessage({ source: 'sjalvtest', type: 'height', test, height }, '*')
// The message carries only the height and the test id, never an answer.
import './sjalvtest.js';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'sv';
const test = params.get('test') ?? '';
document.documentElement.lang = lang;

const widget = document.createElement('sjalvtest-widget');
widget.setAttribute('test', test);
widget.setAttribute('lang', lang);
if (params.get('as-of')) widget.setAttribute('as-of', params.get('as-of'));
const fallback = document.createElement('p');
fallback.textContent = lang === 'sv' ? 'Självtestet kunde inte starta.' : 'The self-test could not start.';
widget.append(fallback);
document.querySelector('#app').replaceChildren(widget);

let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ source: 'sjalvtest', type: 'height', test, height }, '*');
  }
}
new ResizeObserver(report).observe(document.documentElement);
report();
