// The partner page: one copyable snippet per self-test and language, built from the engine's
// own list so a new self-test appears here by itself, and the Content-Security-Policy a partner
// needs, with the origin these files are served from. Every address comes from this script's
// own URL, so the snippets are right wherever the files are hosted.
import { loadLanguage } from './sjalvtest-widget.js';
import './sjalvtest.js';

const here = new URL('.', import.meta.url).href;
const files = new URL(here).origin;
for (const el of document.querySelectorAll('[data-files]')) el.textContent = files;
document.querySelector('#csp-policy').textContent = `default-src 'self'; script-src 'self' ${files} 'wasm-unsafe-eval'; `
  + `connect-src 'self' ${files}; frame-src ${files}; img-src 'self' data:; object-src 'none'; base-uri 'self'`;

const box = document.querySelector('#snippets');
for (const lang of ['sv', 'en']) {
  const { glue } = await loadLanguage(lang);
  for (const t of glue.listTests(lang)) {
    const section = document.createElement('section');
    section.className = 'snippet';
    section.dataset.test = t.id;
    section.dataset.lang = lang;
    const h = document.createElement('h3');
    h.textContent = `${t.title} (${lang})`;
    const pre = document.createElement('pre');
    pre.tabIndex = 0; // a code block that scrolls sideways must be reachable by keyboard
    const code = document.createElement('code');
    const fallback = lang === 'sv'
      ? 'Självtestet kunde inte starta. Läs mer på <a href="https://www.forsakringskassan.se/">forsakringskassan.se</a>.'
      : 'The self-test could not start. Read more on <a href="https://www.forsakringskassan.se/">forsakringskassan.se</a>.';
    code.textContent = `<script type="module" src="${here}sjalvtest.js"></script>\n`
      + `<sjalvtest-widget test="${t.id}" lang="${lang}">\n  <p>${fallback}</p>\n</sjalvtest-widget>`;
    pre.append(code);
    section.append(h, pre);
    box.append(section);
  }
}
document.querySelector('#theme-code').textContent = `sjalvtest-widget {
  --sjalvtest-accent: #4a2a73;
  --sjalvtest-focus: #f2c14e;
  --sjalvtest-radius: 1rem;
  --sjalvtest-font: Georgia, "Times New Roman", serif;
  --sjalvtest-background: #faf7ff;
}
sjalvtest-widget::part(button) { text-transform: uppercase; letter-spacing: 0.05em; }`;
// `parent` must be replaced by the partner's own origin; it is the only origin told the height.
document.querySelector('#iframe-code').textContent =
  `<iframe data-sjalvtest title="Självtest" width="100%" height="600" allow="clipboard-write"\n`
  + `        src="${here}embed.html?test=aktivitetsersattning&amp;lang=sv&amp;parent=https://din-webbplats.example"></iframe>\n`
  + `<script src="${here}embed-parent.js"></script>`;
