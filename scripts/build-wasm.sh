#!/usr/bin/env bash
# Builds the browser bundles into www/pkg: five wasm builds (size-optimised profile), each with
# its wasm-bindgen glue and TypeScript types and one text bundle per language (texts-<lang>.bin,
# compiled from the .ftl files by build.rs; the loader fetches the page's one), then wasm-opt -Oz
# from the npm package binaryen when it is there:
#   www/pkg/          every self-test: the JavaScript API, the demo's and handler's own scripts,
#                     and a widget whose test has no build of its own
#   www/pkg/<test>/   one self-test only (Cargo feature flow-<test>), without the other tests'
#                     code and words: what a page with one self-test loads (sjalvtest-widget.js)
# Prints a line per stage and cargo's own progress: about 25 s per build from a clean target/ on
# two cores (the crates are compiled once; each build compiles only ours again).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
start=$SECONDS
# The self-tests with an engine of their own: the loader's ENGINE line (scripts/size-report.mjs
# reads it; tests/ftl.rs checks it against flows::ALL).
read -ra TESTS <<<"$(node --input-type=module -e "import { TESTS } from './scripts/size-report.mjs'; console.log(TESTS.join(' '))")"
total=$((1 + ${#TESTS[@]}))
# Debian's binaryen (108) breaks the externref table wasm-bindgen emits; only use the npm one.
opt=node_modules/.bin/wasm-opt
messages=$(mktemp)
trap 'rm -f "$messages"' EXIT

# build N FEATURES OUT TEXTS: one wasm with FEATURES into www/pkg/OUT with the bundles in web/TEXTS.
build() {
  local n=$1 features=$2 out=$3 texts_in=$4
  echo "build-wasm: $n/$total compiling for wasm32-unknown-unknown (profile wasm, features $features)"
  # Cargo's JSON messages name the build script's output folder, where the text bundles are.
  cargo build --target wasm32-unknown-unknown --lib --profile wasm --no-default-features --features "$features" \
    --message-format=json-render-diagnostics >"$messages"
  local texts
  texts=$(node -e '
    const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n");
    let dir = "";
    for (const l of lines) {
      if (!l.startsWith("{")) continue;
      const m = JSON.parse(l);
      if (m.reason === "build-script-executed" && m.package_id.includes("sjalvtest")) dir = m.out_dir;
    }
    process.stdout.write(dir);' "$messages")
  texts="$texts/web/$texts_in"
  [[ -f "$texts/texts-sv.bin" ]] || { echo "build-wasm: no text bundles in $texts (build.rs output)" >&2; exit 1; }
  echo "build-wasm: $n/$total wasm-bindgen into www/pkg/$out, the text bundles$([[ -x "$opt" ]] && echo ", wasm-opt -Oz (npm binaryen)")"
  mkdir -p "www/pkg/$out"
  wasm-bindgen --target web --out-dir "www/pkg/$out" --remove-name-section --remove-producers-section \
    target/wasm32-unknown-unknown/wasm/sjalvtest.wasm
  # The browser's bundles: without the words only the command line uses (build/ftl.rs CLI_ONLY),
  # and in a test's own folder without the other tests' words (FLOW_READS).
  cp "$texts"/texts-*.bin "www/pkg/$out"
  if [[ -x "$opt" ]]; then
    "$opt" -Oz --enable-bulk-memory --enable-reference-types --enable-sign-ext --enable-mutable-globals \
      --enable-nontrapping-float-to-int --enable-multivalue \
      "www/pkg/$out/sjalvtest_bg.wasm" -o "www/pkg/$out/sjalvtest_bg.wasm"
  fi
  echo "build-wasm: www/pkg/${out}sjalvtest_bg.wasm $(wc -c < "www/pkg/$out/sjalvtest_bg.wasm") bytes"
}

[[ -x "$opt" ]] || echo "build-wasm: wasm-opt will be skipped: node_modules/.bin/wasm-opt is missing (npm ci installs it)"
build 1 all-flows,js-api,handler "" ""
n=2
for t in "${TESTS[@]}"; do
  build $n "flow-$t" "$t/" "$t"
  n=$((n + 1))
done
echo "build-wasm: done in $((SECONDS - start)) s"
