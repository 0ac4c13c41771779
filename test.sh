#!/usr/bin/env bash
# ./test.sh  installs what is missing, builds the "ci" preset (Debug, ASan + UBSan, warnings are
# errors), starts a throwaway PostgreSQL (temporary folder, free port, removed at exit), runs
# every CTest label (unit, integration, gui), then the fuzz targets from a clang build, and ends
# with one line "N passed, N failed". Exit status is non-zero on any failure.
# Options: --no-fuzz (skip the clang/libFuzzer stage), -R REGEX (only matching tests),
# --nightly (also the heavy "nightly" label, e.g. 1,000 kill -9 runs; FITFLOW_NIGHTLY=1).
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
source scripts/lib/common.sh
source scripts/lib/deps.sh
source scripts/lib/postgres.sh

RUN_FUZZ=1
CTEST_FILTER=()
LABEL_FILTER=(-LE nightly)
while [ $# -gt 0 ]; do
    case "$1" in
        --no-fuzz) RUN_FUZZ=0 ;;
        -R) shift; CTEST_FILTER=(-R "$1") ;;
        --nightly) LABEL_FILTER=(); export FITFLOW_NIGHTLY=1 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "usage: ./test.sh [--no-fuzz] [--nightly] [-R REGEX]" >&2; exit 2 ;;
    esac
    shift
done

PASSED=0
FAILED=0
finish() {
    echo
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
    exit $?
}
fail_stage() {
    ff_warn "$1"
    FAILED=$((FAILED + 1))
    finish
}

# A full ci build (ASan + UBSan binaries) plus the fuzz build and the test data take about 13 GiB
# (measured 2026-11-26: build/ci 11 GiB); what an earlier build left in build/ci counts toward it.
CI_BUILD_MB=0
[ -d build/ci ] && CI_BUILD_MB=$(du -sm build/ci | cut -f1)
NEED_MB=$((13 * 1024 - CI_BUILD_MB))
[ "$NEED_MB" -lt 2048 ] && NEED_MB=2048
ff_check_disk "$ROOT" "$NEED_MB"
ff_ensure_packages "${FF_BUILD_PACKAGES[@]}" "${FF_TEST_PACKAGES[@]}"

JOBS=$(nproc)
ff_say "Building the ci preset (Debug, AddressSanitizer + UBSan, -Werror)"
cmake --preset ci >/dev/null || fail_stage "CMake configure (ci) failed"
cmake --build --preset ci -j "$JOBS" || fail_stage "build (ci) failed"

# JavaScript cross-checks (tests/js: jose verifies our JWTs) need their locked packages. The npm
# cache makes a rerun work offline; without network and cache the jose test fails and says why.
ff_ensure_npm
ff_say "Installing tests/js packages (npm ci)"
npm ci --prefix tests/js --prefer-offline --no-audit --no-fund --loglevel=error \
    || ff_warn "npm ci --prefix tests/js failed: the jose verification test will fail"

# Throwaway PostgreSQL for the integration tests.
PG_BASE=$(mktemp -d "${TMPDIR:-/tmp}/fitflow-test-pg.XXXXXX")
cleanup() {
    ff_pg_stop "$PG_BASE"
    rm -rf "$PG_BASE"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PG_PORT=$(ff_free_port)
PG_SUPER_PW=$(ff_random_secret)
PG_OWNER_PW=$(ff_random_secret)
PG_APP_PW=$(ff_random_secret)
ff_say "Starting a throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
ff_pg_init "$PG_BASE" "$PG_SUPER_PW"
ff_pg_start "$PG_BASE" "$PG_PORT" -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    -c max_connections=300
ff_pg_bootstrap "$PG_PORT" "$PG_SUPER_PW" "$PG_OWNER_PW" "$PG_APP_PW"

export FITFLOW_REQUIRE_PG=1
export FITFLOW_TEST_PG_HOST=127.0.0.1 FITFLOW_TEST_PG_PORT=$PG_PORT
export FITFLOW_TEST_PG_SUPERUSER=postgres FITFLOW_TEST_PG_SUPERUSER_PASSWORD=$PG_SUPER_PW
export FITFLOW_TEST_PG_OWNER_ROLE=$FF_PG_OWNER_ROLE FITFLOW_TEST_PG_OWNER_PASSWORD=$PG_OWNER_PW
export FITFLOW_TEST_PG_APP_ROLE=$FF_PG_APP_ROLE FITFLOW_TEST_PG_APP_PASSWORD=$PG_APP_PW
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=0
export LSAN_OPTIONS=suppressions=$ROOT/tests/support/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# run_ctest BUILD_DIR [ctest args] : runs ctest and adds its counts to PASSED/FAILED.
run_ctest() {
    local dir=$1 log
    shift
    log=$(mktemp)
    ctest --test-dir "$dir" --output-on-failure --timeout 900 -j "$JOBS" "$@" 2>&1 | tee "$log"
    local summary total failed
    summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)
    if [ -z "$summary" ]; then
        ff_warn "ctest in $dir ran no test or did not finish"
        FAILED=$((FAILED + 1))
    else
        failed=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$summary")
        total=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$summary")
        PASSED=$((PASSED + total - failed))
        FAILED=$((FAILED + failed))
    fi
    rm -f "$log"
}

ff_say "Running unit, integration and gui tests"
run_ctest build/ci "${LABEL_FILTER[@]}" "${CTEST_FILTER[@]}"

if [ "$RUN_FUZZ" -eq 1 ] && [ ${#CTEST_FILTER[@]} -eq 0 ]; then
    ff_say "Building and running the fuzz targets (clang, libFuzzer)"
    if cmake --preset fuzz >/dev/null && cmake --build --preset fuzz -j "$JOBS"; then
        run_ctest build/fuzz -L fuzz
    else
        ff_warn "fuzz build failed"
        FAILED=$((FAILED + 1))
    fi
fi

finish
