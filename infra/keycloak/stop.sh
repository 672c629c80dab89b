#!/usr/bin/env bash
# Stop the Keycloak that start.sh started (by its recorded pid, never by name). Idempotent.
# Env: KEYCLOAK_DATA_DIR (infra/keycloak/.data)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KEYCLOAK_DATA_DIR="${KEYCLOAK_DATA_DIR:-$here/.data}"
pidfile="$KEYCLOAK_DATA_DIR/keycloak.pid"
pid="$(cat "$pidfile" 2>/dev/null || true)"
if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null ||
  [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" != *keycloak* ]]; then
  rm -f "$pidfile"
  exit 0
fi
# setsid made it a process-group leader: the kc.sh wrapper and its java go together
kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null || true
rm -f "$pidfile"
echo "Keycloak (pid $pid) stopped" >&2
