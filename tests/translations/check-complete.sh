#!/usr/bin/env bash
# Fails when a visible string in the sources has no finished Danish,
# Norwegian or Swedish translation. It runs lupdate on copies of the .ts
# files, so it also catches strings added since the .ts files were updated.
set -euo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for lang in da nb sv; do
  cp "$src/translations/skranke_$lang.ts" "$tmp/"
done
(cd "$src" && "$lupdate" -silent -locations none -no-obsolete -extensions cpp,h -I . core ui app \
   -ts "$tmp"/skranke_da.ts "$tmp"/skranke_nb.ts "$tmp"/skranke_sv.ts)
status=0
for lang in da nb sv; do
  missing=$(grep -c 'type="unfinished"' "$tmp/skranke_$lang.ts" || true)
  if [ "$missing" -gt 0 ]; then
    echo "skranke_$lang.ts: $missing strings without a finished translation:"
    grep -B3 'type="unfinished"' "$tmp/skranke_$lang.ts" | grep '<source>' | head -20
    status=1
  fi
done
[ $status -eq 0 ] && echo "translations complete: da, nb, sv"
exit $status
