#!/bin/sh
# Renders the six-monthly assessment of the demo workspace for review: generates the demo workspace
# (fusioncell-cli demo), locates its stores by the shared outcode table when it is there, records
# two activities, writes the assessment of the last six months of the data to PDF and ODT, and the
# PDF's pages to PNG (poppler's pdftoppm). With --readme, also the README's picture of page one
# (resources/screenshots/assessment-page1.png, small).
#   packaging/render-assessment.sh [--readme] [build-dir] [out-dir]
set -eu
cd "$(dirname "$0")/.."
README=0
if [ "${1:-}" = "--readme" ]; then README=1; shift; fi
BUILD="${1:-build}"
OUT="${2:-$BUILD/assessment}"
CLI="$BUILD/bin/fusioncell-cli"
OUTCODES=../shared/data/geo/uk_outcodes.csv
for tool in pdftoppm pdfinfo; do
    command -v "$tool" >/dev/null || { echo "render-assessment: $tool missing (apt-get install poppler-utils)" >&2; exit 1; }
done
[ -x "$CLI" ] || { echo "render-assessment: $CLI missing (cmake --build $BUILD --target fusioncell-cli)" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"
"$CLI" demo --out "$OUT/demo" >/dev/null
WS="$OUT/demo/demo.fcdb"
if [ -f "$OUTCODES" ]; then "$CLI" postcodes load --db "$WS" "$OUTCODES" >/dev/null; fi
# The period: the six whole months up to the last month of the data.
LAST=$(sqlite3 "$WS" "SELECT substr(MAX(value), 1, 7) FROM attributes WHERE name = 'occurred_at'")
TO=$(date -d "$LAST-01 +1 month -1 day" +%F)
FROM=$(date -d "$LAST-01 -5 months" +%F)
TOP=$("$CLI" places --db "$WS" --from "$FROM" --to "$TO" --top 1 --json | sed -n 's/.*"key": "\([0-9]*\)".*/\1/p' | head -1)
"$CLI" activities add --db "$WS" --name "Operation Larch" --type operation --owner "DS Patel" \
    --start "$(date -d "$FROM -2 months" +%F)" --end "$(date -d "$FROM -1 day" +%F)" --target "place:$TOP" >/dev/null
"$CLI" activities add --db "$WS" --name "Network N1 disrupted" --type network_disruption --owner "DI Shah" \
    --start "$(date -d "$FROM +1 month" +%F)" --target network:N1 >/dev/null
printf '%s\n' "Shop theft rose again this period and remains concentrated in a few city-centre stores." \
    "" "Draft for review: the analyst's text of each section is kept with the assessment in the workspace." \
    >"$OUT/summary.txt"
START=$(date +%s%N)
"$CLI" assess --db "$WS" --from "$FROM" --to "$TO" --out "$OUT/assessment.pdf" --odt "$OUT/assessment.odt" \
    --text-file "summary=$OUT/summary.txt" --quiet >/dev/null
END=$(date +%s%N)
pdftoppm -r 60 -png "$OUT/assessment.pdf" "$OUT/page"
echo "$(pdfinfo "$OUT/assessment.pdf" | sed -n 's/^Pages: *//p') pages in $(( (END - START) / 1000000 )) ms: $OUT/assessment.pdf, $OUT/assessment.odt, $OUT/page-*.png"
if [ "$README" = 1 ]; then
    mkdir -p resources/screenshots
    pdftoppm -r 40 -png -f 1 -l 1 -singlefile "$OUT/assessment.pdf" resources/screenshots/assessment-page1
    echo resources/screenshots/assessment-page1.png
fi
