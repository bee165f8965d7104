#!/usr/bin/env bash
# The README's first command: installs what building and opening the app need (apt-get, as root or through
# sudo), builds target/outbox-doctor.jar and opens the window. With `practice`, it runs a built-in practice
# scenario on the command line instead: no display, no account and no network needed.
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() {
  cat <<'USAGE'
Usage: bash installer/setup/run-app.sh                  open the assistant window
       bash installer/setup/run-app.sh practice [NAME]  run practice scenario NAME (default: healthy) without a window
       bash installer/setup/run-app.sh practice list    list the practice scenarios
       bash installer/setup/run-app.sh ARGUMENTS…       run the command line, e.g. check --help

Installs what is missing with apt-get (as root, or through sudo), builds target/outbox-doctor.jar with Maven,
then runs it with java -jar and the installers' JVM options. Extra options after NAME go to `practice run`, e.g. --json.
USAGE
}

args=("$@")
case "${1:-}" in
  -h | --help)
    usage
    exit 0
    ;;
  practice)
    case "${2:-}" in
      list | run | -h | --help) ;;
      "") args=(practice run healthy) ;;
      *) args=(practice run "${@:2}") ;;
    esac
    ;;
esac

# shellcheck source=installer/setup/packages.sh
source installer/setup/packages.sh
need_maven
if [ ${#args[@]} -gt 0 ]; then
  # the command line (practice, check) opens no window
  need_jdk openjdk-17-jdk-headless
else
  if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "There is no graphical display here (DISPLAY and WAYLAND_DISPLAY are empty), so the window cannot open." >&2
    echo "Run it from a desktop session, over ssh -X, or under xvfb-run. Or see the app work without a window:" >&2
    echo "  bash installer/setup/run-app.sh practice            (a healthy pretend mail provider on this computer)" >&2
    echo "  bash installer/setup/run-app.sh practice list       (all practice scenarios)" >&2
    exit 2
  fi
  need_jdk openjdk-17-jdk
  # JavaFX's window needs GTK 3 and libXtst
  need_package libgtk-3-0
  need_package libxtst6
fi
install_missing

# Maven's output goes to stderr, so that `practice NAME --json` prints nothing but the JSON
mvn -q -B package -DskipTests >&2

# Run as the installed app runs: the installers' JVM options (installer/app-image.args and, on Linux, its own; the
# start-up cache there exists only in an installation), and without a graphics device GTK's OpenGL off, as the
# Linux menu entry's installer/linux/outbox-doctor-start does. Measured in installer/benchmark/long-sitting.sh.
launcher_options=(installer/app-image.args)
[ "$(uname -s)" = Linux ] && launcher_options+=(installer/linux/app-image.args)
mapfile -t jvm_options < <(sed -n 's/^--java-options //p' "${launcher_options[@]}" | tr -d '"' | grep -v SharedArchiveFile)
if [ "$(uname -s)" = Linux ] && [ -z "${GDK_GL+set}" ] && ! compgen -G '/dev/dri/*' >/dev/null && ! compgen -G '/dev/nvidia*' >/dev/null; then
  export GDK_GL=disable
fi
# an older JDK 17 than 17.0.9 (no TrimNativeHeapInterval) still starts
exec java -XX:+IgnoreUnrecognizedVMOptions "${jvm_options[@]}" -jar target/outbox-doctor.jar ${args[@]+"${args[@]}"}
