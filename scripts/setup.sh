#!/usr/bin/env bash
# Installs what the project needs and is missing, and nothing else. Idempotent: a second run
# only checks. Needs the machine's Rust (rustup) and Node (npm); everything else comes from
# rustup, crates.io, Debian's apt and the npm registry.
#
#   scripts/setup.sh          what the demo needs: wasm32 target, pinned wasm-bindgen CLI, npm packages
#   scripts/setup.sh --tests  the same, plus Chromium and ChromeDriver for the browser tests and
#                             cargo-fuzz for the bounded fuzz run
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
[[ "${1:-}" == "--tests" ]] && want_browser=1

say() { echo "setup: $*"; }
die() { echo "setup: error: $*" >&2; exit 2; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif have sudo; then sudo "$@"
  else die "need root or sudo for: $*"
  fi
}

for tool in rustup cargo node npm; do have "$tool" || die "$tool not found: install Rust (rustup) and Node.js first"; done
export PATH="$HOME/.cargo/bin:$PATH"

# 1. The wasm32 target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen CLI at exactly the version Cargo.lock pins (the CLI and the crate must match).
version=$(awk '/^\[\[package\]\]/{p=0} /^name = "wasm-bindgen"$/{p=1} p && /^version = /{gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
[[ -n "$version" ]] || die "wasm-bindgen is not in Cargo.lock"
installed=$( (wasm-bindgen --version 2>/dev/null || true) | awk '{print $2}')
runner=$( (wasm-bindgen-test-runner --version 2>/dev/null || true) | awk '{print $2}')
if [[ "$installed" != "$version" || "$runner" != "$version" ]]; then
  say "installing wasm-bindgen-cli $version (have: ${installed:-none}) with cargo install"
  say "this compiles about 200 crates once: about 17 minutes on two cores; cargo shows its progress below"
  # --locked can fail when a locked dependency is gone from the registry; then resolve afresh.
  cargo install wasm-bindgen-cli --version "=$version" --locked --force \
    || cargo install wasm-bindgen-cli --version "=$version" --force
fi

# 3. npm packages (wasm-opt from the npm package binaryen; playwright-core, axe-core and typescript
#    for tests).
stamp=node_modules/.package-lock.sha256
sum=$(sha256sum package-lock.json | awk '{print $1}')
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$sum" ]]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$sum" > "$stamp"
fi

# 4. Chromium and ChromeDriver from Debian (never a test tool's own browser download).
if ((want_browser)) && ! { have chromium && have chromedriver; }; then
  say "installing chromium and chromium-driver with apt"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    as_root apt-get update -q -o DPkg::Lock::Timeout=300
  fi
  as_root apt-get install -y -q -o DPkg::Lock::Timeout=300 --no-install-recommends chromium chromium-driver fonts-liberation
fi
# 5. cargo-fuzz for the bounded fuzz run in the test command (scripts/fuzz.sh).
if ((want_browser)) && ! command -v cargo-fuzz >/dev/null 2>&1; then
  say "installing cargo-fuzz (about a minute)"
  cargo install cargo-fuzz --version =0.13.2 --locked
fi
say "ready"
