#!/usr/bin/env bash
# Create one database per service (${DB_PREFIX}_<service>) if it is missing.
# Usage: create-dbs.sh [service...]   (default: $SERVICES from env.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/env.sh"

if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  echo "PostgreSQL is not reachable at $PGHOST:$PGPORT — start it (e.g. pg_ctlcluster 15 main start) or set PGHOST/PGPORT" >&2
  exit 1
fi

# Word splitting of $SERVICES is intended (space-separated list).
# shellcheck disable=SC2086
[ $# -gt 0 ] || set -- $SERVICES

for svc in "$@"; do
  db="${DB_PREFIX}_${svc}"
  # The name goes through psql variables (:'db' / :"db"), never string-built SQL.
  exists="$(psql -X -q -v ON_ERROR_STOP=1 -d postgres -tA -v db="$db" \
    <<<"SELECT 1 FROM pg_database WHERE datname = :'db'")"
  if [ "$exists" = 1 ]; then
    echo "Database $db exists"
  else
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -v db="$db" <<<'CREATE DATABASE :"db"'
    echo "Database $db created"
  fi
done
