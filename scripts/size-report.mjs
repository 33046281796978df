// Prints the bytes a phone downloads for one self-test: the loader (our element, registration
// and entry script), the wasm-bindgen glue and the wasm, raw and gzipped. With --check it fails
// when a part is over its budget; the budgets and why are in ARCHITECTURE.md ("Size budget").
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const www = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'www');
export const BUDGET_GZIP = { loader: 5 * 1024, glue: 10 * 1024, wasm: 180 * 1024 };
const PARTS = {
  loader: ['sjalvtest.js', 'define.js', 'sjalvtest-widget.js'],
  glue: ['pkg/sjalvtest.js'],
  wasm: ['pkg/sjalvtest_bg.wasm'],
};

export function measure() {
  const out = {};
  for (const [part, files] of Object.entries(PARTS)) {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const bytes = fs.readFileSync(path.join(www, f));
      raw += bytes.length;
      gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    }
    out[part] = { raw, gzip, budget: BUDGET_GZIP[part] };
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = measure();
  let over = 0;
  console.log('part     raw bytes   gzip bytes   gzip budget');
  for (const [part, s] of Object.entries(sizes)) {
    const flag = s.gzip > s.budget ? '  OVER BUDGET' : '';
    if (flag) over++;
    console.log(`${part.padEnd(8)} ${String(s.raw).padStart(9)}   ${String(s.gzip).padStart(10)}   ${String(s.budget).padStart(11)}${flag}`);
  }
  const total = Object.values(sizes).reduce((a, s) => a + s.gzip, 0);
  console.log(`total gzip ${total} bytes`);
  if (process.argv.includes('--check') && over) process.exit(1);
}
