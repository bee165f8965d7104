#!/usr/bin/env bash
# Regenerates every icon file from the two SVG sources in this folder, with tools from Debian's packages:
#
#   sudo apt-get install -y --no-install-recommends librsvg2-bin icoutils icnsutils
#   icons/generate.sh            # rewrite icons/png/*, icons/outbox-doctor.ico, icons/outbox-doctor.icns
#                                # and the window icons in src/main/resources/org/outboxdoctor/ui/icons/
#   icons/generate.sh --check    # regenerate into a temporary folder and compare with the committed files
#
# Sources: outbox-doctor-small.svg (drawn on a 16-pixel grid) makes 16, 24 and 32 px, where the detailed
# outbox-doctor.svg blurs; outbox-doctor.svg makes 48 px and up. Edit an SVG, run this, commit the lot.
# The output is byte-for-byte the same on every run with the same tool versions (Debian 12: librsvg 2.54,
# icoutils 0.32, icnsutils 0.8); --check says so, or shows which files differ.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
small_sizes=(16 24 32)
large_sizes=(48 64 128 256 512)
ico_sizes=(16 24 32 48 64)      # BMP entries; 256 goes in as a PNG entry (Windows Vista and later)
icns_sizes=(16 32 48 128 256 512)
window_sizes=(16 24 32 48 64 128 256)

for tool in rsvg-convert icotool png2icns; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "generate.sh: $tool is missing; install it with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends librsvg2-bin icoutils icnsutils" >&2
    exit 2
  fi
done

# render into $1: png/outbox-doctor-N.png, outbox-doctor.ico, outbox-doctor.icns, window/outbox-doctor-N.png
render() {
  local out="$1"
  mkdir -p "$out/png" "$out/window"
  local s
  for s in "${small_sizes[@]}"; do
    rsvg-convert --width "$s" --height "$s" "$here/outbox-doctor-small.svg" -o "$out/png/outbox-doctor-$s.png"
  done
  for s in "${large_sizes[@]}"; do
    rsvg-convert --width "$s" --height "$s" "$here/outbox-doctor.svg" -o "$out/png/outbox-doctor-$s.png"
  done
  local ico_args=()
  for s in "${ico_sizes[@]}"; do ico_args+=("$out/png/outbox-doctor-$s.png"); done
  icotool --create --output="$out/outbox-doctor.ico" "${ico_args[@]}" --raw="$out/png/outbox-doctor-256.png"
  local icns_args=()
  for s in "${icns_sizes[@]}"; do icns_args+=("$out/png/outbox-doctor-$s.png"); done
  png2icns "$out/outbox-doctor.icns" "${icns_args[@]}" >/dev/null
  for s in "${window_sizes[@]}"; do cp "$out/png/outbox-doctor-$s.png" "$out/window/"; done
}

window_dir="$repo/src/main/resources/org/outboxdoctor/ui/icons"

if [ "${1:-}" = "--check" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  render "$tmp"
  status=0
  for f in "$tmp"/png/*.png "$tmp/outbox-doctor.ico" "$tmp/outbox-doctor.icns"; do
    committed="$here/${f#"$tmp"/}"
    cmp -s "$f" "$committed" || { echo "differs: ${committed#"$repo"/}"; status=1; }
  done
  for f in "$tmp"/window/*.png; do
    committed="$window_dir/$(basename "$f")"
    cmp -s "$f" "$committed" || { echo "differs: ${committed#"$repo"/}"; status=1; }
  done
  [ "$status" -eq 0 ] && echo "icons are up to date with their SVG sources"
  exit "$status"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
render "$tmp"
rm -rf "$here/png"
mv "$tmp/png" "$here/png"
mv "$tmp/outbox-doctor.ico" "$tmp/outbox-doctor.icns" "$here/"
mkdir -p "$window_dir"
rm -f "$window_dir"/outbox-doctor-*.png
cp "$tmp"/window/*.png "$window_dir/"
echo "wrote icons/png/, icons/outbox-doctor.ico, icons/outbox-doctor.icns and ${window_dir#"$repo"/}/"
