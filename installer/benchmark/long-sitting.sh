#!/usr/bin/env bash
# Memory over a long sitting: one window runs 20 practice checks (test-classes' LongSittingBenchmark) under a private
# Xvfb, and the resident memory after the 1st, 10th and 20th is compared (targets: the 20th within 10 % of the 1st;
# packaged, under 200 MB). A report, not a test: it fails only when it cannot measure.
#
#   installer/benchmark/long-sitting.sh        (after mvn -B test-compile; no root needed; needs xvfb and a JDK)
#
# Three sittings, each with an empty user.home so that no preference of the machine's user changes what is measured,
# and with the rendering choice the app makes itself at start (ui/RenderingChoice: software rendering without a
# graphics device), which the benchmark's own main class would skip:
#   jar       `java -jar` by hand: this JDK, JavaFX from the class path, no JVM options;
#   run-app   as the README's installer/setup/run-app.sh opens it: this JDK with the installers' JVM options
#             (installer/app-image.args, installer/linux/app-image.args) and GTK's OpenGL off;
#   packaged  as the installed app runs: the Linux app image's own runtime and launcher options (lib/app/*.cfg),
#             from /opt/outbox-doctor or target/installer/image/outbox-doctor (mvn -Pinstaller package), GTK's
#             OpenGL off as outbox-doctor-start does; skipped without an image.
# Writes target/benchmark/long-sitting.md. SNAPSHOTS=1 adds, per sitting, where the memory grew by component.
# SITTINGS="run-app" (any of jar, run-app, packaged; all three by default) runs only those; EXTRA_OPTIONS="-XX:..."
# adds JVM options after the run-app sitting's own, to try one against the installers' options:
#   SITTINGS=run-app EXTRA_OPTIONS="-XX:Tier3InvocationThreshold=1000" installer/benchmark/long-sitting.sh
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

# the launcher options of an app image's .cfg ([JavaOptions] java-options=...), $APPDIR expanded
image_options() {
  local app="$1/lib/app"
  sed -n 's/^java-options=//p' "$app/outbox-doctor.cfg" | sed "s|\$APPDIR|$app|g"
}

# the java-options of the jpackage argument files, for a sitting without an image
args_options() {
  sed -n 's/^--java-options //p' installer/app-image.args installer/linux/app-image.args \
    | tr -d '"' | grep -v SharedArchiveFile
}

image=""
for candidate in /opt/outbox-doctor target/installer/image/outbox-doctor; do
  [ -x "$candidate/lib/runtime/bin/java" ] && [ -f "$candidate/lib/app/outbox-doctor.cfg" ] && { image="$candidate"; break; }
done

rendering=()
compgen -G '/dev/dri/*' >/dev/null || compgen -G '/dev/nvidia*' >/dev/null \
  || rendering=(-Dprism.order=sw -Dprism.disableRegionCaching=true)
classes="target/classes:target/test-classes:$(cat "$out/classpath.txt")"

# SNAPSHOTS=1: keep /proc/<pid>/smaps at each measured run (target/benchmark/smaps-NAME-RUN; the benchmark holds 3 s
# for it) and print where the memory grew, by component (installer/benchmark/rss-breakdown.py); after the 20th, the
# compiled methods and the code cache (jcmd Compiler.codelist / Compiler.codecache, target/benchmark/code*-NAME.txt)
snapshots="${SNAPSHOTS:-0}"

