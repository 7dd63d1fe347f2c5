#!/usr/bin/env bash
# Builds the Debian package into a scratch folder and checks what it installs.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
for f in usr/bin/skranke usr/bin/skranke-cli \
         usr/share/applications/dk.skranke.Skranke.desktop \
         usr/share/metainfo/dk.skranke.Skranke.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/skranke.svg; do
  grep -q "\./$f\$" <<<"$contents" || { echo "missing in $deb: $f"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets6 || { echo "no Qt dependency"; exit 1; }
echo "ok: $(basename "$deb")"
