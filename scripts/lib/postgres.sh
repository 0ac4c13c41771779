# A private PostgreSQL 15 cluster for run.sh (persistent, .local/pg) and test.sh (throwaway).
# Sourced. Layout under a base folder B: B/data (cluster), B/run (unix socket), B/log.
# initdb refuses to run as root, so when we are root the server tools run as "postgres".

FF_PG_BIN=${FF_PG_BIN:-/usr/lib/postgresql/15/bin}
FF_PG_OWNER_ROLE=fitflow_owner   # owns the schema, runs migrations and seeding
FF_PG_APP_ROLE=fitflow_app       # what fitflow-server serve uses: owns nothing, NOBYPASSRLS

ff_pg_run() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# ff_pg_init BASE SUPERUSER_PASSWORD : creates the cluster (scram-sha-256 everywhere).
ff_pg_init() {
    local base=$1 password=$2
    [ -x "$FF_PG_BIN/initdb" ] || ff_die "PostgreSQL 15 not found in $FF_PG_BIN (package postgresql)"
    mkdir -p "$base/run" "$base/log"
    umask 077
    printf '%s\n' "$password" > "$base/.pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || ff_die "user 'postgres' is missing (reinstall package postgresql)"
        chown -R postgres: "$base"
    fi
    if ! ff_pg_run "$FF_PG_BIN/initdb" -D "$base/data" -U postgres --pwfile="$base/.pwfile" \
            --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
            > "$base/log/initdb.log" 2>&1; then
        rm -f "$base/.pwfile"
        ff_die "initdb failed; see $base/log/initdb.log"
    fi
    rm -f "$base/.pwfile"
}

ff_pg_is_running() {
    [ -f "$1/data/postmaster.pid" ] && ff_pg_run "$FF_PG_BIN/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}

# ff_pg_start BASE PORT [extra server options] : starts on 127.0.0.1:PORT and waits until ready.
ff_pg_start() {
    local base=$1 port=$2
    shift 2
    if ff_port_in_use "$port"; then
        ff_die "port $port is already in use; set FITFLOW_PG_PORT to a free port"
    fi
    if ! ff_pg_run "$FF_PG_BIN/pg_ctl" -D "$base/data" -l "$base/log/postgres.log" -w -t 60 \
            -o "-p $port -k $base/run -c listen_addresses=127.0.0.1 $*" start >/dev/null; then
        tail -n 20 "$base/log/postgres.log" >&2 || true
        ff_die "PostgreSQL did not start; see $base/log/postgres.log"
    fi
}

ff_pg_stop() {
    local base=$1
    if ff_pg_is_running "$base"; then
        ff_pg_run "$FF_PG_BIN/pg_ctl" -D "$base/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
}

# ff_pg_superuser_sql PORT PASSWORD SQL : runs SQL as the cluster superuser.
ff_pg_superuser_sql() {
    PGPASSWORD=$2 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$1" -U postgres -d postgres -c "$3"
}

# ff_pg_bootstrap PORT SUPERPASS OWNERPASS APPPASS [DATABASE] : creates (or refreshes) the two
# roles and, when DATABASE is given, the database owned by the migration owner. Idempotent.
ff_pg_bootstrap() {
    local port=$1 super=$2 owner_pw=$3 app_pw=$4 db=${5:-}
    ff_pg_superuser_sql "$port" "$super" "
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$FF_PG_OWNER_ROLE') THEN
    CREATE ROLE $FF_PG_OWNER_ROLE;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$FF_PG_APP_ROLE') THEN
    CREATE ROLE $FF_PG_APP_ROLE;
  END IF;
END \$\$;
ALTER ROLE $FF_PG_OWNER_ROLE LOGIN CREATEDB NOSUPERUSER NOCREATEROLE NOBYPASSRLS PASSWORD '$owner_pw';
ALTER ROLE $FF_PG_APP_ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD '$app_pw';
" >/dev/null
    if [ -n "$db" ]; then
        if [ -z "$(PGPASSWORD=$super psql -X -tA -h 127.0.0.1 -p "$port" -U postgres -d postgres \
                -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
            ff_pg_superuser_sql "$port" "$super" "CREATE DATABASE $db OWNER $FF_PG_OWNER_ROLE" >/dev/null
        fi
        ff_pg_superuser_sql "$port" "$super" "REVOKE ALL ON DATABASE $db FROM PUBLIC; GRANT CONNECT ON DATABASE $db TO $FF_PG_APP_ROLE;" >/dev/null
    fi
}

# ff_pg_url ROLE PASSWORD PORT DATABASE : a libpq URI on loopback.
ff_pg_url() {
    printf 'postgresql://%s:%s@127.0.0.1:%s/%s' "$1" "$2" "$3" "$4"
}