# sitting NAME GDK_GL JAVA CLASSPATH OPTIONS...
sitting() {
  local name="$1" gdk_gl="$2" java="$3" classpath="$4" pid seen=0 run
  shift 4
  local hold=()
  [ "$snapshots" = 1 ] && hold=(-DlongSitting.holdSeconds=3)
  : >"$out/long-sitting-$name.txt"
  env ${gdk_gl:+GDK_GL=$gdk_gl} "$java" "$@" "${rendering[@]}" "${hold[@]}" -Duser.home="$bench_home" \
    -Djava.util.prefs.userRoot="$bench_home" -cp "$classpath" org.outboxdoctor.bench.LongSittingBenchmark \
    >"$out/long-sitting-$name.txt" 2>"$out/long-sitting-$name.log" &
  pid=$!
  while [ "$snapshots" = 1 ] && kill -0 "$pid" 2>/dev/null; do
    for run in $(sed -n 's/^long-sitting-benchmark run=\([0-9]*\) .*/\1/p' "$out/long-sitting-$name.txt"); do
      [ "$run" -gt "$seen" ] || continue
      cp "/proc/$pid/smaps" "$out/smaps-$name-$run" 2>/dev/null || true
      # the compiled methods and the code cache at the end only: jcmd attaching inflates the resident memory
      [ "$run" = 20 ] && { jcmd "$pid" Compiler.codelist >"$out/codelist-$name.txt" 2>/dev/null; \
        jcmd "$pid" Compiler.codecache >"$out/codecache-$name.txt" 2>/dev/null; } || true
      seen="$run"
    done
    sleep 0.5
  done
  wait "$pid" || true
  cat "$out/long-sitting-$name.txt"
  if [ "$snapshots" = 1 ] && [ -f "$out/smaps-$name-1" ]; then
    python3 installer/benchmark/rss-breakdown.py "$out"/smaps-"$name"-{1,10,20} | tee "$out/long-sitting-$name-breakdown.txt"
    [ ! -s "$out/codelist-$name.txt" ] || echo "compiled methods at the 20th: $(grep -c '^[0-9]' "$out/codelist-$name.txt")"
  fi
}

sittings=" ${SITTINGS:-jar run-app packaged} "
wanted() { [[ "$sittings" == *" $1 "* ]]; }
read -r -a extra_options <<<"${EXTRA_OPTIONS:-}"
gl_off=""
[ ${#rendering[@]} -eq 0 ] || gl_off=disable
wanted jar && sitting jar "" java "$classes"
mapfile -t options < <(args_options)
wanted run-app && sitting run-app "$gl_off" java "$classes" "${options[@]}" ${extra_options[@]+"${extra_options[@]}"}
if [ -n "$image" ] && wanted packaged; then
  mapfile -t options < <(image_options "$image")
  sitting packaged "$gl_off" "$image/lib/runtime/bin/java" "$image/lib/app/*:$image/lib/app/lib/*:target/test-classes" "${options[@]}"
fi

kib() { sed -n "s/^long-sitting-benchmark run=$2 rss_kib=\([0-9]*\).*/\1/p" "$out/long-sitting-$1.txt"; }
row() {
  local first middle last
  first="$(kib "$1" 1)"; middle="$(kib "$1" 10)"; last="$(kib "$1" 20)"
  [ -n "$first" ] && [ -n "$last" ] || { cat "$out/long-sitting-$1.log" >&2; echo "no figures for $1" >&2; exit 1; }
  awk -v name="$2" -v a="$first" -v b="$middle" -v c="$last" -v limit="$3" 'BEGIN {
    growth = (c - a) * 100 / a
    size = (limit == "") ? "" : sprintf("; under %d MB: %s", limit, (c * 1024 <= limit * 1000000) ? "met" : "NOT MET")
    printf "| %s | %.0f MiB | %.0f MiB | %.0f MiB | %+.1f %% (within 10 %%: %s%s) |\n",
      name, a/1024, b/1024, c/1024, growth, (growth <= 10) ? "met" : "NOT MET", size }'
}
{
  echo "# Outbox Doctor: memory over a long sitting"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(java -version 2>&1 | head -n1), Xvfb; 20 practice checks in one window."
  echo "Packaged: ${image:-no app image found, not measured}."
  echo
  echo "| sitting | after the 1st | 10th | 20th | growth |"
  echo "|---|---|---|---|---|"
  wanted jar && row jar "\`java -jar\` by hand (no JVM options)" ""
  wanted run-app && row run-app "README's \`run-app.sh\` (the installers' JVM options${EXTRA_OPTIONS:+ and $EXTRA_OPTIONS})" ""
  [ -z "$image" ] || ! wanted packaged || row packaged "installed (Linux app image)" 200
} | tee "$out/long-sitting.md"
