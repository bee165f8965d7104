#!/usr/bin/env bash
# The README's second command: installs what the build and the headless tests need (apt-get, as root or
# through sudo), then runs every test with `mvn -B verify`. .ci/run runs this too.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  cat <<'USAGE'
Usage: bash installer/setup/run-tests.sh [MAVEN OPTIONS…]

Installs what is missing (JDK 17, Maven, the font library JavaFX needs even without a screen) with apt-get,
as root or through sudo, then runs every test headless: mvn -B verify [MAVEN OPTIONS…].
No display is needed, and the tests talk only to servers on 127.0.0.1.
Example: bash installer/setup/run-tests.sh -o    (Maven offline, once its downloads are cached)
USAGE
  exit 0
fi

# shellcheck source=installer/setup/packages.sh
source installer/setup/packages.sh
need_jdk openjdk-17-jdk-headless
need_maven
# JavaFX's font code needs it even headless (TestFX under Monocle)
need_package libpangoft2-1.0-0
install_missing

mvn -B verify "$@"
