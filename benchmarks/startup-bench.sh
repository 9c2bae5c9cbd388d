#!/usr/bin/env bash
# Start-up of a fresh JVM: the first @StateMachineTest (startup/ThreeStateTests, run by the JUnit Launcher from
# startup/FirstTest's main), the same launcher running one plain JUnit test without Orrery on the class path
# (startup/PlainTests: the baseline, JUnit's own start) and a CLI `run` of the same three-state machine, each with and
# without a Class Data Sharing archive, interleaved over several rounds. Prints, per variant, the median CPU time
# (user + system) of the JVM process, the median and fastest wall time, and for the tests the time from starting the
# JVM to the test's end.
#
#   ./benchmarks/startup-bench.sh [--rounds 8] [--no-build] [--before DIR]
#
# --before DIR runs the Orrery rows a second time, interleaved, with the jars of another build: DIR holds its
# orrery-core, orrery-junit, orrery-assertj and orrery-engine jars and its CLI jar as orrery.jar (copy them there from
# that build's target directories). The archives are written under benchmarks/target/startup/ first: for the test,
# from the jars alone with the class list of one ordinary run, as the Surefire recipe of docs/guides/performance.md
# does; for the CLI, as the launcher cli/target/orrery does. State the load average (printed) with any figure: the
# machine's other work moves the wall times, much less the CPU times.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/target/startup"
rounds=8
build=1
before=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --before) before="$(cd "$2" && pwd)"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup-bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v /usr/bin/time >/dev/null || { echo "startup-bench.sh: needs /usr/bin/time (GNU time)" >&2; exit 2; }

if [ "$build" = 1 ] || [ ! -f "$root/examples/target/startup-cp.txt" ] || [ ! -f "$root/cli/target/orrery.jar" ]; then
  (cd "$root" && ./mvnw -B -q -pl examples,cli -am package dependency:build-classpath -DskipTests \
      -Dmaven.javadoc.skip=true -Dmaven.source.skip -Dmdep.includeScope=test -Dmdep.outputFile=target/startup-cp.txt)
fi
jars="$(cat "$root/examples/target/startup-cp.txt")"
# JUnit's jars alone, for the baseline
plain="$(echo "$jars" | tr ':' '\n' | grep -E '/(junit-|opentest4j|apiguardian)' | grep -v orrery | paste -sd: -)"

rm -rf "$work" && mkdir -p "$work/classes/startup"
javac -d "$work/classes" -cp "$jars" "$here/startup/FirstTest.java" "$here/startup/ThreeStateTests.java" \
    "$here/startup/PlainTests.java"
cp "$here/startup/three.asl.json" "$work/classes/startup/"
definition="$here/startup/three.asl.json"
classes="$work/classes"
cd "$work"

# One build's class path, CLI jar and archives under $work/<build>/: the test's archive is the class list of an
# ordinary run (directories first, as Surefire orders them) dumped from the jars; the CLI's as the launcher records it.
prepare() {
  local name="$1" cp="$2" cli="$3"
  mkdir -p "$work/$name"
  echo "$cp" > "$work/$name/cp.txt"
  cp "$cli" "$work/$name/orrery.jar"
  java -XX:DumpLoadedClassList="$work/$name/tests.classlist" -cp "$classes:$cp" startup.FirstTest >/dev/null
  java -Xshare:dump -XX:SharedClassListFile="$work/$name/tests.classlist" -XX:SharedArchiveFile="$work/$name/tests.jsa" \
      -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$cp" >/dev/null
  java -XX:ArchiveClassesAtExit="$work/$name/orrery.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -jar "$work/$name/orrery.jar" run --definition "$definition" >/dev/null
}
prepare this "$jars" "$root/cli/target/orrery.jar"
builds=(this)
if [ -n "$before" ]; then
  before_jars="$jars"
  for module in core junit assertj engine; do
    jar="$(ls "$before"/orrery-"$module"-*.jar | head -1)"
    before_jars="$(echo "$before_jars" | tr ':' '\n' | sed -E "s#^.*/orrery-$module-[^/]*\\.jar\$#$jar#" | paste -sd: -)"
  done
  prepare before "$before_jars" "$before/orrery.jar"
  builds=(this before)
