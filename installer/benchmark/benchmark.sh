#!/usr/bin/env bash
# Start-up benchmark of the app, packaged and as a plain jar (a report, not a test: it fails only when it cannot
# measure).
#
#   sudo installer/benchmark/benchmark.sh [--runs N] [--deb FILE]      (after mvn -B -Pinstaller -DskipTests package)
#
# Every figure is a ratio against a bare JavaFX window (installer/benchmark/BareWindow.java: one Stage, one Label)
# started the same way in the same run, so that it holds on a busy machine:
#   - packaged: the installed .deb (/opt/outbox-doctor) against the bare window packaged the same way: the same
#     bundled runtime, the same jpackage launcher, class path, JVM options and the same start-up cache (an AppCDS
#     archive from a training run) when the app has one. Both again without the cache (JAVA_TOOL_OPTIONS=-Xshare:off).
#     The app is started as its menu entry starts it (installer/linux/outbox-doctor-start). On a computer without a
#     graphics device, where the app keeps GTK from loading OpenGL and picks JavaFX's software renderer before the
#     toolkit starts (a bare JavaFX window loads OpenGL and probes it first), once more with the bare window given
#     the same choices.
#   - plain jar: the README's `java -jar target/outbox-doctor.jar` with the JDK on the PATH against
#     `java -jar bare-window.jar` (JavaFX from target/lib on its class path, like the app's), each with a static
#     AppCDS archive made the same way (the classes a training run loads until its window shows, then -Xshare:dump).
#   - plain jar on JDK 25 or later, when one is installed (CI machines have Temurin's under /usr/lib/jvm; AOT_JAVA=
#     names another): the same two jars, each with its own AOT cache from a training run (-XX:AOTCacheOutput, JEPs 483,
#     514, 515: classes loaded and linked ahead of time, lambdas and method profiles kept). JDK 17 has no such cache;
#     the row shows whether it would close the gap to the bare window.
#   - the bundled runtime: the installed app (JDK 17 + AppCDS) against the same app on a JDK 25+ runtime with AOT
#     caches (installer/benchmark/jdk25-image.sh), first page, alternating.
#   - the command line, launch -> verdict of `practice run healthy` and `practice run port-25-blocked`: java -jar,
#     the installed console launcher, and the JDK 25 image's console launcher.
#     The installers adopt JDK 25 only if both its first page and its command line come sooner in the same run.
# Then, under the same X server, target/test-classes' FirstWindowBenchmark: in one JVM, a bare window, then the app's
# window five times; the first time against the later ones is the JVM's first-time cost of the app's page.
#
# "First window": launch (exec) until X reports a viewable window with the app's title, polled every 10 ms with
# xdotool under a private Xvfb (the window maps once its first page is laid out, so this is the time to the first
# wizard page). Resident memory: VmRSS of the process at that moment and 2 s later, and its peak (VmHWM). Runs
# alternate between the two apps after one warm-up run each; medians are reported, and the fastest runs ("best",
# the least disturbed by other work) with their ratio too. "After a check": one more run of the app, driven with the
# keyboard through "Try a practice scenario" to the first scenario (healthy): its pretend mail servers start inside
# the app and the full check runs against them; memory is read 5 s after the practice title shows.
#
# Last, installer/benchmark/long-sitting.sh: resident memory after the 1st, 10th and 20th of 20 practice checks in
# one window (target: the 20th within 10 % of the 1st).
#
# Installs the .deb first when outbox-doctor is not installed (and purges it at the end). Needs root for that,
# xvfb, xdotool, a JDK (java, javac, jar, jpackage) and target/outbox-doctor.jar + target/lib + target/test-classes
# from mvn verify (or package).
# Every run gets a new, empty user.home (JDK 17 ignores $HOME): no preference of the machine's user (larger text)
# changes what is measured, and nothing is written there.
# Writes target/benchmark/results.md; raw rows are in target/benchmark/*.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=installer/linux/xvfb-lib.sh
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
[ -f target/outbox-doctor.jar ] && [ -d target/lib ] && [ -d target/test-classes ] \
  || { echo "no target/outbox-doctor.jar, target/lib or target/test-classes: run mvn verify" >&2; exit 2; }

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
# launcher_java_options: the JVM options of the installed app's launchers, one per line (without the version jpackage
# adds itself)
launcher_java_options() {
  sed -n 's/^java-options=//p' "$app_dir/lib/app/outbox-doctor.cfg" | grep -v '^-Djpackage.app-version='
}
java_options=()
while IFS= read -r option; do
  java_options+=(--java-options "${option//outbox-doctor.jsa/bare-window.jsa}")
