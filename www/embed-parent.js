// Optional snippet for the page around the iframe: sizes every <iframe data-sjalvtest> to the
// height its self-test reports, so it never scrolls inside. Include it as a module or a script.
// It listens only to messages from the iframe's own window and origin; the iframe posts them
// only when its address names this page's origin (`&parent=https://partner.example`).
addEventListener('message', (event) => {
  const d = event.data;
  if (!d || d.source !== 'sjalvtest' || d.type !== 'height' || !Number.isFinite(d.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-sjalvtest]')) {
    if (frame.contentWindow !== event.source) continue;
    let origin = null;
    try { origin = new URL(frame.src, location.href).origin; } catch { /* no src */ }
    if (origin === event.origin) frame.height = String(Math.max(0, Math.ceil(d.height)));
  }
});

// The iframe may have told its height before this script ran: ask each one once, now and when
// it loads, addressed to the iframe's own origin only.
function ask(frame) {
  let origin = null;
  try { origin = new URL(frame.src, location.href).origin; } catch { return; }
  frame.contentWindow?.postMessage({ source: 'sjalvtest', type: 'height-request' }, origin);
}
for (const frame of document.querySelectorAll('iframe[data-sjalvtest]')) {
  ask(frame);
  frame.addEventListener('load', () => ask(frame));
}
