// Optional snippet for the page around the iframe: sizes every <iframe data-sjalvtest> to the
// height its self-test reports, so it never scrolls inside. Include it as a module or a script.
addEventListener('message', (event) => {
  const d = event.data;
  if (!d || d.source !== 'sjalvtest' || d.type !== 'height' || !Number.isFinite(d.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-sjalvtest]')) {
    if (frame.contentWindow === event.source) frame.height = String(Math.max(0, Math.ceil(d.height)));
  }
});
