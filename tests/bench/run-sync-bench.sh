#!/usr/bin/env bash
# tests/bench/run-sync-bench.sh [--quick]  sync benchmarks of FitFlow beside pouchdb-server.
# Builds fitflow-server and bench_sync_client (RelWithDebInfo, like the bench preset), starts a
# throwaway PostgreSQL and fitflow-server over TLS, seeds organizations, measures a 10,000-
# mutation push, initial pulls of 10,000 and 100,000 rows into encrypted stores (the 100,000 also
# as a trainer to whom they are all assigned) and a nothing-new pull; then pouchdb-server
# (tests/bench/pouchdb, npm ci) with the same 10,000 documents. Prints one table
# (docs/benchmarks.md explains it). Reports numbers; fails only when a run is invalid.
# --quick: 1,000 rows everywhere (a smoke run of the whole pipeline).
# --no-build: use the binaries already in the build dir (e.g. to repeat a measurement).
# Environment: FITFLOW_BENCH_BUILD_DIR (build/bench), FITFLOW_BENCH_RESULTS (a folder to keep
# the JSON results in; default: the build dir's sync-bench-results).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
source scripts/lib/common.sh
source scripts/lib/deps.sh
source scripts/lib/postgres.sh
source scripts/lib/tls.sh

PUSH_COUNT=10000
SMALL_PULL=10000
LARGE_PULL=100000
IDLE_REQUESTS=200
BUILD_FIRST=1
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) PUSH_COUNT=1000 SMALL_PULL=1000 LARGE_PULL=1000 IDLE_REQUESTS=50 ;;
        --no-build) BUILD_FIRST=0 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "usage: tests/bench/run-sync-bench.sh [--quick] [--no-build]" >&2; exit 2 ;;
    esac
    shift
done

BUILD=${FITFLOW_BENCH_BUILD_DIR:-$ROOT/build/bench}
RESULTS=${FITFLOW_BENCH_RESULTS:-$BUILD/sync-bench-results}
POUCH=$ROOT/tests/bench/pouchdb
REPORT=$ROOT/tests/bench/sync/bench_report.py

ff_check_disk "$ROOT" 4096
ff_ensure_packages "${FF_BUILD_PACKAGES[@]}" libbenchmark-dev nodejs
ff_ensure_npm

if [ "$BUILD_FIRST" -eq 1 ]; then
    ff_say "Building fitflow-server and bench_sync_client in $BUILD (RelWithDebInfo)"
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DFITFLOW_BUILD_BENCHMARKS=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null ||
        ff_die "CMake configure failed"
    cmake --build "$BUILD" --target fitflow-server bench_sync_client -j "$(nproc)" ||
        ff_die "build failed"
fi
SERVER_BIN=$BUILD/bin/fitflow-server
CLIENT_BIN=$BUILD/bin/bench_sync_client
for binary in "$SERVER_BIN" "$CLIENT_BIN"; do
    [ -x "$binary" ] || ff_die "$binary is missing (run without --no-build)"
done

ff_say "Installing pouchdb-server and the PouchDB client (npm ci, tests/bench/pouchdb)"
npm ci --prefix "$POUCH" --omit=optional --prefer-offline --no-audit --no-fund --loglevel=error ||
    ff_die "npm ci --prefix tests/bench/pouchdb failed"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fitflow-sync-bench.XXXXXX")
