#!/usr/bin/env bash
# Installs what is missing, builds FusionCell and runs the whole test suite (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/setup.sh
cmake --preset default
cmake --build --preset default
ctest --preset default