done < <(launcher_java_options)
jpackage --type app-image --name bare-window --app-version 1.0 --input "$bare/input" --main-jar bare-window.jar \
  --main-class bench.BareWindow --runtime-image "$app_dir/lib/runtime" --dest "$bare/image" "${java_options[@]}"
bare_dir="$bare/image/bare-window"

# --- the plain jar, and the bare window as a jar beside it: JavaFX on its class path as in the app's manifest ---
jar_dir="$PWD/$out/jar"
mkdir -p "$jar_dir"
app_jar="$PWD/target/outbox-doctor.jar"
bare_jar="$PWD/$out/bare-window.jar"   # one folder below outbox-doctor.jar: its lib/... is ../lib/...
unzip -p "$app_jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
  | sed -n 's/^Class-Path: //p' | tr ' ' '\n' | grep '^lib/javafx-' | sed 's#^#../#' | paste -sd' ' - >"$jar_dir/javafx-class-path"
[ -s "$jar_dir/javafx-class-path" ] || { echo "no JavaFX jars in the Class-Path of $app_jar" >&2; exit 1; }
printf 'Main-Class: bench.BareWindow\nClass-Path: %s\n' "$(cat "$jar_dir/javafx-class-path")" >"$jar_dir/bare-manifest.txt"
jar --create --file "$bare_jar" --manifest "$jar_dir/bare-manifest.txt" -C "$bare/classes" .
jdk_version="$(java -version 2>&1 | head -n1)"

start_xvfb
bench_home="$(mktemp -d)"
# every java started below reads JAVA_TOOL_OPTIONS; a command that sets it itself (env JAVA_TOOL_OPTIONS=...) adds this
home_option="-Duser.home=$bench_home"

# train TITLE CACHE_OPTION COMMAND...: runs COMMAND (with CACHE_OPTION, which names the class list or cache to write,
# inserted after the java binary) until its window shows and 1 s after, as the .deb's build does for the app
train() {
  local title="$1" cache_option="$2"; shift 2
  local java_bin="$1"; shift
  HOME="$bench_home" JAVA_TOOL_OPTIONS="$home_option" "$java_bin" "$cache_option" "$@" >/dev/null 2>&1 &
  app_pid=$!
  wait_for_window "$title" "$app_pid" 120 >/dev/null || { echo "training run of $title showed no window" >&2; exit 1; }
  sleep 1
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
}

if [ -f "$app_dir/lib/app/outbox-doctor.classlist" ]; then
  # the same training and archive the .deb's postinst makes for the app
  classpath="$bare_dir/lib/app/bare-window.jar"
  train "Bare JavaFX" -XX:DumpLoadedClassList="$bare/bare-window.classlist" "$app_dir/lib/runtime/bin/java" -cp "$classpath" \
    bench.BareWindow
  "$app_dir/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$bare/bare-window.classlist" \
    -XX:SharedArchiveFile="$bare_dir/lib/app/bare-window.jsa" -cp "$classpath" >"$bare/cds-dump.log" 2>&1
