#!/usr/bin/env bash
# Make sure PostgreSQL answers at $PGHOST:$PGPORT. If it already does, touch
# nothing. Otherwise start the local Debian cluster "main" and leave a marker
# so stop.sh stops only a server this script started.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$here/env.sh"
marker="$here/.started-by-us"

if pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  echo "PostgreSQL ready at $PGHOST:$PGPORT"
  exit 0
fi

ver="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)"
if ! command -v pg_ctlcluster >/dev/null || [ -z "$ver" ] || [ ! -d "/etc/postgresql/$ver/main" ]; then
  echo "PostgreSQL is not reachable at $PGHOST:$PGPORT and no local cluster (pg_ctlcluster, /etc/postgresql/<ver>/main) was found; start it yourself or set PGHOST/PGPORT" >&2
  exit 1
fi

# Running yet not answering here: wrong PGHOST/PGPORT, not a stopped server.
if pg_ctlcluster "$ver" main status >/dev/null 2>&1; then
  echo "Cluster $ver/main is running but not answering at $PGHOST:$PGPORT; check PGHOST/PGPORT" >&2
  exit 1
fi

# --skip-systemctl-redirect: no systemd here; start the postmaster directly.
pg_ctlcluster --skip-systemctl-redirect "$ver" main start
echo "$ver main" >"$marker"

for _ in $(seq 120); do
  if pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
    echo "PostgreSQL ready at $PGHOST:$PGPORT (started cluster $ver/main)"
    exit 0
  fi
  sleep 0.5
done
echo "Cluster $ver/main started but not ready at $PGHOST:$PGPORT after 60 s" >&2
exit 1
