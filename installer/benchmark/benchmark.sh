#!/usr/bin/env bash
# Benchmark of the Linux package (a report, not a test: it fails only when it cannot measure).
#
#   sudo installer/benchmark/benchmark.sh [--runs N] [--deb FILE]      (after mvn -B -Pinstaller -DskipTests package)
#
# Reports the .deb size, the installed size, the time from launch to the first window and the resident memory
# of the installed app, next to a bare JavaFX window (installer/benchmark/BareWindow.java) packaged the same
# way: the same bundled runtime (/opt/outbox-doctor/lib/runtime), the same jpackage launcher, class path,
# JVM options, and the same start-up cache (an AppCDS archive from a training run) when the app has one.
# It also measures both without the cache (JAVA_TOOL_OPTIONS=-Xshare:off).
#
# "First window": launch (exec of /opt/outbox-doctor/bin/outbox-doctor) until X reports a viewable window with
# the app's title, polled every 10 ms with xdotool under a private Xvfb. Resident memory: VmRSS of the process
# at that moment and 2 s later, and its peak (VmHWM). Runs alternate between the two apps after one warm-up
# run each; medians are reported. Installs the .deb first when outbox-doctor is not installed (and purges it
# at the end). Needs root for that, xvfb, xdotool, a JDK (javac, jar, jpackage) and target/lib from mvn package.
# Writes target/benchmark/results.md. Other work on the machine shows in the ranges: the fastest runs ("best")
# are the least disturbed, so their ratio is given too.
set -euo pipefail
cd "$(dirname "$0")/../.."
source installer/linux/xvfb-lib.sh

runs=7
deb=
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --deb) deb="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--deb FILE]" >&2; exit 2 ;;
  esac
done
[ -n "$deb" ] || deb="$(ls target/installer/outbox-doctor_*.deb 2>/dev/null | head -n1 || true)"
[ -f "$deb" ] || { echo "no .deb: run mvn -B -Pinstaller -DskipTests package first" >&2; exit 2; }

