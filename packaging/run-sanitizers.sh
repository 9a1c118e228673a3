#!/usr/bin/env bash
# CI step: builds the tests and the fuzz targets with AddressSanitizer and UndefinedBehaviorSanitizer
# (configure preset "sanitize", folder build-sanitize/) and runs ctest there; any sanitizer report
# fails the run. With clang (the default) the fuzz targets are real libFuzzer binaries and all of
# core is instrumented for coverage (-fsanitize=fuzzer-no-link); with --gcc the same build uses g++
# and the fuzz targets run under the seeded mutation driver instead.
#
#   packaging/run-sanitizers.sh [--gcc] [--jobs N] [--fuzz-seconds S] [--only REGEX] [ctest arguments...]
#
# --only builds and runs just the tests whose names match REGEX (e.g. the import path:
# 'tst_(csvreader|jsonreader|xlsxreader|fieldparsers|importer|importspec|store|badinput|faults|crashkill)|fuzz_'),
# which keeps the step short enough for CI; the whole set suits a nightly run.
#
# Prints how long the build and the tests took, for the CI time budget.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/setup.sh
compiler=clang
jobs=2
fuzz_seconds=40
only=''
while [[ $# -gt 0 ]]; do
    case "$1" in
        --gcc) compiler=gcc; shift ;;
        --jobs) jobs="$2"; shift 2 ;;
        --fuzz-seconds) fuzz_seconds="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        *) break ;;
    esac
done

extra_flags=()
if [[ $compiler == clang ]]; then
    packaging/setup.sh --sanitize
    export CC=clang-14 CXX=clang++-14
    extra_flags+=(-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link)
else
    export CC=gcc CXX=g++
fi

# A compiler change needs a fresh cache.
if [[ -f build-sanitize/CMakeCache.txt ]] && ! grep -q "CMAKE_CXX_COMPILER:.*${CXX}$" build-sanitize/CMakeCache.txt; then
    rm -rf build-sanitize
fi

start=$(date +%s)
cmake --preset sanitize "${extra_flags[@]}" -DFC_FUZZ_SECONDS="$fuzz_seconds"
# Only what ctest runs: every test executable, and the CLI that some of them drive.
targets=$(ninja -C build-sanitize -t targets all | sed -n -E 's/^((tst|fuzz)_[A-Za-z0-9_]+): phony$/\1/p' | grep -v '_autogen' | grep -E "${only:-.}" | sort -u)
cmake --build build-sanitize --parallel "$jobs" --target fusioncell-cli $targets
built=$(date +%s)

# halt_on_error: a UBSan report fails the test instead of scrolling past. Leaks are reported
# too; Qt's own allocations that live until exit are not ours to fix.
suppressions=$(mktemp)
trap 'rm -f "$suppressions"' EXIT
cat > "$suppressions" <<'SUPP'
leak:libfontconfig
leak:libQt6Gui
leak:libQt6Widgets
leak:libdbus
SUPP
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$suppressions:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
ctest --test-dir build-sanitize --output-on-failure --timeout 1800 -j "$jobs" ${only:+-R "$only"} "$@" || status=$?
finished=$(date +%s)

echo "run-sanitizers ($compiler): build $((built - start)) s, tests $((finished - built)) s, total $((finished - start)) s"
exit $status
