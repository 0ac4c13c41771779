#!/usr/bin/env bash
# tests/bench/run-desktop-bench.sh [--quick] [--no-build]  desktop benchmark of FitFlow.
# Builds bench_desktop (RelWithDebInfo, like the bench preset; no server needed) and runs it
# offscreen: an encrypted store with 5,000 clients and 50,000 sessions, store unlock to the
# Dashboard shown (target < 1 s, five runs) and client search over 300 queries (target p95
# < 20 ms). Prints the numbers and the machine's load; never fails on time (docs/benchmarks.md).
# --quick: 500 clients, 5,000 sessions, 50 queries, 2 runs (a smoke run).
# --no-build: use the binary already in the build dir.
# Environment: FITFLOW_BENCH_DESKTOP_BUILD_DIR (default build/bench-desktop).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
source scripts/lib/common.sh
source scripts/lib/deps.sh

ARGS=(--clients 5000 --sessions 50000 --queries 300 --runs 5)
BUILD_FIRST=1
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) ARGS=(--clients 500 --sessions 5000 --queries 50 --runs 2) ;;
        --no-build) BUILD_FIRST=0 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "usage: tests/bench/run-desktop-bench.sh [--quick] [--no-build]" >&2; exit 2 ;;
    esac
    shift
done

BUILD=${FITFLOW_BENCH_DESKTOP_BUILD_DIR:-$ROOT/build/bench-desktop}
ff_check_disk "$ROOT" 2048
ff_ensure_packages "${FF_BUILD_PACKAGES[@]}" libbenchmark-dev

if [ "$BUILD_FIRST" -eq 1 ]; then
    ff_say "Building bench_desktop in $BUILD (RelWithDebInfo)"
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DFITFLOW_BUILD_BENCHMARKS=ON -DFITFLOW_BUILD_SERVER=OFF >/dev/null ||
        ff_die "CMake configure failed"
    cmake --build "$BUILD" --target bench_desktop -j "$(nproc)" || ff_die "build failed"
fi
BENCH_BIN=$BUILD/bin/bench_desktop
[ -x "$BENCH_BIN" ] || ff_die "$BENCH_BIN is missing (run without --no-build)"

ff_say "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
ff_say "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen "$BENCH_BIN" "${ARGS[@]}"
STATUS=$?
ff_say "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $STATUS
