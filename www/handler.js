// The handler page: pick a self-test and a language; the widget in handler mode shows every
// question on one page, the as-of date, the rule trace and the parameters used.
import { loadLanguage } from './sjalvtest-widget.js';
import './sjalvtest.js';

const params = new URLSearchParams(location.search);
const widget = document.querySelector('sjalvtest-widget');
const select = document.querySelector('#test');
const lang = document.querySelector('#lang');
lang.value = ['sv', 'sv-lattlast', 'en'].includes(params.get('lang')) ? params.get('lang') : 'sv';

const { glue } = await loadLanguage('sv');
for (const t of glue.listTests('sv')) select.append(new Option(t.title, t.id));
select.value = params.get('test') ?? select.options[0]?.value ?? '';
widget.setAttribute('lang', lang.value);
widget.setAttribute('test', select.value);
if (params.get('as-of')) widget.setAttribute('as-of', params.get('as-of'));
