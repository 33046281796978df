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
