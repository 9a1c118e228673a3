#!/bin/sh
# Makes the README screenshot: builds a demo workspace if there is none, opens it in the
# workstation under Xvfb, waits until the largest demo network is on the chart and laid out,
# and saves the window to resources/screenshots/workstation.png.
#   packaging/screenshot.sh [build-dir]
set -eu
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
WORKSPACE=demo-workspace/demo.fcdb
OUT=resources/screenshots/workstation.png
if [ ! -f "$WORKSPACE" ]; then
    "$BUILD/bin/fusioncell-cli" demo --out demo-workspace
fi
mkdir -p "$(dirname "$OUT")"
# A fixed, neutral settings location so that a developer's saved window layout is not used.
XDG_CONFIG_HOME="$(mktemp -d)" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BUILD/bin/fusioncell" "$WORKSPACE" --screenshot "$OUT"
echo "$OUT"