out=target/benchmark
rm -rf "$out"
mkdir -p "$out"
app_dir=/opt/outbox-doctor
purge_at_end=
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  stop_xvfb
  if [ -n "$purge_at_end" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq outbox-doctor >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

if ! dpkg -s outbox-doctor >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >"$out/apt-install.log" 2>&1
  purge_at_end=yes
fi

deb_bytes="$(stat -c %s "$deb")"
installed_size_kib="$(dpkg-query -W -f '${Installed-Size}' outbox-doctor)"
installed_du_kib="$(du -sk "$app_dir" | cut -f1)"
cds_bytes=0
[ -f "$app_dir/lib/app/outbox-doctor.jsa" ] && cds_bytes="$(stat -c %s "$app_dir/lib/app/outbox-doctor.jsa")"

# --- the bare JavaFX window, packaged the same way ---
bare="$out/bare"
mkdir -p "$bare/classes" "$bare/input"
javac -d "$bare/classes" --release 17 -cp "$(ls target/lib/javafx-*-linux.jar | paste -sd: -)" installer/benchmark/BareWindow.java
jar --create --file "$bare/input/bare-window.jar" -C "$bare/classes" .
java_options=()
while IFS= read -r option; do
  java_options+=(--java-options "${option//outbox-doctor.jsa/bare-window.jsa}")
done < <(sed -n 's/^java-options=//p' "$app_dir/lib/app/outbox-doctor.cfg" | grep -v '^-Djpackage.app-version=')
jpackage --type app-image --name bare-window --app-version 1.0 --input "$bare/input" --main-jar bare-window.jar \
  --main-class bench.BareWindow --runtime-image "$app_dir/lib/runtime" --dest "$bare/image" "${java_options[@]}"
bare_dir="$bare/image/bare-window"

start_xvfb
bench_home="$(mktemp -d)"

if [ -f "$app_dir/lib/app/outbox-doctor.classlist" ]; then
  # the same training and archive the .deb's postinst makes for the app
  classpath="$bare_dir/lib/app/bare-window.jar"
  HOME="$bench_home" "$app_dir/lib/runtime/bin/java" -XX:DumpLoadedClassList="$bare/bare-window.classlist" \
    -cp "$classpath" bench.BareWindow >/dev/null 2>&1 &
  app_pid=$!
  wait_for_window "Bare JavaFX" "$app_pid" 120 >/dev/null
  sleep 1
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
  "$app_dir/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$bare/bare-window.classlist" \
    -XX:SharedArchiveFile="$bare_dir/lib/app/bare-window.jsa" -cp "$classpath" >"$bare/cds-dump.log" 2>&1
fi

# measure TITLE LAUNCHER: prints "millis rss_at_window_kib rss_2s_later_kib peak_kib"
measure() {
  local title="$1" launcher="$2" start shown rss1 rss2 peak
  start=$(now_ms)
  HOME="$bench_home" "$launcher" >>"$out/launch.log" 2>&1 &
  app_pid=$!
  wait_for_window "$title" "$app_pid" 120 >/dev/null || { cat "$out/launch.log" >&2; echo "no window from $launcher" >&2; exit 1; }
  shown=$(( $(now_ms) - start ))
  rss1="$(rss_kib "$app_pid")"
  sleep 2
  rss2="$(rss_kib "$app_pid")"
  peak="$(rss_kib "$app_pid" VmHWM)"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
  echo "$shown $rss1 $rss2 $peak"
}

# series NAME TOOL_OPTIONS: warm-up, then $runs alternating rounds; appends to $out/NAME-{app,bare}.txt
series() {
  local name="$1" i
  export JAVA_TOOL_OPTIONS="$2"
  [ -n "$2" ] || unset JAVA_TOOL_OPTIONS
  measure "Outbox Doctor" "$app_dir/bin/outbox-doctor" >/dev/null
  measure "Bare JavaFX" "$bare_dir/bin/bare-window" >/dev/null
  for i in $(seq 1 "$runs"); do
    if [ $((i % 2)) -eq 1 ]; then
      measure "Outbox Doctor" "$app_dir/bin/outbox-doctor" >>"$out/$name-app.txt"
      measure "Bare JavaFX" "$bare_dir/bin/bare-window" >>"$out/$name-bare.txt"
    else
      measure "Bare JavaFX" "$bare_dir/bin/bare-window" >>"$out/$name-bare.txt"
      measure "Outbox Doctor" "$app_dir/bin/outbox-doctor" >>"$out/$name-app.txt"
    fi
  done
  unset JAVA_TOOL_OPTIONS
}

echo "measuring: $runs rounds as packaged, $runs rounds without the start-up cache ..."
series packaged ""
series nocache "-Xshare:off"
stop_xvfb
rm -rf "$bench_home"

# median FILE COLUMN
median() { awk -v c="$2" '{print $c}' "$1" | sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
range() { awk -v c="$2" '{print $c}' "$1" | sort -n | awk 'NR==1{lo=$1} {hi=$1} END {print lo "-" hi}'; }
best() { awk '{print $1}' "$1" | sort -n | head -n1; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k/1024}'; }
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "NOT MET"; fi; }

{
  echo "# Outbox Doctor package benchmark"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo)," \
       "load average $(cut -d' ' -f1-3 /proc/loadavg), Xvfb, $runs runs each (medians; range in brackets)."
  echo
  echo "| what | figure | target |"
  echo "|---|---|---|"
  awk -v b="$deb_bytes" -v ok="$(verdict $(( deb_bytes <= 45000000 )))" \
    'BEGIN {printf "| .deb size | %.1f MB (%.1f MiB) | at most 45 MB: %s |\n", b/1e6, b/1048576, ok}'
  awk -v i="$installed_size_kib" -v d="$installed_du_kib" -v c="$cds_bytes" \
    'BEGIN {printf "| installed size | %.1f MiB (Installed-Size); %.1f MiB on disk with the %.1f MiB start-up cache | |\n", i/1024, d/1024, c/1048576}'
  for name in packaged nocache; do
    a="$out/$name-app.txt"; b="$out/$name-bare.txt"
    label="as packaged"; [ "$name" = nocache ] && label="without start-up cache"
    ratio="$(awk -v x="$(median "$a" 1)" -v y="$(median "$b" 1)" 'BEGIN {printf "%.2f", x/y}')"
    best_ratio="$(awk -v x="$(best "$a")" -v y="$(best "$b")" 'BEGIN {printf "%.2f", x/y}')"
    met="$(awk -v r="$ratio" 'BEGIN {print (r <= 1.30) ? 1 : 0}')"
    echo "| first window, $label | $(median "$a" 1) ms ($(range "$a" 1)); bare JavaFX $(median "$b" 1) ms ($(range "$b" 1)): **${ratio}x** (best runs: $(best "$a") vs $(best "$b") ms, ${best_ratio}x) | at most 1.3x: $(verdict "$met") |"
    peak_max="$(awk '{print $4}' "$a" | sort -n | tail -n1)"
    echo "| resident memory, $label | $(mib "$(median "$a" 2)") MiB at first window, $(mib "$(median "$a" 3)") MiB 2 s later, peak $(mib "$(median "$a" 4)") MiB (max $(mib "$peak_max")); bare JavaFX $(mib "$(median "$b" 2)") / $(mib "$(median "$b" 3)") / $(mib "$(median "$b" 4)") MiB | under 200 MiB: $(verdict $(( peak_max < 200 * 1024 ))) |"
  done
  echo
  echo "JVM options of both launchers: $(sed -n 's/^java-options=//p' "$app_dir/lib/app/outbox-doctor.cfg" | grep -v jpackage.app-version | paste -sd' ' -)"
  echo "Raw rows (ms, KiB at window, KiB 2 s later, KiB peak) are in $out/*-app.txt and *-bare.txt."
} | tee "$out/results.md"
