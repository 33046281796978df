#!/usr/bin/env bash
# Builds the browser bundle into www/pkg: the wasm (size-optimised profile), the wasm-bindgen
# glue and TypeScript types, one text bundle per language (texts-<lang>.bin, compiled from the
# .ftl files by build.rs; the loader fetches the page's one), then wasm-opt -Oz from the npm
# package binaryen when it is there.
# Prints a line per stage and cargo's own progress: about 25 s from a clean target/ on two
# cores, a few seconds when only our code changed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
start=$SECONDS

echo "build-wasm: 1/3 compiling the crate for wasm32-unknown-unknown (profile wasm)"
# Cargo's JSON messages name the build script's output folder, where the text bundles are.
messages=$(mktemp)
trap 'rm -f "$messages"' EXIT
cargo build --target wasm32-unknown-unknown --lib --profile wasm --no-default-features \
  --message-format=json-render-diagnostics >"$messages"
texts=$(node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n");
  let dir = "";
  for (const l of lines) {
    if (!l.startsWith("{")) continue;
    const m = JSON.parse(l);
    if (m.reason === "build-script-executed" && m.package_id.includes("sjalvtest")) dir = m.out_dir;
  }
  process.stdout.write(dir);' "$messages")
[[ -n "$texts" && -f "$texts/web/texts-sv.bin" ]] || { echo "build-wasm: no text bundles found (build.rs output)" >&2; exit 1; }
echo "build-wasm: 2/3 wasm-bindgen: glue and TypeScript types into www/pkg, and the text bundles"
wasm-bindgen --target web --out-dir www/pkg --remove-name-section --remove-producers-section \
  target/wasm32-unknown-unknown/wasm/sjalvtest.wasm
# The browser's bundles: without the words only the command line uses (build/ftl.rs CLI_ONLY).
cp "$texts"/web/texts-*.bin www/pkg/
# Debian's binaryen (108) breaks the externref table wasm-bindgen emits; only use the npm one.
opt=node_modules/.bin/wasm-opt
if [[ -x "$opt" ]]; then
  echo "build-wasm: 3/3 wasm-opt -Oz (npm binaryen)"
  "$opt" -Oz --enable-bulk-memory --enable-reference-types --enable-sign-ext --enable-mutable-globals \
    --enable-nontrapping-float-to-int --enable-multivalue \
    www/pkg/sjalvtest_bg.wasm -o www/pkg/sjalvtest_bg.wasm
else
  echo "build-wasm: 3/3 skipped wasm-opt: node_modules/.bin/wasm-opt is missing (npm ci installs it)"
fi
echo "build-wasm: www/pkg/sjalvtest_bg.wasm $(wc -c < www/pkg/sjalvtest_bg.wasm) bytes in $((SECONDS - start)) s"
