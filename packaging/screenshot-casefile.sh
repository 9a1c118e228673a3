#!/bin/sh
# Makes the README's picture of the Case Files pane: generates a fresh demo workspace, opens it in
# the workstation under Xvfb, makes a case file of demo network 1 and saves the pane (floated) to
# resources/screenshots/casefile-pane.png.
#   packaging/screenshot-casefile.sh [build-dir]
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
    --screenshot-casefile "$OUT/casefile-pane.png"
