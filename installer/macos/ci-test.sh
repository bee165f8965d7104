#!/usr/bin/env bash
# macOS CI (a GitHub-hosted runner), after `mvn -B -Pinstaller -DskipTests -Dinstaller.version=1.0.0 package`:
# installs the .dmg the way a user does (mount it, copy the app to /Applications), checks the app's bundle
# (identifier, icon, Launchpad finds apps in /Applications), starts it once with --smoke-test (it exits 0 once its
# first page shows), runs the installed console launcher's `practice run healthy --json`, removes it again.
# Usage: bash installer/macos/ci-test.sh [path/to/Outbox Doctor-X.Y.Z.dmg]
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=installer/ci-lib.sh
source installer/ci-lib.sh

dmg="${1:-$(find target/installer -maxdepth 1 -name '*.dmg' | head -n1)}"
[ -f "$dmg" ] || { echo "no .dmg in target/installer: build it first" >&2; exit 2; }
mount="$(mktemp -d)"
app="/Applications/Outbox Doctor.app"
cleanup() {
  hdiutil detach "$mount" -quiet 2>/dev/null || true
}
trap cleanup EXIT
fail() { echo "MACOS CI TEST FAILED: $*" >&2; exit 1; }
step() { echo "--- $*"; }

step "install $(basename "$dmg") ($(( $(stat -f %z "$dmg") / 1024 / 1024 )) MiB, $(uname -m))"
hdiutil attach "$dmg" -nobrowse -readonly -mountpoint "$mount" -quiet
[ -d "$mount/Outbox Doctor.app" ] || fail "the disk image has no Outbox Doctor.app"
[ -L "$mount/Applications" ] || echo "note: the disk image has no link to /Applications"
rm -rf "$app"
ditto "$mount/Outbox Doctor.app" "$app"
hdiutil detach "$mount" -quiet
plist="$app/Contents/Info.plist"
plutil -lint "$plist"
[ "$(plutil -extract CFBundleIdentifier raw "$plist")" = org.outboxdoctor.OutboxDoctor ] || fail "CFBundleIdentifier changed"
icon="$(plutil -extract CFBundleIconFile raw "$plist")"
[ -s "$app/Contents/Resources/$icon" ] || [ -s "$app/Contents/Resources/$icon.icns" ] || fail "no icon $icon in the bundle"
echo "installed in $app: $(plutil -extract CFBundleIdentifier raw "$plist") $(plutil -extract CFBundleShortVersionString raw "$plist"), icon $icon"
# what Gatekeeper will say to a customer who downloads it (not signed yet: expected to be rejected)
spctl --assess --type execute "$app" 2>&1 | sed 's/^/Gatekeeper: /' || true

step "the installed app opens its first page (--smoke-test)"
smoke_test "$app/Contents/MacOS/Outbox Doctor"

step "the installed console launcher: practice run healthy --json"
practice_check "$app/Contents/MacOS/outbox-doctor-console"

step "uninstall (drag to the Bin: remove the bundle)"
rm -rf "$app"
[ ! -e "$app" ] || fail "$app is still there"
echo "MACOS CI TEST PASSED"
