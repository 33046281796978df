// What the citizen page draws again, in Chromium. Every new screen is drawn anew (the driver's
// `redrawAfter` relies on it), but asking for the link to a result adds the link box to the page
// already drawn: the result stays the same nodes, the box comes right after the actions, once,
// and focus goes to the link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage } from './browser.mjs';
import { openTest, walk } from './driver.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('asking for the link adds it to the result page already drawn', async () => {
  const { page, problems, context } = await newPage(env);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTest(page, env, 'aktivitetsersattning', 'sv');
  await walk(page);
  const widget = page.locator('sjalvtest-widget');
  await widget.evaluate((host) => {
    host.shadowRoot.firstElementChild.dataset.testOld = '';
    host.shadowRoot.querySelector('[data-action=copy-link]').dataset.testOld = '';
  });
  for (const time of ['first', 'second']) {
    await widget.locator('[data-action=copy-link]').click();
    await widget.locator('#link-status').filter({ hasText: 'kopierad' }).waitFor({ timeout: 5000 });
    const drawn = await widget.evaluate((host) => {
      const root = host.shadowRoot;
      const box = root.querySelectorAll('.link-box');
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return {
        kept: 'testOld' in root.firstElementChild.dataset,
        buttonKept: 'testOld' in root.querySelector('[data-action=copy-link]').dataset,
        boxes: box.length,
        afterActions: box[0]?.previousElementSibling?.classList.contains('actions') ?? false,
        link: root.querySelector('#result-link')?.value ?? '',
        focused: a?.id,
      };
    });
    assert.equal(drawn.kept, true, `${time} time: the result page was drawn again`);
    assert.equal(drawn.buttonKept, true, `${time} time: the button was drawn again`);
    assert.equal(drawn.boxes, 1, `${time} time: one link box`);
    assert.equal(drawn.afterActions, true, `${time} time: the box follows the actions`);
    assert.match(drawn.link, /#sjalvtest=/);
    assert.equal(drawn.focused, 'result-link');
  }
  assert.deepEqual(problems, []);
  await context.close();
});
