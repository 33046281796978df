#!/usr/bin/env bash
# A bounded fuzz run of every target in fuzz/ with cargo-fuzz (libFuzzer), for the test command:
# saved sessions as JSON bytes, call sequences with raw answers on every self-test, and the
# screening: its CSV reader, one JSON Lines record, and a whole run in both formats.
# cargo-fuzz wants nightly for its -Z flags; RUSTC_BOOTSTRAP=1 lets stable Rust accept them, only
# for this build. No sanitizer: the crate has no unsafe code, and what we look for is a panic.
#
#   scripts/fuzz.sh [RUNS]   RUNS per target (default 200000, at most 30 s each, so the five
#                            take under three minutes after the build);
#                            corpus, logs and failing inputs go to test-output/fuzz/
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
runs=${1:-200000}
out=test-output/fuzz
command -v cargo-fuzz >/dev/null || { echo "fuzz: cargo-fuzz is missing; run scripts/setup.sh --tests" >&2; exit 2; }
for target in restore session csv jsonl screen; do
  mkdir -p "$out/$target"
  seeds=()
  extra=()
  case $target in
    restore) seeds=(tests/fixtures); extra=(-dict=fuzz/restore.dict) ;;
    # The fixtures and examples as seeds: real headers, quotes, semicolons, BOM, CRLF.
    csv | jsonl | screen) seeds=(tests/fixtures examples) ;;
  esac
  echo "fuzz: $target, $runs runs"
  status=0
  RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none "$target" "$out/$target" "${seeds[@]}" -- \
    -runs="$runs" -max_total_time=30 -seed=1 -artifact_prefix="$out/" "${extra[@]}" >"$out/$target.log" 2>&1 || status=$?
  # libFuzzer's log is long; show its verdict, and on a failure the panic and where the input went.
  grep -E "^Done|panicked|^SUMMARY|Test unit written|^error" "$out/$target.log" || true
  if ((status != 0)); then
    echo "fuzz: $target failed (exit $status); log in $out/$target.log" >&2
    exit 1
  fi
done
echo "fuzz: no failure"
