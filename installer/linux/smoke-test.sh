#!/usr/bin/env bash
# Installs the .deb the way a user does, proves the installed app works, and removes it again (CI runs this
# as root on a fresh Debian machine after `mvn -Pinstaller package`):
#   1. apt-get install ./outbox-doctor_*.deb (apt pulls in GTK and the rest of Depends)
#   2. the menu entry, icons, AppStream file and commands are where desktops and shells look
#   3. the bundled runtime has what DNS and TLS need (installer/RuntimeCheck.java, no network)
#   4. the installed app, started as the menu entry starts it, shows its window under Xvfb
#   5. `outbox-doctor --smoke-test` opens the first page and exits 0 (what the Windows and macOS jobs run)
#   6. `outbox-doctor check --help` and `outbox-doctor-console` work, `outbox-doctor-console practice run healthy
#      --json` too, loading no JavaFX class; without a display the app says so
#   7. apt-get purge leaves nothing behind
# Needs: xvfb, xdotool (and a JDK for step 3). Usage: installer/linux/smoke-test.sh [path/to/outbox-doctor_*.deb]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=installer/linux/xvfb-lib.sh
source installer/linux/xvfb-lib.sh

deb="${1:-$(ls target/installer/outbox-doctor_*.deb | head -n1)}"
out=target/installer/smoke
rm -rf "$out"
mkdir -p "$out"
id=org.outboxdoctor.OutboxDoctor
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  stop_xvfb
}
trap cleanup EXIT
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
step() { echo "--- $*"; }

step "install $(basename "$deb") ($(( $(stat -c %s "$deb") / 1024 / 1024 )) MiB) with apt"
if dpkg -s outbox-doctor >/dev/null 2>&1; then
  apt-get purge -y -qq outbox-doctor >/dev/null
fi
start=$(now_ms)
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >"$out/apt-install.log" 2>&1 \
  || { cat "$out/apt-install.log"; fail "apt-get install"; }
echo "installed in $(( ($(now_ms) - start) / 1000 )) s; $(dpkg -s outbox-doctor | grep -E '^(Version|Installed-Size)' | tr '\n' ' ')"

step "desktop integration"
for f in /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
         /usr/share/icons/hicolor/16x16/apps/$id.png /usr/share/icons/hicolor/48x48/apps/$id.png \
         /usr/share/icons/hicolor/256x256/apps/$id.png /usr/share/icons/hicolor/scalable/apps/$id.svg \
         /usr/share/doc/outbox-doctor/copyright; do
  [ -s "$f" ] || fail "$f is missing"
  dpkg -S "$f" >/dev/null 2>&1 || fail "$f is not owned by the package"
done
exec_line="$(sed -n 's/^Exec=//p' /usr/share/applications/$id.desktop)"
[ -x "$exec_line" ] || fail "the menu entry starts $exec_line, which is not an executable"
grep -qx "Icon=$id" /usr/share/applications/$id.desktop || fail "the menu entry does not name the icon $id"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate /usr/share/applications/$id.desktop || fail "desktop-file-validate"
fi
[ "$(command -v outbox-doctor)" = /usr/bin/outbox-doctor ] || fail "outbox-doctor is not on PATH"
[ "$(command -v outbox-doctor-console)" = /usr/bin/outbox-doctor-console ] || fail "outbox-doctor-console is not on PATH"
echo "menu entry, icons 16-512 + SVG, AppStream file, copyright and /usr/bin links are in place"
[ -s /opt/outbox-doctor/lib/app/outbox-doctor.jsa ] || fail "postinst made no start-up cache (lib/app/outbox-doctor.jsa)"
echo "start-up cache: $(( $(stat -c %s /opt/outbox-doctor/lib/app/outbox-doctor.jsa) / 1024 / 1024 )) MiB"

step "bundled runtime: DNS and TLS"
javac -d "$out/runtime-check" installer/RuntimeCheck.java
/opt/outbox-doctor/lib/runtime/bin/java -cp "$out/runtime-check" RuntimeCheck || fail "RuntimeCheck"

step "first window under Xvfb"
start_xvfb
home="$(mktemp -d)"   # a first start, as a new user has it
start=$(now_ms)
# Java 17 takes its home folder from the user database, not from $HOME: user.home makes the app (its settings)
# and JavaFX (where it would unpack native libraries) use the new folder, so the .openjfx check below can fail
HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" "$exec_line" >"$out/app.log" 2>&1 &
app_pid=$!
window="$(wait_for_window "Outbox Doctor" "$app_pid" 120)" || { cat "$out/app.log"; fail "no window titled \"Outbox Doctor\" appeared"; }
echo "window \"Outbox Doctor\" shown $(( $(now_ms) - start )) ms after launch; resident memory $(( $(rss_kib "$app_pid") / 1024 )) MiB"
sleep 1
if ! has_graphics_device; then
  # no graphics device here: the app draws in software and the menu entry keeps GTK from loading OpenGL
  loaded="$(awk '{print $6}' "/proc/$app_pid/maps" | sort -u)"
  case "$loaded" in *libGLX*|*libLLVM*|*_dri.so*) fail "without a graphics device the app loaded OpenGL: $(echo "$loaded" | grep -E 'GLX|LLVM|_dri' | paste -sd' ' -)" ;; esac
  case "$loaded" in *libprism_sw.so*) ;; *) fail "without a graphics device the app does not draw in software (no libprism_sw.so)" ;; esac
  echo "no graphics device here: the window draws in software and no OpenGL library is loaded"
