#!/usr/bin/env bash
# Starts a private PostgreSQL cluster on 127.0.0.1 (STACK.md), creates the role `claimcheck`
# (CREATEDB, for the migration engine's shadow database) and the database `claimcheck`,
# then prints the DATABASE_URL. Idempotent: an already-running cluster is left as it is.
#   PG_PORT      port (default 55432)
#   PG_DIR       cluster folder (default /tmp/claimcheck-pg-$PG_PORT)
# Usage: scripts/pg/start-cluster.sh   →   postgresql://claimcheck:claimcheck@127.0.0.1:55432/claimcheck
set -euo pipefail
PG_PORT="${PG_PORT:-55432}"
PG_DIR="${PG_DIR:-/tmp/claimcheck-pg-$PG_PORT}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ -x "$PG_BIN/pg_ctl" ] || { echo "PostgreSQL binaries not found; apt-get install -y postgresql" >&2; exit 1; }

# initdb and the server refuse to run as root: run them as the `postgres` user when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ ! -f "$PG_DIR/PG_VERSION" ]; then
  mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
  chmod 700 "$PG_DIR"
  as_owner "$PG_BIN/initdb" -D "$PG_DIR" -U postgres -A trust -E UTF8 --no-instructions >/dev/null
fi

if ! as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
  # PG_EXTRA_OPTIONS adds server settings, e.g. "-c fsync=off" for a throwaway test cluster.
  as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c max_connections=200 ${PG_EXTRA_OPTIONS:-}" start >/dev/null
fi

psql_admin() { as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'claimcheck'")" != 1 ]; then
  psql_admin -c "CREATE ROLE claimcheck LOGIN CREATEDB PASSWORD 'claimcheck'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'claimcheck'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE claimcheck OWNER claimcheck"
fi
echo "postgresql://claimcheck:claimcheck@127.0.0.1:$PG_PORT/claimcheck"