fi
# the two jars also run on JDK 25+, when one is installed, with their AOT caches (the options only keep JavaFX 21's
# warnings about JDK 24+'s native-access and sun.misc.Unsafe rules quiet)
aot_java=
for candidate in ${AOT_JAVA:-} /usr/lib/jvm/*/bin/java; do
  [ -x "$candidate" ] || continue
  feature="$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
  if [ "${feature:-0}" -ge 25 ] 2>/dev/null; then aot_java="$candidate"; break; fi
done
aot_options=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
[ -z "$aot_java" ] || aot_version="$("$aot_java" -version 2>&1 | head -n1)"
# plain jar: the same treatment for both
for name in app bare; do
  jar_file="$app_jar"; title="Outbox Doctor"
  [ "$name" = bare ] && { jar_file="$bare_jar"; title="Bare JavaFX"; }
  train "$title" -XX:DumpLoadedClassList="$jar_dir/$name.classlist" java -jar "$jar_file"
  java -Xshare:dump -XX:SharedClassListFile="$jar_dir/$name.classlist" -XX:SharedArchiveFile="$jar_dir/$name.jsa" \
    -jar "$jar_file" >"$jar_dir/$name-cds-dump.log" 2>&1 || { cat "$jar_dir/$name-cds-dump.log" >&2; exit 1; }
  if [ -n "$aot_java" ]; then
    # the cache is written when the training JVM exits (a second JVM assembles it)
    train "$title" -XX:AOTCacheOutput="$jar_dir/$name.aot" "$aot_java" "${aot_options[@]}" -jar "$jar_file"
    [ -f "$jar_dir/$name.aot" ] || { echo "$aot_java wrote no AOT cache for $jar_file" >&2; exit 1; }
  fi
done
jar_app=(java -XX:SharedArchiveFile="$jar_dir/app.jsa" -jar "$app_jar")
jar_bare=(java -XX:SharedArchiveFile="$jar_dir/bare.jsa" -jar "$bare_jar")
jar_aot_app=("$aot_java" "${aot_options[@]}" -XX:AOTCache="$jar_dir/app.aot" -jar "$app_jar")
jar_aot_bare=("$aot_java" "${aot_options[@]}" -XX:AOTCache="$jar_dir/bare.aot" -jar "$bare_jar")

# measure TITLE COMMAND...: prints "millis rss_at_window_kib rss_2s_later_kib peak_kib"
measure() {
  local title="$1" start shown rss1 rss2 peak
  shift
  start=$(now_ms)
  HOME="$bench_home" JAVA_TOOL_OPTIONS="$home_option" "$@" >>"$out/launch.log" 2>&1 &
  app_pid=$!
  wait_for_window "$title" "$app_pid" 120 >/dev/null || { cat "$out/launch.log" >&2; echo "no window from $*" >&2; exit 1; }
  shown=$(( $(now_ms) - start ))
  rss1="$(rss_kib "$app_pid")"
  sleep 2
  rss2="$(rss_kib "$app_pid")"
  peak="$(rss_kib "$app_pid" VmHWM)"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
  echo "$shown $rss1 $rss2 $peak"
}

# after_check COMMAND...: prints "rss_at_window_kib rss_after_kib peak_kib" of the app after a practice check, or
# "- - -" when the keyboard could not drive it there (a report: the start-up figures stand without it)
after_check() {
  local window rss1 rss2 peak
  HOME="$bench_home" JAVA_TOOL_OPTIONS="$home_option" "$@" >>"$out/launch.log" 2>&1 &
  app_pid=$!
  window="$(wait_for_window "Outbox Doctor" "$app_pid" 120)" || { echo "- - -"; return; }
  rss1="$(rss_kib "$app_pid")"
  sleep 1
  # the address field has the focus: Tab, Tab reaches "Try a practice scenario"; in the picker the first
  # scenario is selected and Enter starts it
  xdotool windowfocus --sync "$window" key --clearmodifiers Tab Tab space >/dev/null 2>&1 || true
  sleep 1
  xdotool key --clearmodifiers Return >/dev/null 2>&1 || true
  if wait_for_window "Outbox Doctor: PRACTICE" "$app_pid" 30 >/dev/null; then
    sleep 5
    rss2="$(rss_kib "$app_pid")"
    peak="$(rss_kib "$app_pid" VmHWM)"
    echo "$rss1 $rss2 $peak"
  else
    echo "- - -"
  fi
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
}

# series NAME APP_COMMAND... -- BARE_COMMAND...: warm-up, then $runs alternating rounds; appends to
# $out/NAME-{app,bare}.txt. A command may start with env VAR=value ...
series() {
  local name="$1" i
  shift
  local app_cmd=() bare_cmd=()
  while [ "$1" != -- ]; do app_cmd+=("$1"); shift; done
  shift
  bare_cmd=("$@")
  measure "Outbox Doctor" "${app_cmd[@]}" >/dev/null
  measure "Bare JavaFX" "${bare_cmd[@]}" >/dev/null
  for i in $(seq 1 "$runs"); do
    if [ $((i % 2)) -eq 1 ]; then
      measure "Outbox Doctor" "${app_cmd[@]}" >>"$out/$name-app.txt"
      measure "Bare JavaFX" "${bare_cmd[@]}" >>"$out/$name-bare.txt"
    else
      measure "Bare JavaFX" "${bare_cmd[@]}" >>"$out/$name-bare.txt"
      measure "Outbox Doctor" "${app_cmd[@]}" >>"$out/$name-app.txt"
    fi
  done
}

# The app as a double-click starts it: the menu entry's command (installer/linux/outbox-doctor-start, which keeps GTK
# from loading OpenGL where there is no graphics device, before it runs the launcher).
app_start="$(sed -n 's/^Exec=//p' /usr/share/applications/org.outboxdoctor.OutboxDoctor.desktop)"
[ -x "$app_start" ] || { echo "the menu entry's command $app_start is not installed" >&2; exit 1; }
# Without a graphics device the app also chooses JavaFX's software renderer before the toolkit starts
# (RenderingChoice), where a bare JavaFX window loads OpenGL and probes it first. One more series gives the bare
# window the app's choices, so that the ratio of the app's own start-up work is printed too.
software_choice="-Dprism.order=sw -Dprism.disableRegionCaching=true"

echo "measuring: $runs rounds as packaged, $runs without the start-up cache, $runs as a plain jar, then one check each ..."
series packaged "$app_start" -- "$bare_dir/bin/bare-window"
has_graphics_device || series samerenderer "$app_start" -- \
  env GDK_GL=disable "JAVA_TOOL_OPTIONS=$home_option $software_choice" "$bare_dir/bin/bare-window"
series nocache env "JAVA_TOOL_OPTIONS=$home_option -Xshare:off" "$app_start" -- \
  env "JAVA_TOOL_OPTIONS=$home_option -Xshare:off" "$bare_dir/bin/bare-window"
series jar "${jar_app[@]}" -- "${jar_bare[@]}"
[ -z "$aot_java" ] || series jaraot "${jar_aot_app[@]}" -- "${jar_aot_bare[@]}"
after_check "$app_start" >"$out/packaged-check.txt"

# The bundled runtime: the installed JDK 17 app (AppCDS) against the same app on a JDK 25+ runtime with AOT caches
# (installer/benchmark/jdk25-image.sh), alternating, as the menu entry starts it (GDK_GL as outbox-doctor-start sets it)
gdk_gl="$(has_graphics_device || echo disable)"
runtime_17=(env "GDK_GL=$gdk_gl" "$app_dir/bin/outbox-doctor")
runtime_25=()
if [ -n "$aot_java" ]; then
  image_25="$(bash installer/benchmark/jdk25-image.sh "$(dirname "$(dirname "$aot_java")")" "$app_dir" "$out/jdk25")"
  runtime_25=(env "GDK_GL=$gdk_gl" "$image_25/bin/outbox-doctor")
  # what each runtime adds to a .deb (xz, as dpkg-deb packs it): the 45 MB limit decides as much as speed
  runtime_xz() { tar -C "$1" -cf - . | xz -T0 -6 | wc -c; }
  runtime_17_xz="$(runtime_xz "$app_dir/lib/runtime")"
  runtime_25_xz="$(runtime_xz "$out/jdk25/runtime")"
  measure "Outbox Doctor" "${runtime_25[@]}" >/dev/null
  for i in $(seq 1 "$runs"); do
    measure "Outbox Doctor" "${runtime_17[@]}" >>"$out/runtime17-window.txt"
    measure "Outbox Doctor" "${runtime_25[@]}" >>"$out/runtime25-window.txt"
  done
fi

# The command line, launch -> verdict (the process ends right after printing it): `practice run` runs exactly the
# check `check` runs, against pretend servers on 127.0.0.1; healthy, and port 25 filtered (its verdict waits for the
# 1.5 s floor of a silent port). As `java -jar` (the README's way, JDK 17 without an archive of the app's classes),
# as the installed console launcher (JDK 17 + the start-up cache, which covers the command line's classes), and on
# the JDK 25 image with its console launcher's AOT cache. Prints "millis exit_status".
cli_time() {
  local start status
  start=$(now_ms)
  set +e
  HOME="$bench_home" JAVA_TOOL_OPTIONS="$home_option" "$@" >/dev/null 2>>"$out/cli.log"
  status=$?
  set -e
  echo "$(( $(now_ms) - start )) $status"
}
cli_variants=(jar console17)
[ -z "$aot_java" ] || cli_variants+=(console25)
for world in healthy port-25-blocked; do
  for i in $(seq 0 "$runs"); do
    for variant in "${cli_variants[@]}"; do
      case "$variant" in
        jar) command=(java -jar "$app_jar") ;;
        console17) command=("$app_dir/bin/outbox-doctor-console") ;;
        console25) command=("$image_25/bin/outbox-doctor-console") ;;
      esac
      row="$(cli_time "${command[@]}" practice run "$world")"
      # round 0 warms the file cache
      [ "$i" -eq 0 ] || echo "$row" >>"$out/cli-$world-$variant.txt"
    done
  done
done
after_check "${jar_app[@]}" >"$out/jar-check.txt"
# in one JVM: a bare window, then the app's window five times (3 JVMs; medians). The packaged app's JVM options with
# the jar's archive, and the app's rendering choice for both windows, so that only the page differs
first_window_options=(-XX:SharedArchiveFile="$jar_dir/app.jsa" "$home_option")
while IFS= read -r option; do
  first_window_options+=("$option")
done < <(launcher_java_options | grep -v '^-XX:SharedArchiveFile=')
if ! has_graphics_device; then
  read -r -a software_options <<<"$software_choice"
  first_window_options+=("${software_options[@]}")
fi
for i in 1 2 3; do
  GDK_GL="$(has_graphics_device || echo disable)" java "${first_window_options[@]}" \
    -cp "$app_jar:$PWD/target/test-classes" org.outboxdoctor.bench.FirstWindowBenchmark 2>>"$out/launch.log" \
    | sed -n 's/^first-window-benchmark bare=\([0-9]*\) first=\([0-9]*\) warm=\([0-9]*\)$/\1 \2 \3/p' \
    >>"$out/first-window.txt"
done
stop_xvfb
rm -rf "$bench_home"

# median FILE COLUMN
median() { awk -v c="$2" '{print $c}' "$1" | sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
range() { awk -v c="$2" '{print $c}' "$1" | sort -n | awk 'NR==1{lo=$1} {hi=$1} END {print lo "-" hi}'; }
best() { awk '{print $1}' "$1" | sort -n | head -n1; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k/1024}'; }
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "NOT MET"; fi; }
# check_cell FILE: memory after the practice check, or why there is none
check_cell() {
  local rss peak
  read -r _ rss peak <"$1"
  if [ "$rss" = - ]; then echo "after a check: not measured (the practice run could not be started)"; return; fi
  echo "after a practice check: **$(mib "$rss") MiB** (peak $(mib "$peak") MiB)"
}

{
  echo "# Outbox Doctor start-up benchmark"
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
  for name in packaged samerenderer nocache jar jaraot; do
    a="$out/$name-app.txt"; b="$out/$name-bare.txt"
    [ -f "$a" ] || continue
    case "$name" in
      packaged) label="as packaged" ;;
      samerenderer) label="as packaged, the bare window given the app's choices (GDK_GL=disable, $software_choice)" ;;
      nocache) label="as packaged, without start-up cache" ;;
      jar) label="plain jar (java -jar, AppCDS for both)" ;;
      jaraot) label="plain jar on ${aot_version:-JDK 25}, AOT cache for both" ;;
    esac
    ratio="$(awk -v x="$(median "$a" 1)" -v y="$(median "$b" 1)" 'BEGIN {printf "%.2f", x/y}')"
    best_ratio="$(awk -v x="$(best "$a")" -v y="$(best "$b")" 'BEGIN {printf "%.2f", x/y}')"
    met="$(awk -v r="$ratio" 'BEGIN {print (r <= 1.30) ? 1 : 0}')"
    echo "| first window, $label | $(median "$a" 1) ms ($(range "$a" 1)); bare JavaFX $(median "$b" 1) ms ($(range "$b" 1)): **${ratio}x** (best runs: $(best "$a") vs $(best "$b") ms, ${best_ratio}x) | at most 1.3x: $(verdict "$met") |"
    peak_max="$(awk '{print $4}' "$a" | sort -n | tail -n1)"
    memory="$(mib "$(median "$a" 2)") MiB at first window, $(mib "$(median "$a" 3)") MiB 2 s later, peak $(mib "$(median "$a" 4)") MiB (max $(mib "$peak_max"))"
    target="under 200 MiB at start: $(verdict $(( peak_max < 200 * 1024 )))"
    if [ "$name" = packaged ] || [ "$name" = jar ]; then
      memory="$memory; $(check_cell "$out/$name-check.txt")"
      read -r _ check_rss _ <"$out/$name-check.txt"
      if [ "$check_rss" != - ]; then
        # the issue's measure: resident after a full run (the peak during the run is reported beside it)
        target="$target; after a check: $(verdict $(( check_rss < 200 * 1024 )))"
      fi
    fi
    echo "| resident memory, $label | $memory; bare JavaFX $(mib "$(median "$b" 2)") / $(mib "$(median "$b" 3)") / $(mib "$(median "$b" 4)") MiB | $target |"
  done
  if [ -s "$out/runtime25-window.txt" ]; then
    r17="$(median "$out/runtime17-window.txt" 1)"; r25="$(median "$out/runtime25-window.txt" 1)"
    awk -v a="$runtime_17_xz" -v b="$runtime_25_xz" -v d="$deb_bytes" 'BEGIN {printf "| bundled runtime, xz-compressed as in the .deb | JDK 17 %.1f MB, JDK 25 %.1f MB: a JDK 25 .deb would be about %.1f MB (without its AOT caches) | at most 45 MB: %s |\n", a/1e6, b/1e6, (d+b-a)/1e6, (d+b-a <= 45000000) ? "met" : "NOT MET"}'
    echo "| first page, packaged: JDK 17 runtime + AppCDS against ${aot_version} runtime + AOT cache | $r17 ms ($(range "$out/runtime17-window.txt" 1)) against **$r25 ms** ($(range "$out/runtime25-window.txt" 1)); resident $(mib "$(median "$out/runtime17-window.txt" 2)") against $(mib "$(median "$out/runtime25-window.txt" 2)") MiB | JDK 25 sooner: $(if [ "$r25" -lt "$r17" ]; then echo yes; else echo no; fi) |"
  fi
  for world in healthy port-25-blocked; do
    cells=()
    for variant in "${cli_variants[@]}"; do
      case "$variant" in
        jar) label="java -jar (JDK 17)" ;;
        console17) label="console launcher, JDK 17 + AppCDS" ;;
        console25) label="console launcher, ${aot_version:-JDK 25} + AOT cache" ;;
      esac
      file="$out/cli-$world-$variant.txt"
      cells+=("$label **$(median "$file" 1) ms** ($(range "$file" 1)), exit $(awk '{print $2}' "$file" | sort -u | paste -sd/ -)")
    done
    verdict_25=""
    if [ -n "$aot_java" ]; then
      c17="$(median "$out/cli-$world-console17.txt" 1)"; c25="$(median "$out/cli-$world-console25.txt" 1)"
      verdict_25="JDK 25 sooner: $(if [ "$c25" -lt "$c17" ]; then echo yes; else echo no; fi)"
    fi
    echo "| command line, launch to verdict, practice run $world | $(printf '%s; ' "${cells[@]}" | sed 's/; $//') | $verdict_25 |"
  done
  if [ -s "$out/first-window.txt" ]; then
    read -r fw_bare fw_first fw_warm <<<"$(median "$out/first-window.txt" 1) $(median "$out/first-window.txt" 2) $(median "$out/first-window.txt" 3)"
    echo
    echo "Inside one JVM (FirstWindowBenchmark, $(wc -l <"$out/first-window.txt") runs, medians), from the running toolkit to the shown window:" \
         "a bare window $fw_bare ms; then the app's window **$fw_first ms** the first time and **$fw_warm ms** when opened again." \
         "The app's page itself is quick; its first showing pays $((fw_first - fw_warm)) ms of first-time JVM work (loading," \
         "linking and initialising classes, interpreting code that is compiled later), which the bare window does not have."
  fi
  echo
  echo "JVM options of both packaged launchers: $(launcher_java_options | paste -sd' ' -)."
  echo "Plain jar: $jdk_version, no options besides the archive (-XX:SharedArchiveFile) (as java -jar by hand; the README's run-app.sh adds the launchers' options: see long-sitting.sh)."
  echo "Raw rows (ms, KiB at window, KiB 2 s later, KiB peak) are in $out/*-app.txt and *-bare.txt;"
  echo "after a check (KiB at window, KiB 5 s after the practice run started, KiB peak) in $out/*-check.txt."
} | tee "$out/results.md"

# memory over a long sitting: 20 practice checks in one window (installer/benchmark/long-sitting.sh, its own Xvfb)
echo
installer/benchmark/long-sitting.sh >"$out/long-sitting.out" 2>&1 \
  && sed -n '3,$p' "$out/long-sitting.md" | tee -a "$out/results.md" \
  || echo "memory over a long sitting: not measured (see $out/long-sitting.out)" | tee -a "$out/results.md"
