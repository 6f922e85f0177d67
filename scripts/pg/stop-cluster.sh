#!/usr/bin/env bash
# Stops the private cluster started by start-cluster.sh; PG_REMOVE=1 also deletes its folder.
set -euo pipefail
PG_PORT="${PG_PORT:-55432}"
PG_DIR="${PG_DIR:-/tmp/claimcheck-pg-$PG_PORT}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ -f "$PG_DIR/PG_VERSION" ] && as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
  as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null
  echo "stopped PostgreSQL on port $PG_PORT"
fi
if [ "${PG_REMOVE:-0}" = 1 ]; then rm -rf "$PG_DIR"; fi