fi
if command -v xprop >/dev/null 2>&1; then
  # read it whole first: grep -q would close the pipe early, and xprop's SIGPIPE would fail the pipeline
  icon_property="$(xprop -id "$window" _NET_WM_ICON)"
  case "$icon_property" in *"Icon ("*) ;; *) fail "the window has no icon (_NET_WM_ICON)" ;; esac
  echo "the window carries the app icon (_NET_WM_ICON)"
fi
if command -v import >/dev/null 2>&1; then
  import -window root "$out/first-window.png" && echo "screenshot: $out/first-window.png"
fi
kill -0 "$app_pid" 2>/dev/null || fail "the app exited after showing its window"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=
[ ! -e "$home/.openjfx" ] || fail "JavaFX unpacked native libraries into \$HOME/.openjfx: the runtime lacks them"
[ -d "$home/.java/.userPrefs" ] || fail "the app kept its settings outside the new home folder (no $home/.java/.userPrefs)"
grep -E 'Exception|Error' "$out/app.log" && fail "the app logged errors (above)"
rm -rf "$home"

step "--smoke-test: the installed app opens its first page and exits 0 (what the Windows and macOS jobs run)"
home="$(mktemp -d)"
set +e
HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" timeout 180 "$exec_line" --smoke-test >"$out/smoke-flag.log" 2>&1
status=$?
set -e
grep -v '^Picked up JAVA_TOOL_OPTIONS' "$out/smoke-flag.log"
[ "$status" -eq 0 ] && grep -q '^smoke test passed' "$out/smoke-flag.log" || fail "outbox-doctor --smoke-test exited $status"
rm -rf "$home"
stop_xvfb

step "command line"
outbox-doctor check --help >"$out/check-help.txt" 2>&1 || { cat "$out/check-help.txt"; fail "outbox-doctor check --help"; }
grep -q -- '--email' "$out/check-help.txt" || fail "check --help does not describe --email"
head -n 3 "$out/check-help.txt"
outbox-doctor-console >"$out/console.txt" 2>&1 || { cat "$out/console.txt"; fail "outbox-doctor-console"; }
cmp -s "$out/check-help.txt" "$out/console.txt" || fail "outbox-doctor-console without arguments should print the usage of check"
echo "outbox-doctor-console without arguments prints the same usage"
outbox-doctor --version
# the console launcher's practice check, as the Windows and macOS jobs run it; JavaFX must not load for the
# command line (one log of every class loaded, and from where: the start-up cache or the jars)
set +e
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$out/cli-classes.txt" outbox-doctor-console practice run healthy --json \
  >"$out/practice.json" 2>"$out/practice.err"
status=$?
set -e
[ "$status" -eq 0 ] && grep -q '"practice"' "$out/practice.json" \
  || { cat "$out/practice.err" "$out/practice.json"; fail "outbox-doctor-console practice run healthy --json: exit $status"; }
if grep -q ' javafx\.' "$out/cli-classes.txt"; then
  grep ' javafx\.' "$out/cli-classes.txt" | head -n 5
  fail "the command line loaded JavaFX classes (above)"
fi
echo "outbox-doctor-console practice run healthy --json: exit 0; $(grep -c 'source: shared objects file' "$out/cli-classes.txt")" \
     "of $(grep -c ' source: ' "$out/cli-classes.txt") classes from the start-up cache, no JavaFX class loaded"
set +e
env -u DISPLAY -u WAYLAND_DISPLAY outbox-doctor >"$out/no-display.txt" 2>&1
status=$?
set -e
[ "$status" -eq 2 ] && grep -q 'check --help' "$out/no-display.txt" || { cat "$out/no-display.txt"; fail "without a display: exit $status"; }
echo "without a display: exit 2 and \"$(head -n1 "$out/no-display.txt")\""

step "remove"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq outbox-doctor >"$out/apt-purge.log" 2>&1 || { cat "$out/apt-purge.log"; fail "apt-get purge"; }
for f in /opt/outbox-doctor /usr/bin/outbox-doctor /usr/bin/outbox-doctor-console /usr/share/applications/$id.desktop \
         /usr/share/metainfo/$id.metainfo.xml /usr/share/icons/hicolor/48x48/apps/$id.png /usr/share/doc/outbox-doctor; do
  [ ! -e "$f" ] && [ ! -L "$f" ] || fail "$f is still there after purge"
done
echo "purged: nothing of outbox-doctor is left"
echo "SMOKE TEST PASSED"
