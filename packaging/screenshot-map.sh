#!/bin/sh
# Makes the README's map screenshots: imports the data.police.uk street-level sample in
# ../shared/data/police-uk (City of London, ~45 months) with the shipped spec into a fresh workspace,
# opens it in the workstation under Xvfb, and once the map pane has computed its figures (Cambridge
# Crime Harm Index by place and local authority, Getis-Ord Gi* hot spots) saves three pictures of the
# pane zoomed to the places: every layer (harm points over the choropleth and hot spots), the
# choropleth alone, and the hot spots alone. Only the first is committed.
#   packaging/screenshot-map.sh [build-dir] [data-dir]
set -eu
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
DATA="${2:-../shared/data/police-uk}"
OUT=resources/screenshots/map.png
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$BUILD/bin/fusioncell-cli" import --db "$WORK/police.fcdb" --spec resources/specs/police-uk-street.json \
    "$DATA"/*.csv >/dev/null
mkdir -p "$(dirname "$OUT")" "$WORK/shots"
XDG_CONFIG_HOME="$WORK/config" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BUILD/bin/fusioncell" "$WORK/police.fcdb" --purpose "Demonstration on published police.uk data" \
    --screenshot-map "$WORK/shots/map.png"
cp "$WORK/shots/map.png" "$OUT"
# The other two layers are kept beside the build for a look, not committed.
cp "$WORK/shots/map-choropleth.png" "$WORK/shots/map-hotspots.png" "$BUILD/"
echo "$OUT $BUILD/map-choropleth.png $BUILD/map-hotspots.png"
