#!/usr/bin/env bash
# Stop PostgreSQL only if start.sh started it (marker file); a server that was
# already running belongs to someone else and is left alone.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
marker="$here/.started-by-us"

if [ ! -f "$marker" ]; then
  echo "PostgreSQL was not started by us; leaving it running"
  exit 0
fi

read -r ver cluster <"$marker"
pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" stop
rm -f "$marker"
echo "Stopped PostgreSQL cluster $ver/$cluster"
