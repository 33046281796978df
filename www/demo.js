// The demo page: lists the self-tests and runs the chosen one in the chosen language.
import { loadLanguage } from './sjalvtest-widget.js';
import './sjalvtest.js';

const params = new URLSearchParams(location.search);
// en-XA and ar-XB are pseudo-locales for the layout tests: accepted here, never linked.
const LANGS = ['sv', 'en', 'sv-lattlast', 'en-XA', 'ar-XB'];
const lang = LANGS.includes(params.get('lang')) ? params.get('lang') : 'sv';
const base = lang.startsWith('sv') ? 'sv' : 'en';
const chosen = params.get('test');
document.documentElement.lang = base;

const texts = {
  sv: { title: 'Självtester', pick: 'Välj ett test', other: 'In English', home: 'Alla självtester' },
  en: { title: 'Self-tests', pick: 'Choose a self-test', other: 'På svenska', home: 'All self-tests' },
}[base];

const main = document.querySelector('main');
const other = document.querySelector('#other-language');
other.textContent = texts.other;
other.lang = base === 'sv' ? 'en' : 'sv';
const otherParams = new URLSearchParams(params);
otherParams.set('lang', base === 'sv' ? 'en' : 'sv');
other.href = `?${otherParams}`;
const easy = document.querySelector('#easy-swedish');
const easyParams = new URLSearchParams(params);
easyParams.set('lang', 'sv-lattlast');
easy.href = `?${easyParams}`;
if (lang === 'sv-lattlast') easy.setAttribute('aria-current', 'page');

const { glue } = await loadLanguage(lang);
const tests = glue.listTests(lang);
const test = tests.find((t) => t.id === chosen);
document.querySelector('#page-title').textContent = test ? test.title : texts.title;
document.title = test ? test.title : texts.title;

if (test) {
  const back = document.createElement('a');
  back.href = `?lang=${lang}`;
  back.textContent = texts.home;
  const widget = document.createElement('sjalvtest-widget');
  widget.setAttribute('test', test.id);
  widget.setAttribute('lang', lang);
  // A handler (or a test) can evaluate under another date than today.
  if (params.get('as-of')) widget.setAttribute('as-of', params.get('as-of'));
  const fallback = document.createElement('p');
  fallback.textContent = base === 'sv'
    ? 'Testet kunde inte starta i din webbläsare.'
    : 'The self-test could not start in your browser.';
  widget.append(fallback);
  main.replaceChildren(back, widget);
} else {
  const heading = document.createElement('h2');
  heading.textContent = texts.pick;
  const list = document.createElement('ul');
  for (const t of tests) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `?test=${encodeURIComponent(t.id)}&lang=${lang}`;
    link.textContent = t.title;
    const intro = document.createElement('p');
    intro.textContent = t.intro;
    item.append(link, intro);
    list.append(item);
  }
  main.replaceChildren(heading, list);
}
