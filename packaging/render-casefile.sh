#!/bin/sh
# Renders a demo case file for review: generates a demo workspace, builds the case of the largest
# demo network with two exhibits attached, exports it to PDF and ODT (each export is a disclosure in
# the demo workspace's audit trail), writes every page of the PDF as PNG (pdftoppm, poppler-utils)
# and a partner export for a retailer with its withheld manifest. The summary page (page 3) goes to
# resources/screenshots/casefile-page1.png, small, for the README.
#   packaging/render-casefile.sh [build-dir] [out-dir]
set -eu
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
OUT="${2:-$(mktemp -d)/casefile}"
CLI="$BUILD/bin/fusioncell-cli"
command -v pdftoppm >/dev/null || { echo "render-casefile.sh: pdftoppm is missing (apt-get install poppler-utils)" >&2; exit 1; }
mkdir -p "$OUT"
rm -rf "$OUT/demo"
"$CLI" demo --out "$OUT/demo" >/dev/null
"$CLI" resolve --db "$OUT/demo/demo.fcdb" >/dev/null
# Two stand-in exhibits: a statement and a "clip" of random bytes.
printf 'Witness statement (demo): the store manager saw the people in the chart take goods.\n' > "$OUT/statement.txt"
head -c 4194304 /dev/urandom > "$OUT/clip.bin"
"$CLI" casefile --db "$OUT/demo/demo.fcdb" --network 1 --out "$OUT/casefile.pdf" --odt "$OUT/casefile.odt" \
    --attach "$OUT/statement.txt" --exhibit-ref "DEMO/1" --attach "$OUT/clip.bin" --exhibit-ref "DEMO/2" \
    --recipient "Crown Prosecution Service (demo)" --justification "Demonstration on synthetic data"
"$CLI" partner-export --db "$OUT/demo/demo.fcdb" --network 1 --recipient "Northgate Foods" --kind retailer \
    --out "$OUT/alert-northgate.pdf" --justification "Demonstration on synthetic data"
rm -f "$OUT"/page-*.png
pdftoppm -r 80 -png "$OUT/casefile.pdf" "$OUT/page"
mkdir -p resources/screenshots
pdftoppm -r 50 -png -f 3 -l 3 -singlefile "$OUT/casefile.pdf" resources/screenshots/casefile-page1
echo "$OUT: casefile.pdf, casefile-mg6d.pdf, casefile.odt, alert-northgate.pdf (+ -withheld.json), page-*.png"
echo "resources/screenshots/casefile-page1.png"
