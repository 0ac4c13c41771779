#!/usr/bin/env bash
# ./run.sh            installs what is missing, builds, starts PostgreSQL and fitflow-server over
#                     TLS with demo data, then opens fitflow-desktop when a display is available.
# ./run.sh --headless runs without the desktop app until Ctrl+C / SIGTERM, then stops what it
#                     started. Data lives in .local/ and is reused by the next run.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
source scripts/lib/common.sh
source scripts/lib/deps.sh
source scripts/lib/postgres.sh
source scripts/lib/tls.sh

usage() {
    cat <<USAGE
Usage: ./run.sh [--headless]
  --headless   serve without opening the desktop app; stop with Ctrl+C or SIGTERM
Environment: FITFLOW_PORT (8443), FITFLOW_PG_PORT (54329), FITFLOW_DEMO_PASSWORD
USAGE
}

HEADLESS=0
for arg in "$@"; do
    case "$arg" in
        --headless) HEADLESS=1 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    HEADLESS=1
fi

PORT=${FITFLOW_PORT:-8443}
PG_PORT=${FITFLOW_PG_PORT:-54329}
LOCAL=$ROOT/.local
PG_BASE=$LOCAL/pg
mkdir -p "$LOCAL/log"

ff_check_disk "$ROOT" 2048
ff_ensure_packages "${FF_BUILD_PACKAGES[@]}"

ff_say "Building (release preset)"
cmake --preset release >"$LOCAL/log/configure.log" 2>&1 ||
    { tail -n 30 "$LOCAL/log/configure.log" >&2; ff_die "CMake configure failed; see .local/log/configure.log"; }
cmake --build --preset release -j "$(nproc)" >"$LOCAL/log/build.log" 2>&1 ||
    { grep -m 20 -E 'error|Error' "$LOCAL/log/build.log" >&2 || true; ff_die "build failed; see .local/log/build.log"; }
BIN=$ROOT/build/release/bin

if ff_port_in_use "$PORT"; then
    ff_die "port $PORT is already in use (another fitflow-server?); set FITFLOW_PORT to a free port"
fi

# PostgreSQL: created once; the generated passwords stay in .local/pg/credentials.env (0600).
CREDENTIALS=$PG_BASE/credentials.env
if [ ! -d "$PG_BASE/data" ]; then
    ff_say "Creating a private PostgreSQL cluster in .local/pg"
    mkdir -p "$PG_BASE"
    (umask 077; cat > "$CREDENTIALS" <<CRED
FF_PG_SUPER_PW=$(ff_random_secret)
FF_PG_OWNER_PW=$(ff_random_secret)
FF_PG_APP_PW=$(ff_random_secret)
CRED
    )
    # shellcheck disable=SC1090
    source "$CREDENTIALS"
    ff_pg_init "$PG_BASE" "$FF_PG_SUPER_PW"
fi
# shellcheck disable=SC1090
source "$CREDENTIALS"

SERVER_PID=""
cleanup() {
    trap - EXIT INT TERM
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if ff_pg_is_running "$PG_BASE"; then
        ff_say "Stopping PostgreSQL"
        ff_pg_stop "$PG_BASE"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A cluster left running by an interrupted run is adopted and stopped at exit like a new one.
if ff_pg_is_running "$PG_BASE"; then
    ff_say "PostgreSQL is already running; reusing it"
else
    ff_say "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
    ff_pg_start "$PG_BASE" "$PG_PORT"
fi
ff_pg_bootstrap "$PG_PORT" "$FF_PG_SUPER_PW" "$FF_PG_OWNER_PW" "$FF_PG_APP_PW" fitflow

export FITFLOW_MIGRATION_DATABASE_URL
FITFLOW_MIGRATION_DATABASE_URL=$(ff_pg_url "$FF_PG_OWNER_ROLE" "$FF_PG_OWNER_PW" "$PG_PORT" fitflow)
export FITFLOW_DATABASE_URL
FITFLOW_DATABASE_URL=$(ff_pg_url "$FF_PG_APP_ROLE" "$FF_PG_APP_PW" "$PG_PORT" fitflow)

ff_say "Migrating the database"
"$BIN/fitflow-server" migrate
ff_say "Loading demo data (only the first time)"
"$BIN/fitflow-server" seed-demo

ff_tls_ensure "$LOCAL/tls"
export FITFLOW_TLS_CERT=$LOCAL/tls/server.pem FITFLOW_TLS_KEY=$LOCAL/tls/server.key
export FITFLOW_PORT=$PORT
# Audit checkpoints live outside the database, so truncating or re-hashing the chain is caught
# by `fitflow-server audit verify`.
export FITFLOW_AUDIT_CHECKPOINT_FILE=${FITFLOW_AUDIT_CHECKPOINT_FILE:-$LOCAL/audit-checkpoints.jsonl}
# JWT signing keys: generated once (0600, never overwritten); JWKS and tokens come from them.
if [ -z "${FITFLOW_JWT_KEYS:-}" ]; then
    FITFLOW_JWT_KEYS=$LOCAL/jwt-keys.json
    [ -f "$FITFLOW_JWT_KEYS" ] || "$BIN/fitflow-server" keys generate --out "$FITFLOW_JWT_KEYS" >/dev/null ||
        ff_die "cannot create the JWT key file $FITFLOW_JWT_KEYS"
fi
export FITFLOW_JWT_KEYS
# TOTP secrets are sealed in the database with this key (32 random bytes as hex, 0600, made once).
if [ -z "${FITFLOW_MFA_KEY_FILE:-}" ]; then
    FITFLOW_MFA_KEY_FILE=$LOCAL/mfa-key.hex
    if [ ! -f "$FITFLOW_MFA_KEY_FILE" ]; then
        (umask 077 && openssl rand -hex 32 >"$FITFLOW_MFA_KEY_FILE") ||
            ff_die "cannot create the MFA key file $FITFLOW_MFA_KEY_FILE"
    fi
fi
export FITFLOW_MFA_KEY_FILE
URL=https://127.0.0.1:$PORT

if [ "$HEADLESS" -eq 1 ]; then
    ff_say "fitflow-server on $URL (CA: .local/tls/ca.pem). Ctrl+C stops it."
    "$BIN/fitflow-server" serve &
else
    "$BIN/fitflow-server" serve >"$LOCAL/log/server.log" 2>&1 &
fi
SERVER_PID=$!

for _ in $(seq 1 100); do
    curl -fsS --cacert "$LOCAL/tls/ca.pem" "$URL/healthz" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || ff_die "fitflow-server exited during start-up"
    sleep 0.1
done
curl -fsS --cacert "$LOCAL/tls/ca.pem" "$URL/readyz" >/dev/null ||
    ff_die "fitflow-server is not ready at $URL/readyz"

if [ "$HEADLESS" -eq 1 ]; then
    wait "$SERVER_PID" || true
else
    ff_say "Opening fitflow-desktop (server log: .local/log/server.log)"
    FITFLOW_SERVER_URL=$URL FITFLOW_CA_CERT=$LOCAL/tls/ca.pem "$BIN/fitflow-desktop" || true
fi
