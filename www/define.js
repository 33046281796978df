// Guarded registration: a second definition is harmless, and a partner can register the
// element under another tag name or in another registry.
import { SjalvtestWidgetElement } from './sjalvtest-widget.js';

export { SjalvtestWidgetElement };

export function defineSjalvtestWidget(name = 'sjalvtest-widget', registry = customElements) {
  const existing = registry.get(name);
  if (existing) return existing;
  // One class can back only one name per registry, so other names get a subclass.
  const taken = registry.getName?.(SjalvtestWidgetElement);
  const cls = taken ? class extends SjalvtestWidgetElement {} : SjalvtestWidgetElement;
  registry.define(name, cls);
  return cls;
}
