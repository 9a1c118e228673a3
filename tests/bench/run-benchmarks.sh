#!/usr/bin/env bash
# Builds the benchmarks (preset "bench", build-bench/) and runs them. Each prints its figures next
# to a peer measured in the same run. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
packaging/setup.sh --bench
cmake --preset bench
cmake --build --preset bench
for b in build-bench/bin/bench_*; do
    echo "=== $(basename "$b")"
    "$b"
done
