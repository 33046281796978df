#!/usr/bin/env bash
# Installs what is missing, then runs every check: formatting, clippy (native and wasm32), the
# native tests (unit, scenarios, API, CLI, hostile input, property tests, tidy, doctests), a
# bounded fuzz run, the wasm build and its size budget, the TypeScript types (tsc), the wasm tests
# in headless Chromium, and the end-to-end browser tests.
# Every step runs even if an earlier one fails; the last line is "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
out=test-output
mkdir -p "$out"

passed=0
failed=0
failures=()

# count STEP LOG: adds the step's own pass/fail counts when its log has them, else 1 for the step.
count() {
  local step=$1 status=$2 log=$3 p=0 f=0
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$log" | grep -v '^0 ' | awk '{s+=$1} END {print s+0}')
  if grep -q '^# pass ' "$log"; then
    p=$(awk '/^# pass /{s+=$3} END {print s+0}' "$log")
    f=$(awk '/^# fail /{s+=$3} END {print s+0}' "$log")
  fi
  if ((p == 0 && f == 0)); then
    if ((status == 0)); then p=1; else f=1; fi
  elif ((status != 0 && f == 0)); then
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  if ((status != 0)); then failures+=("$step (see $log)"); fi
  printf '%-28s %s  (%d passed, %d failed)\n' "$step" "$( ((status == 0)) && echo ok || echo FAILED)" "$p" "$f"
}

step() {
  local name=$1; shift
  local log="$out/${name// /-}.log"
  "$@" >"$log" 2>&1
  count "$name" $? "$log"
}

step "setup" scripts/setup.sh --tests
step "cargo fmt" cargo fmt --all -- --check
step "clippy native" cargo clippy --all-targets -- -D warnings
step "clippy wasm32" cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features all-flows,js-api,handler -- -D warnings
step "native tests" cargo test
step "fuzz (bounded)" scripts/fuzz.sh 200000
step "wasm build" scripts/build-wasm.sh
step "size budget" node scripts/size-report.mjs --check
# The TypeScript types as a partner compiles them: the generated www/pkg/sjalvtest.d.ts (with
# src/api.d.ts inside) and www/sjalvtest.d.ts, used by tests/types/usage.ts.
step "typescript types" node_modules/.bin/tsc --noEmit --strict -p tests/types
WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/webdriver.json" \
  step "wasm tests in chromium" cargo test --target wasm32-unknown-unknown --no-default-features --features embed-texts,all-flows,js-api,handler --test main
step "browser tests" node --test --test-reporter=tap tests/e2e/

if ((${#failures[@]})); then
  echo "failed steps:"
  printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
((failed == 0))
