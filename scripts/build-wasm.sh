#!/usr/bin/env bash
# Builds the browser bundle into www/pkg: the wasm (size-optimised profile), the wasm-bindgen
# glue and TypeScript types, then wasm-opt -Oz from the npm package binaryen when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

cargo build --quiet --target wasm32-unknown-unknown --lib --profile wasm --no-default-features
wasm-bindgen --target web --out-dir www/pkg --remove-name-section --remove-producers-section \
  target/wasm32-unknown-unknown/wasm/sjalvtest.wasm
# Debian's binaryen (108) breaks the externref table wasm-bindgen emits; only use the npm one.
opt=node_modules/.bin/wasm-opt
if [[ -x "$opt" ]]; then
  "$opt" -Oz --enable-bulk-memory --enable-reference-types --enable-sign-ext --enable-mutable-globals \
    --enable-nontrapping-float-to-int --enable-multivalue \
    www/pkg/sjalvtest_bg.wasm -o www/pkg/sjalvtest_bg.wasm
fi
echo "build-wasm: www/pkg/sjalvtest_bg.wasm $(wc -c < www/pkg/sjalvtest_bg.wasm) bytes"
