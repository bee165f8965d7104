#!/usr/bin/env bash
# Memory over a long sitting: one window runs 20 practice checks (test-classes' LongSittingBenchmark) under a private
# Xvfb, and the resident memory after the 1st, 10th and 20th is compared (target: the 20th within 10 % of the 1st).
# A report, not a test: it fails only when it cannot measure.
#
#   installer/benchmark/long-sitting.sh        (after mvn -B test-compile; no root needed; needs xvfb and a JDK)
#
# Runs the app's classes as the plain jar does (java, JavaFX from the class path, no JVM options) with an empty
# user.home, so that no preference of the machine's user changes what is measured and nothing is written there.
# Writes target/benchmark/long-sitting.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
source installer/linux/xvfb-lib.sh

[ -d target/classes ] && [ -d target/test-classes ] || { echo "no target/classes: run mvn -B test-compile first" >&2; exit 2; }
out=target/benchmark
mkdir -p "$out"
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test >/dev/null \
  || mvn -B -q dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=test >/dev/null
bench_home="$(mktemp -d)"
trap 'stop_xvfb; rm -rf "$bench_home"' EXIT
start_xvfb
java -Duser.home="$bench_home" -Djava.util.prefs.userRoot="$bench_home" -cp "target/classes:target/test-classes:$(cat "$out/classpath.txt")" \
  org.outboxdoctor.bench.LongSittingBenchmark 2>"$out/long-sitting.log" | tee "$out/long-sitting.txt"

kib() { sed -n "s/^long-sitting-benchmark run=$1 rss_kib=\([0-9]*\).*/\1/p" "$out/long-sitting.txt"; }
first="$(kib 1)"; middle="$(kib 10)"; last="$(kib 20)"
[ -n "$first" ] && [ -n "$last" ] || { cat "$out/long-sitting.log" >&2; echo "no figures" >&2; exit 1; }
{
  echo "# Outbox Doctor: memory over a long sitting"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(java -version 2>&1 | head -n1), Xvfb; 20 practice checks in one window."
  echo
  awk -v a="$first" -v b="$middle" -v c="$last" 'BEGIN {
    printf "| after check | resident memory |\n|---|---|\n| 1st | %.0f MiB |\n| 10th | %.0f MiB |\n| 20th | %.0f MiB |\n", a/1024, b/1024, c/1024
    growth = (c - a) * 100 / a
    printf "\nThe 20th against the 1st: %+.1f %% (target: within 10 %%: %s).\n", growth, (growth <= 10) ? "met" : "NOT MET" }'
} | tee "$out/long-sitting.md"
