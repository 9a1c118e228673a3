#!/usr/bin/env bash
# Builds the benchmarks (preset "bench", build-bench/) and runs them. Each prints its figures next
# to a peer measured in the same run. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
packaging/setup.sh --bench
cmake --preset bench
# Only the benchmarks (and the CLI some of them drive), not the whole test suite.
targets=$(ninja -C build-bench -t targets all | sed -n -E 's/^(bench_[a-z_]+): phony$/\1/p' | grep -v '_autogen' | sort -u)
cmake --build build-bench --target fusioncell-cli $targets
for b in build-bench/bin/bench_*; do
    echo "=== $(basename "$b")"
    case "$(basename "$b")" in
        bench_graph) "$b" --betweenness ;; # exact betweenness on 20,000 vertices too (igraph: about a minute)
        bench_chart|bench_map) QT_QPA_PLATFORM=offscreen "$b" ;;
        *) "$b" ;;
    esac
done
