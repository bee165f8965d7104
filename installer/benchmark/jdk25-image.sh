#!/usr/bin/env bash
# Used by installer/benchmark/benchmark.sh: the installed app's image once more, with a runtime linked from a JDK 25
# or later (JDK_HOME) instead of the .deb's JDK 17, and AOT caches (JEPs 483, 514, 515) in place of the AppCDS
# archive, trained the way the .deb trains its archive: one for the window's launcher (the first page), one for the
# console launcher (a practice check). JDK 25 trains one cache per run, so each launcher gets its own.
#   installer/benchmark/jdk25-image.sh JDK_HOME APP_DIR OUT       prints the image folder (OUT/image/outbox-doctor)
# APP_DIR is the installed JDK 17 app (/opt/outbox-doctor): its lib/app is the input, so both run the same jars.
# Needs DISPLAY (an X server) and the functions of installer/linux/xvfb-lib.sh for the window's training run.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=installer/linux/xvfb-lib.sh
source installer/linux/xvfb-lib.sh

jdk="${1:?usage: jdk25-image.sh JDK_HOME APP_DIR OUT}"
app_dir="${2:?}"
out="${3:?}"
rm -rf "$out"
mkdir -p "$out/input"

# the same modules, natives and jars as the .deb's image; jdk.crypto.ec is an empty module on JDK 25 (still linkable)
"$jdk/bin/jlink" @installer/jlink.args @installer/linux/jlink.args \
  --module-path "$(find target/lib -name 'javafx-*-linux.jar' | paste -sd: -)" --output "$out/runtime" >&2
unzip -q -o -j target/lib/javafx-graphics-*-linux.jar '*.so' -d "$out/runtime/lib"
cp -r "$app_dir/lib/app/outbox-doctor.jar" "$app_dir/lib/app/lib" "$out/input/"

# JVM options: the .deb's, with the AOT cache for the AppCDS archive, and JavaFX 21's way past JDK 24+'s
# native-access and sun.misc.Unsafe warnings
options="$out/app-image.args"
grep -v 'SharedArchiveFile' installer/linux/app-image.args >"$options"
cat >>"$options" <<'ARGS'
--java-options "-XX:AOTCache=$APPDIR/outbox-doctor.aot"
--java-options --enable-native-access=javafx.graphics
--java-options --sun-misc-unsafe-memory-access=allow
ARGS
version="$(sed -n 's/^java-options=-Djpackage.app-version=//p' "$app_dir/lib/app/outbox-doctor.cfg")"
"$jdk/bin/jpackage" --type app-image @installer/app-image.args @"$options" --app-version "$version" \
  --input "$out/input" --runtime-image "$out/runtime" --dest "$out/image" >&2
image="$out/image/outbox-doctor"
cfg="$image/lib/app/outbox-doctor.cfg"
console_cfg="$image/lib/app/outbox-doctor-console.cfg"
sed -i 's/outbox-doctor\.aot/outbox-doctor-console.aot/' "$console_cfg"

# training runs through the launchers themselves (same options), each writing its cache when its JVM exits
home="$(mktemp -d)"
sed -i 's/-XX:AOTCache=/-XX:AOTCacheOutput=/' "$cfg" "$console_cfg"
HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" GDK_GL=disable "$image/bin/outbox-doctor" >"$out/train-window.log" 2>&1 &
pid=$!
wait_for_window "Outbox Doctor" "$pid" 180 >/dev/null || { cat "$out/train-window.log" >&2; echo "JDK 25 training run showed no window" >&2; exit 1; }
sleep 1
kill "$pid"
wait "$pid" 2>/dev/null || true
HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" "$image/bin/outbox-doctor-console" practice run healthy \
  >"$out/train-console.log" 2>&1 || { cat "$out/train-console.log" >&2; exit 1; }
sed -i 's/-XX:AOTCacheOutput=/-XX:AOTCache=/' "$cfg" "$console_cfg"
rm -rf "$home"
for cache in outbox-doctor.aot outbox-doctor-console.aot; do
  [ -s "$image/lib/app/$cache" ] || { echo "JDK 25 training wrote no $cache" >&2; exit 1; }
done
echo "$image"
