#!/bin/sh
# Makes the README's review-pane screenshot: generates a fresh demo workspace, resolves it with
# the Fellegi-Sunter model (so that a match model is saved and pairs are queued), opens it in the
# workstation under Xvfb and saves the floated review pane, with the first pair in worth order
# and its waterfall, to resources/screenshots/review.png.
#   packaging/screenshot-review.sh [build-dir]
set -eu
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
OUT=resources/screenshots/review.png
DEMO="$(mktemp -d)"
trap 'rm -rf "$DEMO"' EXIT
"$BUILD/bin/fusioncell-cli" demo --out "$DEMO/demo" >/dev/null
"$BUILD/bin/fusioncell-cli" resolve --db "$DEMO/demo/demo.fcdb" --model fellegi-sunter >/dev/null
mkdir -p "$(dirname "$OUT")"
XDG_CONFIG_HOME="$DEMO/config" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BUILD/bin/fusioncell" "$DEMO/demo/demo.fcdb" --purpose "Demonstration on synthetic data" \
    --screenshot-review "$OUT"
echo "$OUT"
