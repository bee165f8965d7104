#!/usr/bin/env bash
# The Linux installer build and its checks, as .ci/run and the ubuntu-latest job of .github/workflows/installers.yml
# both run it (so the Linux part of that workflow is proven on every submission here):
#   1. installer/lint.sh: shellcheck every shell script, the workflow YAML, the WiX and Info.plist inputs
#   2. mvn -B -Pinstaller -DskipTests package: the .deb (installers.md explains the steps)
#   3. installer/linux/smoke-test.sh: apt install it, start the installed app with --smoke-test under Xvfb, run
#      the installed console launcher's `practice run healthy --json`, apt purge
#   4. with --benchmark N: installer/benchmark/benchmark.sh --runs N (a report: it fails only when it cannot measure)
# Installs what is missing with apt-get (as root, or through sudo). Usage: installer/linux/ci.sh [--benchmark N]
set -euo pipefail
cd "$(dirname "$0")/../.."

benchmark_runs=
case "${1:-}" in
  --benchmark) benchmark_runs="${2:?--benchmark needs a number of rounds}" ;;
  "") ;;
  *) echo "usage: $0 [--benchmark N]" >&2; exit 2 ;;
esac

# shellcheck source=installer/setup/packages.sh
source installer/setup/packages.sh
need_jdk openjdk-17-jdk-headless
need_maven
# lint: shellcheck, Debian's YAML module for the system's python3 (pip may not reach PyPI)
for package in shellcheck python3-yaml \
               binutils fakeroot xvfb xdotool x11-utils desktop-file-utils libgtk-3-0 libxtst6; do
  need_package "$package"
done
install_missing

SECONDS=0
bash installer/lint.sh
echo "installers: lint took ${SECONDS} s"

SECONDS=0
mvn -B -q -Pinstaller -DskipTests package
deb="$(ls target/installer/outbox-doctor_*.deb)"
echo "installers: .deb built in ${SECONDS} s: $deb ($(( $(stat -c %s "$deb") / 1000 )) kB)"
[ "$(stat -c %s "$deb")" -le 45000000 ] || { echo "installers: $deb is larger than 45 MB" >&2; exit 1; }

# the smoke test installs with apt-get; javac (for the runtime check) must stay on the PATH under sudo
SECONDS=0
as_root env "PATH=$PATH" bash installer/linux/smoke-test.sh "$deb"
echo "installers: smoke test took ${SECONDS} s"

if [ -n "$benchmark_runs" ]; then
  SECONDS=0
  as_root env "PATH=$PATH" bash installer/benchmark/benchmark.sh --runs "$benchmark_runs" --deb "$deb"
  echo "installers: benchmark took ${SECONDS} s"
fi