fi

rows=(
  "first test, directories first (as Surefire)"
  "first test, directories first, -XX:TieredStopAtLevel=1"
  "first test, jars first + archive (the recipe)"
  "first test, jars first + archive, -XX:TieredStopAtLevel=1"
  "java -jar orrery.jar run"
  "java -jar orrery.jar run + archive (the launcher)"
)
run_variant() {
  local dir="$work/$1" cp
  cp="$(cat "$dir/cp.txt")"
  case "$2" in
    0) exec java -cp "$classes:$cp" startup.FirstTest ;;
    1) exec java -XX:TieredStopAtLevel=1 -cp "$classes:$cp" startup.FirstTest ;;
    2) exec java -XX:SharedArchiveFile="$dir/tests.jsa" -Xshare:auto -cp "$cp:$classes" startup.FirstTest ;;
    3) exec java -XX:SharedArchiveFile="$dir/tests.jsa" -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$cp:$classes" \
          startup.FirstTest ;;
    4) exec java -jar "$dir/orrery.jar" run --definition "$definition" ;;
    5) exec java -XX:SharedArchiveFile="$dir/orrery.jsa" -Xshare:auto -Xlog:cds=off -jar "$dir/orrery.jar" run \
          --definition "$definition" ;;
    plain) exec java -cp "$classes:$plain" startup.FirstTest startup.PlainTests ;;
    plain1) exec java -XX:TieredStopAtLevel=1 -cp "$classes:$plain" startup.FirstTest startup.PlainTests ;;
  esac
}

# the variants: each row for each build, then the two baseline rows
names=()
specs=()
for i in "${!rows[@]}"; do
  for b in "${builds[@]}"; do
    if [ "$b" = this ]; then names+=("${rows[$i]}"); else names+=("${rows[$i]}, before"); fi
    specs+=("$b $i")
  done
done
names+=("plain JUnit test without Orrery, directories first" "plain JUnit test without Orrery, -XX:TieredStopAtLevel=1")
specs+=("this plain" "this plain1")

: > results.txt
loads=""
for ((round = 1; round <= rounds; round++)); do
  loads="$loads $(cut -d' ' -f1 /proc/loadavg)"
  for v in "${!specs[@]}"; do
    start=$(date +%s%N)
    /usr/bin/time -f "%e %U %S" -o time.txt bash -c "$(declare -f run_variant); work='$work'; \
        classes='$classes'; plain='$plain'; definition='$definition'; cd '$work'; run_variant ${specs[$v]}" > out.txt
    read -r wall user system < time.txt
    finished=$(sed -n 's/^finished_epoch_ns=//p' out.txt)
    to_end=""
    [ -n "$finished" ] && to_end=$(( (finished - start) / 1000000 ))
    awk -v i="$v" -v w="$wall" -v u="$user" -v s="$system" -v f="$to_end" \
        'BEGIN { printf "%d %.0f %.0f %s\n", i, (u + s) * 1000, w * 1000, f }' >> results.txt
  done
done

echo "OpenJDK: $(java -version 2>&1 | head -1); cores: $(nproc); rounds: $rounds; load average (1 min) per round:$loads"
echo
echo "| run | CPU ms, median | wall ms, median (fastest) | test finished ms, median (fastest) |"
echo "|---|---:|---:|---:|"
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for i in "${!names[@]}"; do
  cpu=$(awk -v i="$i" '$1 == i { print $2 }' results.txt | median)
  wall=$(awk -v i="$i" '$1 == i { print $3 }' results.txt | median)
  fastest=$(awk -v i="$i" '$1 == i { print $3 }' results.txt | sort -n | head -1)
  fin=$(awk -v i="$i" '$1 == i && NF > 3 { print $4 }' results.txt | median)
  finfast=$(awk -v i="$i" '$1 == i && NF > 3 { print $4 }' results.txt | sort -n | head -1)
  echo "| ${names[$i]} | $cpu | $wall ($fastest) | ${fin:+$fin ($finfast)} |"
done
