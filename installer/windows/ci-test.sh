#!/usr/bin/env bash
# Windows CI (Git Bash on a GitHub-hosted runner), after `mvn -B -Pinstaller -DskipTests package`: installs the .msi
# silently for the current user (no administrator rights, as a customer would), starts the installed app once with
# --smoke-test (it exits 0 once its first page shows), runs the installed console launcher's
# `practice run healthy --json`, uninstalls, and checks that nothing is left.
# Usage: bash installer/windows/ci-test.sh [path/to/Outbox Doctor-X.Y.Z.msi]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=installer/ci-lib.sh
source installer/ci-lib.sh

msi="${1:-$(find target/installer -maxdepth 1 -name '*.msi' | head -n1)}"
[ -f "$msi" ] || { echo "no .msi in target/installer: build it first" >&2; exit 2; }
fail() { echo "WINDOWS CI TEST FAILED: $*" >&2; exit 1; }
step() { echo "--- $*"; }
# msiexec's options start with a slash: Git Bash must not turn them into paths
msiexec_quiet() {
  MSYS2_ARG_CONV_EXCL='*' msiexec "$1" "$(cygpath -w "$msi")" /qn /norestart /l*v "$(cygpath -w "$out/$2")"
}

step "install $(basename "$msi") ($(( $(stat -c %s "$msi") / 1024 / 1024 )) MiB) silently, for this user"
msiexec_quiet /i msiexec-install.log || { iconv -f UTF-16LE -t UTF-8 "$out/msiexec-install.log" | tail -n 40; fail "msiexec /i"; }
# --win-per-user-install installs into %LOCALAPPDATA%\Outbox Doctor
app="$(cygpath -u "$LOCALAPPDATA")/Outbox Doctor"
[ -x "$app/Outbox Doctor.exe" ] || fail "no $app/Outbox Doctor.exe after the install"
[ -x "$app/outbox-doctor-console.exe" ] || fail "no $app/outbox-doctor-console.exe after the install"
menu="$(cygpath -u "$APPDATA")/Microsoft/Windows/Start Menu/Programs"
find "$menu" -iname 'Outbox Doctor*.lnk' | grep -q . || fail "no Start menu entry under $menu"
echo "installed in $app, with a Start menu entry"

step "the installed app opens its first page (--smoke-test)"
smoke_test "$app/Outbox Doctor.exe"

step "the installed console launcher: practice run healthy --json"
practice_check "$app/outbox-doctor-console.exe"

step "uninstall"
msiexec_quiet /x msiexec-uninstall.log || { iconv -f UTF-16LE -t UTF-8 "$out/msiexec-uninstall.log" | tail -n 40; fail "msiexec /x"; }
[ ! -e "$app/Outbox Doctor.exe" ] || fail "$app/Outbox Doctor.exe is still there after the uninstall"
echo "WINDOWS CI TEST PASSED"
