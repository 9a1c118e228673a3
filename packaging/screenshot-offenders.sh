#!/bin/sh
# Makes the README's offender-management screenshots: generates a fresh demo workspace, opens it
# in the workstation under Xvfb and saves the Offenders dock once ranked, the profile of the
# first-ranked person and the association view of the demo network closest to 15 people (its
# busiest link expanded) to resources/screenshots/offenders.png, profile.png and association.png.
#   packaging/screenshot-offenders.sh [build-dir]
set -eu
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
OUT=resources/screenshots
DEMO="$(mktemp -d)"
trap 'rm -rf "$DEMO"' EXIT
"$BUILD/bin/fusioncell-cli" demo --out "$DEMO/demo" >/dev/null
mkdir -p "$OUT"
XDG_CONFIG_HOME="$DEMO/config" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BUILD/bin/fusioncell" "$DEMO/demo/demo.fcdb" --purpose "Demonstration on synthetic data" \
    --screenshot-offenders "$OUT"
echo "$OUT/offenders.png $OUT/profile.png $OUT/association.png"
