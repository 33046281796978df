// Shared set-up for the browser tests: the static server and Debian's Chromium through
// playwright-core, with the flags that keep it from reaching for the network.
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-dev-shm-usage',
];

export async function start() {
  const { server, url } = await serve(0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A page in a fresh context that fails the test on any console error or page error. */
export async function newPage(env, options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { context, page, problems };
}

/** The text content of the widget's shadow root. */
export function widgetText(page, selector = 'sjalvtest-widget') {
  return page.locator(selector).evaluate((el) => el.shadowRoot?.textContent ?? '');
}
