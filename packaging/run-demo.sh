#!/usr/bin/env bash
# Installs what is missing, builds FusionCell, generates a fresh demo workspace and opens the
# workstation on it. Without a display it runs under Xvfb (xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup.sh
cmake --preset default
cmake --build --preset default
rm -rf demo-workspace
build/bin/fusioncell-cli demo --out demo-workspace
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display: running the workstation under Xvfb."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/fusioncell demo-workspace/demo.fcdb "$@"
fi
exec build/bin/fusioncell demo-workspace/demo.fcdb "$@"
