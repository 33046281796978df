// Minifies a JavaScript module as the release ships it (terser: whitespace, comments and local
// names out; property names, exports and string literals as they are), so every byte a phone
// downloads is code. scripts/release.mjs minifies the loader and each engine's glue with it, and
// scripts/size-report.mjs measures what it returns. The files in www/ stay readable for the demo
// and the tests that serve www/ as it is.
import { minify_sync } from 'terser';

/** The minified `source` of the module `name` (for the message when terser refuses it). */
export function minifyModule(source, name) {
  let out;
  try {
    out = minify_sync(source, { module: true, ecma: 2022, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  } catch (error) {
    throw new Error(`${name}: terser could not minify it: ${error.message ?? error}`);
  }
  if (!out.code) throw new Error(`${name}: terser returned no code`);
  return `${out.code}\n`;
}
