#!/bin/sh
# Makes the README screenshot: generates a fresh demo workspace (so that the picture shows what
# the current importer and workstation make of it), opens it in the workstation under Xvfb at
# 1600x1000 with the purpose run-demo.sh states, waits until the largest demo network is on the
# chart and laid out, and saves the window to resources/screenshots/workstation.png.
#   packaging/screenshot.sh [build-dir]
set -eu
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
OUT=resources/screenshots/workstation.png
DEMO="$(mktemp -d)"
trap 'rm -rf "$DEMO"' EXIT
"$BUILD/bin/fusioncell-cli" demo --out "$DEMO/demo" >/dev/null
"$BUILD/bin/fusioncell-cli" resolve --db "$DEMO/demo/demo.fcdb" >/dev/null # as run-demo.sh does
mkdir -p "$(dirname "$OUT")"
# A fixed, neutral settings location so that a developer's saved window layout is not used.
XDG_CONFIG_HOME="$DEMO/config" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BUILD/bin/fusioncell" "$DEMO/demo/demo.fcdb" --purpose "Demonstration on synthetic data" \
    --screenshot "$OUT"
echo "$OUT"