# Its own folder, as in test.sh: when we are root, ff_pg_init hands it to the postgres user.
PG_BASE=$(mktemp -d "${TMPDIR:-/tmp}/fitflow-sync-bench-pg.XXXXXX")
SERVER_PID=""
POUCH_PID=""
stop_process() {
    if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
        kill -TERM "$1" 2>/dev/null
        wait "$1" 2>/dev/null
    fi
}
cleanup() {
    stop_process "$SERVER_PID"
    stop_process "$POUCH_PID"
    ff_pg_stop "$PG_BASE"
    rm -rf "$WORK" "$PG_BASE"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# PostgreSQL with its default durability (fsync, synchronous_commit on), unlike test.sh: the
# benchmark should pay for commits as production does.
PG_PORT=$(ff_free_port)
PG_SUPER_PW=$(ff_random_secret)
PG_OWNER_PW=$(ff_random_secret)
PG_APP_PW=$(ff_random_secret)
ff_say "Starting a throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
ff_pg_init "$PG_BASE" "$PG_SUPER_PW"
ff_pg_start "$PG_BASE" "$PG_PORT" -c max_connections=100
ff_pg_bootstrap "$PG_PORT" "$PG_SUPER_PW" "$PG_OWNER_PW" "$PG_APP_PW" fitflow_bench
export FITFLOW_MIGRATION_DATABASE_URL
FITFLOW_MIGRATION_DATABASE_URL=$(ff_pg_url "$FF_PG_OWNER_ROLE" "$PG_OWNER_PW" "$PG_PORT" fitflow_bench)
"$SERVER_BIN" migrate >/dev/null || ff_die "fitflow-server migrate failed"

# Three organizations, each with one user who is a member of it only, so a device's sync
# touches exactly the data being measured.
export FITFLOW_PASSWORD
FITFLOW_PASSWORD=$(ff_random_secret)
new_org() {
    "$SERVER_BIN" create-org --name "$1" --province QC 2>>"$WORK/admin.err"
}
new_user() {
    "$SERVER_BIN" create-user --email "$1" --org "$2" --role "$3" >/dev/null 2>>"$WORK/admin.err" ||
        ff_die "create-user $1 failed"
}
PUSH_ORG=$(new_org "Bench push")
SMALL_ORG=$(new_org "Bench pull $SMALL_PULL")
LARGE_ORG=$(new_org "Bench pull $LARGE_PULL")
for org in "$PUSH_ORG" "$SMALL_ORG" "$LARGE_ORG"; do
    [ -n "$org" ] || { cat "$WORK/admin.err" >&2; ff_die "create-org failed"; }
done
new_user push@bench.fitflow.test "$PUSH_ORG" trainer
new_user pull-small@bench.fitflow.test "$SMALL_ORG" owner
new_user pull-large@bench.fitflow.test "$LARGE_ORG" owner
# A trainer of the large organization to whom every seeded client is assigned: the same pull
# through the trainer's row-level security (migration 0015) instead of the owner's.
new_user pull-trainer@bench.fitflow.test "$LARGE_ORG" trainer

seed_clients() {
    PGPASSWORD=$PG_SUPER_PW psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d fitflow_bench \
        -v org="$1" -v count="$2" -f "$ROOT/tests/bench/sync/seed-clients.sql" >/dev/null ||
        ff_die "seeding $2 clients failed"
}
ff_say "Seeding $SMALL_PULL and $LARGE_PULL clients (SQL, 1,000 rows per transaction)"
SEED_START=$(date +%s%N)
seed_clients "$SMALL_ORG" "$SMALL_PULL"
seed_clients "$LARGE_ORG" "$LARGE_PULL"
PGPASSWORD=$PG_SUPER_PW psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d fitflow_bench \
    -v ON_ERROR_STOP=1 -v org="$LARGE_ORG" >/dev/null <<'SQL' || ff_die "assigning the trainer failed"
INSERT INTO client_trainers (org_id, client_id, trainer_user_id)
SELECT c.org_id, c.id, u.id FROM clients c, users u
 WHERE c.org_id = :'org' AND u.email = 'pull-trainer@bench.fitflow.test';
SQL
PGPASSWORD=$PG_SUPER_PW psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d fitflow_bench \
    -c "VACUUM ANALYZE" >/dev/null
SEED_MS=$((($(date +%s%N) - SEED_START) / 1000000))
echo "{\"rows\": $((SMALL_PULL + LARGE_PULL)), \"seed_ms\": $SEED_MS}" >"$RESULTS/seed.json"
cat "$RESULTS/seed.json"

ff_tls_ensure "$WORK/tls"
"$SERVER_BIN" keys generate --out "$WORK/jwt-keys.json" >/dev/null || ff_die "keys generate failed"
SERVER_PORT=$(ff_free_port)
ACCESS_LOG=$WORK/access.log
# Rate limits are raised: the benchmark measures throughput, not the limiter.
env -u FITFLOW_MIGRATION_DATABASE_URL -u FITFLOW_PASSWORD \
    FITFLOW_DATABASE_URL="$(ff_pg_url "$FF_PG_APP_ROLE" "$PG_APP_PW" "$PG_PORT" fitflow_bench)" \
    FITFLOW_TLS_CERT="$WORK/tls/server.pem" FITFLOW_TLS_KEY="$WORK/tls/server.key" \
    FITFLOW_PORT="$SERVER_PORT" FITFLOW_JWT_KEYS="$WORK/jwt-keys.json" \
    FITFLOW_RATE_LIMIT_PER_IP=100000 FITFLOW_RATE_LIMIT_PER_USER=100000 \
    "$SERVER_BIN" serve >"$ACCESS_LOG" 2>"$WORK/server.err" &
SERVER_PID=$!
SERVER_URL=https://127.0.0.1:$SERVER_PORT
for _ in $(seq 1 150); do
    curl -fsS --cacert "$WORK/tls/ca.pem" "$SERVER_URL/readyz" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.err" >&2; ff_die "fitflow-server exited"; }
    sleep 0.2
done
curl -fsS --cacert "$WORK/tls/ca.pem" "$SERVER_URL/readyz" >/dev/null ||
    ff_die "fitflow-server is not ready at $SERVER_URL"

# run_client NAME MODE ARGS... : one bench_sync_client run, its JSON line into RESULTS/NAME.json.
run_client() {
    local name=$1
    shift
    ff_say "FitFlow: $name"
    if ! "$CLIENT_BIN" "$@" >"$RESULTS/$name.json"; then
        tail -n 20 "$WORK/server.err" >&2
        grep -A3 ERROR "$PG_BASE/log/postgres.log" | tail -n 20 >&2
        ff_die "bench_sync_client $name failed (above: fitflow-server's and PostgreSQL's errors)"
    fi
    cat "$RESULTS/$name.json"
}
log_lines() { wc -l <"$ACCESS_LOG"; }
LOGIN=(--server "$SERVER_URL" --ca "$WORK/tls/ca.pem")

FIRST=$(($(log_lines) + 1))
run_client push push --store "$WORK/push.fitflow" "${LOGIN[@]}" \
    --email push@bench.fitflow.test --org "$PUSH_ORG" --count "$PUSH_COUNT"
python3 "$REPORT" server-times "$ACCESS_LOG" "$FIRST" /api/v1/sync/push "$RESULTS/push-server.json"
for size in small large trainer; do
    [ "$size" = small ] && rows=$SMALL_PULL || rows=$LARGE_PULL
    FIRST=$(($(log_lines) + 1))
    run_client "pull-$size" pull --store "$WORK/$size.fitflow" "${LOGIN[@]}" \
        --email "pull-$size@bench.fitflow.test" --expect "$rows"
    python3 "$REPORT" server-times "$ACCESS_LOG" "$FIRST" /api/v1/sync/pull \
        "$RESULTS/pull-$size-server.json"
done
FIRST=$(($(log_lines) + 1))
run_client nothing-new nothing-new --store "$WORK/large.fitflow" --org "$LARGE_ORG" \
    --requests "$IDLE_REQUESTS"
python3 "$REPORT" server-times "$ACCESS_LOG" "$FIRST" /api/v1/sync/pull \
    "$RESULTS/nothing-new-server.json"
stop_process "$SERVER_PID"
SERVER_PID=""

ff_say "pouchdb-server: the same $PUSH_COUNT documents"
POUCH_PORT=$(ff_free_port)
mkdir -p "$WORK/pouchdb-server/data"
(cd "$WORK/pouchdb-server" && exec node "$POUCH/node_modules/pouchdb-server/bin/pouchdb-server" \
    --port "$POUCH_PORT" --dir "$WORK/pouchdb-server/data" \
    --config "$WORK/pouchdb-server/config.json" --no-stdout-logs >"$WORK/pouchdb-server/out.log" 2>&1) &
POUCH_PID=$!
for _ in $(seq 1 150); do
    curl -fsS "http://127.0.0.1:$POUCH_PORT/" >/dev/null 2>&1 && break
    kill -0 "$POUCH_PID" 2>/dev/null || { cat "$WORK/pouchdb-server/out.log" >&2; ff_die "pouchdb-server exited"; }
    sleep 0.2
done
node "$POUCH/bench-pouchdb.mjs" --url "http://127.0.0.1:$POUCH_PORT" --count "$PUSH_COUNT" \
    --dir "$WORK/pouchdb-client" >"$RESULTS/pouchdb.json" || ff_die "bench-pouchdb.mjs failed"
cat "$RESULTS/pouchdb.json"
stop_process "$POUCH_PID"
POUCH_PID=""

echo
python3 "$REPORT" table "$RESULTS"
echo
echo "JSON results: $RESULTS"
