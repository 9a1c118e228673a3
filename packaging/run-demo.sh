#!/usr/bin/env bash
# Installs what is missing, builds FusionCell, generates a fresh demo workspace and opens the
# workstation on it. Without a display it runs under Xvfb (xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
# The demo data is synthetic; the purpose is recorded with every consultation all the same.
PURPOSE=(--purpose "Demonstration on synthetic data")
packaging/setup.sh
cmake --preset default
cmake --build --preset default
rm -rf demo-workspace
# Four years of incidents: the trend methods need more than two (Farrington: two years before the
# period judged; ETS: two full seasons), and the planted hot spot rises in the last six months.
build/bin/fusioncell-cli demo --out demo-workspace --months 48
# The demo stores have real towns and generated postcodes: located by the postcode districts in
# ../shared (origin unclear: for tests and the demo only; load the ONS Postcode Directory for real work).
OUTCODES=../shared/data/geo/uk_outcodes.csv
if [[ -f $OUTCODES ]]; then
    build/bin/fusioncell-cli postcodes load --db demo-workspace/demo.fcdb "$OUTCODES" >/dev/null
else
    echo "No $OUTCODES: the demo stores are not located (map and areas empty)."
fi
# As an analyst would after importing: merge what entity resolution is sure of, queue the rest.
build/bin/fusioncell-cli resolve --db demo-workspace/demo.fcdb
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display: running the workstation under Xvfb."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/fusioncell demo-workspace/demo.fcdb "${PURPOSE[@]}" "$@"
fi
exec build/bin/fusioncell demo-workspace/demo.fcdb "${PURPOSE[@]}" "$@"
