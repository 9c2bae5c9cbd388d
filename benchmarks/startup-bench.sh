#!/usr/bin/env bash
# Start-up of a fresh JVM: the first @StateMachineTest (startup/ThreeStateTests, run by the JUnit Launcher from
# startup/FirstTest's main) and a CLI `run` of the same three-state machine, each with and without a Class Data
# Sharing archive, interleaved over several rounds. Prints, per variant, the median CPU time (user + system) of the
# JVM process, the median and fastest wall time, and for the test the time from starting the JVM to the test's end.
#
#   ./benchmarks/startup-bench.sh [--rounds 8] [--no-build]
#
# The archives are written under benchmarks/target/startup/ first: for the test, from the jars alone with the class
# list of one ordinary run, as the Surefire recipe of docs/guides/performance.md does; for the CLI, as the launcher
# cli/target/orrery does. State the load average (printed) with any figure: the machine's other work moves the wall
# times, much less the CPU times.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/target/startup"
rounds=8
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup-bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v /usr/bin/time >/dev/null || { echo "startup-bench.sh: needs /usr/bin/time (GNU time)" >&2; exit 2; }

if [ "$build" = 1 ] || [ ! -f "$root/examples/target/startup-cp.txt" ] || [ ! -f "$root/cli/target/orrery.jar" ]; then
  (cd "$root" && ./mvnw -B -q -pl examples,cli -am package dependency:build-classpath -DskipTests \
      -Dmaven.javadoc.skip=true -Dmaven.source.skip -Dmdep.includeScope=test -Dmdep.outputFile=target/startup-cp.txt)
fi
jars="$(cat "$root/examples/target/startup-cp.txt")"

rm -rf "$work" && mkdir -p "$work/classes/startup" "$work/cli"
javac -d "$work/classes" -cp "$jars" "$here/startup/FirstTest.java" "$here/startup/ThreeStateTests.java"
cp "$here/startup/three.asl.json" "$work/classes/startup/"
cp "$root/cli/target/orrery.jar" "$work/cli/orrery.jar"
definition="$here/startup/three.asl.json"
classes="$work/classes"
cd "$work"

# the test's archive: the class list of an ordinary run (directories first, as Surefire orders them), dumped from the jars
java -XX:DumpLoadedClassList=tests.classlist -cp "$classes:$jars" startup.FirstTest >/dev/null
java -Xshare:dump -XX:SharedClassListFile=tests.classlist -XX:SharedArchiveFile=tests.jsa \
    -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$jars" >/dev/null
# the CLI's archive, as the launcher records it
java -XX:ArchiveClassesAtExit=cli/orrery.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar cli/orrery.jar run --definition "$definition" >/dev/null

names=(
  "first test, directories first (as Surefire)"
  "first test, directories first, -XX:TieredStopAtLevel=1"
  "first test, jars first + archive (the recipe)"
  "first test, jars first + archive, -XX:TieredStopAtLevel=1"
  "java -jar orrery.jar run"
  "java -jar orrery.jar run + archive (the launcher)"
)
run_variant() {
  case "$1" in
    0) exec java -cp "$classes:$jars" startup.FirstTest ;;
    1) exec java -XX:TieredStopAtLevel=1 -cp "$classes:$jars" startup.FirstTest ;;
    2) exec java -XX:SharedArchiveFile=tests.jsa -Xshare:auto -cp "$jars:$classes" startup.FirstTest ;;
    3) exec java -XX:SharedArchiveFile=tests.jsa -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$jars:$classes" \
          startup.FirstTest ;;
    4) exec java -jar cli/orrery.jar run --definition "$definition" ;;
    5) exec java -XX:SharedArchiveFile=cli/orrery.jsa -Xshare:auto -Xlog:cds=off -jar cli/orrery.jar run \
          --definition "$definition" ;;
  esac
}

: > results.txt
loads=""
for ((round = 1; round <= rounds; round++)); do
  loads="$loads $(cut -d' ' -f1 /proc/loadavg)"
  for i in "${!names[@]}"; do
    start=$(date +%s%N)
    /usr/bin/time -f "%e %U %S" -o time.txt bash -c "$(declare -f run_variant); cd '$work'; \
        jars='$jars' classes='$classes' definition='$definition' run_variant $i" > out.txt
    read -r wall user system < time.txt
    finished=$(sed -n 's/^finished_epoch_ns=//p' out.txt)
    to_end=""
    [ -n "$finished" ] && to_end=$(( (finished - start) / 1000000 ))
    awk -v i="$i" -v w="$wall" -v u="$user" -v s="$system" -v f="$to_end" \
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
