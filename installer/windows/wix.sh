#!/usr/bin/env bash
# Windows CI (Git Bash on a GitHub-hosted runner): puts the WiX Toolset 3 (candle.exe, light.exe) on the PATH of the
# following workflow steps. JDK 17's jpackage needs WiX 3 and does not work with WiX 4 or later.
# Uses a WiX 3 already on the runner (PATH, %WIX%, Program Files); otherwise unpacks WiX 3.14.1's binaries
# (no installer, no .NET 3.5 feature needed) from the project's GitHub release into the runner's tool cache.
set -euo pipefail

add_to_path() {
  echo "WiX 3: $1"
  [ -z "${GITHUB_PATH:-}" ] || cygpath -w "$1" >>"$GITHUB_PATH"
}

if command -v candle.exe >/dev/null 2>&1 && command -v light.exe >/dev/null 2>&1; then
  echo "WiX 3 already on the PATH: $(command -v candle.exe)"
  exit 0
fi
candidates=()
[ -z "${WIX:-}" ] || candidates+=("$(cygpath -u "$WIX")/bin")
for dir in "/c/Program Files (x86)"/WiX\ Toolset\ v3.*/bin; do
  [ -d "$dir" ] && candidates+=("$dir")
done
for dir in ${candidates[@]+"${candidates[@]}"}; do
  if [ -x "$dir/candle.exe" ] && [ -x "$dir/light.exe" ]; then
    add_to_path "$dir"
    exit 0
  fi
done

url=https://github.com/wixtoolset/wix3/releases/download/wix3141rtm/wix314-binaries.zip
tools="$(cygpath -u "${RUNNER_TOOL_CACHE:-${TEMP:-/tmp}}")/wix314"
mkdir -p "$tools"
curl --fail --silent --show-error --location --retry 3 --output "$tools/wix.zip" "$url"
unzip -q -o "$tools/wix.zip" -d "$tools"
[ -x "$tools/candle.exe" ] && [ -x "$tools/light.exe" ] || { echo "no candle.exe/light.exe in $url" >&2; exit 1; }
add_to_path "$tools"
