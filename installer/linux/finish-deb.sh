#!/usr/bin/env bash
# Called by the Maven profile -Pinstaller on Linux, after jpackage made target/installer/outbox-doctor_*.deb.
# jpackage puts everything under /opt/outbox-doctor; desktops look elsewhere. This adds, as files the package
# owns (so dpkg lists them and removes them, and the system's triggers refresh the menu and icon caches):
#   /usr/share/applications/org.outboxdoctor.OutboxDoctor.desktop       the menu entry
#   /usr/share/metainfo/org.outboxdoctor.OutboxDoctor.metainfo.xml      AppStream (software centres)
#   /usr/share/icons/hicolor/{16..512,scalable}/apps/org.outboxdoctor.OutboxDoctor.{png,svg}
#   /usr/bin/outbox-doctor, /usr/bin/outbox-doctor-console             links to the launchers
#   /usr/share/doc/outbox-doctor/copyright                              where Debian looks for the licence
# then recomputes Installed-Size and md5sums and rebuilds the .deb in place.
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
mkdir -p "$root/usr/bin"
ln -s "$app/bin/outbox-doctor" "$root/usr/bin/outbox-doctor"
ln -s "$app/bin/outbox-doctor-console" "$root/usr/bin/outbox-doctor-console"

installed_kib="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
sed -i "s/^Installed-Size:.*/Installed-Size: $installed_kib/" "$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum > DEBIAN/md5sums)
chmod 644 "$root/DEBIAN/md5sums"

dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
rm -rf "$root"
echo "finish-deb.sh: $(basename "$deb"): $(( $(stat -c %s "$deb") / 1024 )) KiB, Installed-Size $installed_kib KiB"
