#!/usr/bin/env bash
# Installs what is missing, builds the wasm and serves the demo on http://127.0.0.1:8080/.
#   scripts/demo.sh [--port N]      (or PORT=N scripts/demo.sh); a taken port moves to the next free one
# The first run takes about 20 minutes on two cores, almost all of it compiling the wasm-bindgen
# CLI once (scripts/setup.sh); later runs start in under a minute.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-8080}
while (($#)); do
  case $1 in
    --port|-p) [[ $# -ge 2 ]] || { echo "demo: --port needs a number" >&2; exit 2; }; port=$2; shift 2 ;;
    --port=*) port=${1#--port=}; shift ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "demo: unknown argument $1 (use --port N)" >&2; exit 2 ;;
  esac
done
# Checked before the long set-up, so a typo does not cost a build.
if ! [[ $port =~ ^[0-9]+$ ]] || ((port < 1 || port > 65535)); then
  echo "demo: --port must be a number from 1 to 65535, not '$port'" >&2
  exit 2
fi

echo "demo: 1/3 checking the tools (scripts/setup.sh)"
scripts/setup.sh
echo "demo: 2/3 building the wasm (scripts/build-wasm.sh)"
scripts/build-wasm.sh
echo "demo: 3/3 serving www/"
exec node scripts/serve.mjs --port "$port"
