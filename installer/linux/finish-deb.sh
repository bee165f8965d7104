#!/usr/bin/env bash
# Called by the Maven profile -Pinstaller on Linux, after jpackage made target/installer/outbox-doctor_*.deb.
# jpackage puts everything under /opt/outbox-doctor; desktops look elsewhere. This adds, as files the package
# owns (so dpkg lists them and removes them, and the system's triggers refresh the menu and icon caches):
#   /usr/share/applications/org.outboxdoctor.OutboxDoctor.desktop       the menu entry
#   /usr/share/metainfo/org.outboxdoctor.OutboxDoctor.metainfo.xml      AppStream (software centres)
#   /usr/share/icons/hicolor/{16..512,scalable}/apps/org.outboxdoctor.OutboxDoctor.{png,svg}
#   /opt/outbox-doctor/bin/outbox-doctor-start                          what the menu entry and /usr/bin/outbox-doctor
#                                                                       start: the launcher, without GTK's OpenGL
#                                                                       where there is no graphics device
#   /usr/bin/outbox-doctor, /usr/bin/outbox-doctor-console             links to those and to the console launcher
#   /usr/share/doc/outbox-doctor/copyright                              where Debian looks for the licence
# and the start-up cache (AppCDS): a training run of the app under Xvfb lists the classes it loads until its
# first window shows, a second one those of a command-line practice check (lib/app/outbox-doctor.classlist);
# installer/linux/postinst turns that list into
# lib/app/outbox-doctor.jsa where the app is installed (the archive records the jars' paths), prerm removes it.
# Then it recomputes Installed-Size and md5sums and rebuilds the .deb in place.
# Needs dpkg-deb; for the training run xvfb, xdotool, libgtk-3-0 and libxtst6 (without them: no cache, and a warning).
set -euo pipefail

work="${1:?usage: finish-deb.sh TARGET/installer}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
id=org.outboxdoctor.OutboxDoctor
app=/opt/outbox-doctor

debs=("$work"/outbox-doctor_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "finish-deb.sh: expected one outbox-doctor_*.deb in $work" >&2; exit 1; }
deb="${debs[0]}"

root="$work/deb-root"
rm -rf "$root"
dpkg-deb --raw-extract "$deb" "$root"
[ -x "$root$app/bin/outbox-doctor" ] || { echo "finish-deb.sh: $app/bin/outbox-doctor is not in $deb" >&2; exit 1; }

share="$root/usr/share"
install -D -m 644 "$repo/installer/linux/$id.desktop" "$share/applications/$id.desktop"
install -D -m 644 "$repo/installer/linux/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
for png in "$repo"/icons/png/outbox-doctor-*.png; do
  size="${png##*-}"; size="${size%.png}"
  install -D -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
install -D -m 644 "$repo/icons/outbox-doctor.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
install -D -m 644 "$repo/installer/license.txt" "$share/doc/outbox-doctor/copyright"
install -m 755 "$repo/installer/linux/outbox-doctor-start" "$root$app/bin/outbox-doctor-start"
mkdir -p "$root/usr/bin"
ln -s "$app/bin/outbox-doctor-start" "$root/usr/bin/outbox-doctor"
ln -s "$app/bin/outbox-doctor-console" "$root/usr/bin/outbox-doctor-console"

# the class list of a first start, for postinst's AppCDS archive
image="$work/image/outbox-doctor"
classlist="$root$app/lib/app/outbox-doctor.classlist"
if command -v Xvfb >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then
  # shellcheck source=installer/linux/xvfb-lib.sh
  source "$repo/installer/linux/xvfb-lib.sh"
  cfg="$image/lib/app/outbox-doctor.cfg"
  classpath="$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$image/lib/app#g" | paste -sd: -)"
  main_class="$(sed -n 's/^app\.mainclass=//p' "$cfg")"
  training_home="$(mktemp -d)"
  start_xvfb
  # JDK 17 takes user.home from the user database, not from $HOME: the training run's preferences stay in its own folder
  HOME="$training_home" "$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$classlist" -Duser.home="$training_home" \
    -cp "$classpath" "$main_class" \
    >"$work/cds-training.log" 2>&1 &
  training_pid=$!
  if wait_for_window "Outbox Doctor" "$training_pid" 120 >/dev/null; then
    sleep 1   # the first frame is drawn after the window maps
    kill "$training_pid"
    wait "$training_pid" 2>/dev/null || true
  else
    kill "$training_pid" 2>/dev/null || true
    wait "$training_pid" 2>/dev/null || true
    cat "$work/cds-training.log" >&2
    rm -f "$classlist"
    echo "finish-deb.sh: WARNING: the training run showed no window; the package has no start-up cache" >&2
  fi
  stop_xvfb
  if [ -f "$classlist" ]; then
    # and of the command line: a practice check (pretend servers on 127.0.0.1 only), so that `check` and
    # `practice run` start from the same archive (the console launcher names it too); one list, each class once
    cli_classlist="$work/cli.classlist"
    if HOME="$training_home" "$image/lib/runtime/bin/java" -XX:DumpLoadedClassList="$cli_classlist" \
        -Duser.home="$training_home" -cp "$classpath" "$main_class" practice run healthy >"$work/cds-training-cli.log" 2>&1; then
      cat "$classlist" "$cli_classlist" | awk '!seen[$0]++' >"$classlist.merged"
      mv "$classlist.merged" "$classlist"
    else
      echo "finish-deb.sh: WARNING: the command line's training run failed; its classes are not in the start-up cache" >&2
    fi
    rm -f "$cli_classlist"
  fi
  rm -rf "$training_home"
else
  echo "finish-deb.sh: WARNING: xvfb or xdotool missing; the package has no start-up cache (slower first window)" >&2
fi
[ -f "$classlist" ] && chmod 644 "$classlist" && echo "finish-deb.sh: start-up class list: $(wc -l < "$classlist") classes"
install -m 755 "$repo/installer/linux/postinst" "$root/DEBIAN/postinst"
install -m 755 "$repo/installer/linux/prerm" "$root/DEBIAN/prerm"

installed_kib="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
sed -i "s/^Installed-Size:.*/Installed-Size: $installed_kib/" "$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum > DEBIAN/md5sums)
chmod 644 "$root/DEBIAN/md5sums"

dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
rm -rf "$root"
echo "finish-deb.sh: $(basename "$deb"): $(( $(stat -c %s "$deb") / 1024 )) KiB, Installed-Size $installed_kib KiB"
