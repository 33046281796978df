// Globals a careless widget might collide with, and prototypes a careless page might break.
window.wasm = 'host';
window.Widget = 'host';
window.SjalvtestSession = 'host';
window.mountWidget = () => { throw new Error('host global called'); };
window.process = { env: {} };
Object.defineProperty(Object.prototype, 'hostPollution', { value: 1, enumerable: false, configurable: true });
