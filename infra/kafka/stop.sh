#!/usr/bin/env bash
# Stop the broker started by start.sh, by its recorded pid only (never by
# name: other Java processes may run on this machine). Exits 0 if none ran.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$here/.data}"
pidfile="$KAFKA_DATA_DIR/kafka.pid"

# Live and really our broker (a recycled pid or a zombie does not count).
is_kafka() {
  kill -0 "$1" 2>/dev/null &&
    [[ "$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" == *kafka.Kafka* ]]
}

if [ ! -f "$pidfile" ]; then
  echo "Kafka not running (no pid file)"
  exit 0
fi
pid="$(cat "$pidfile")"

if [ -z "$pid" ] || ! is_kafka "$pid"; then
  echo "Kafka not running (stale pid file ${pid:-empty} removed)"
  rm -f "$pidfile"
  exit 0
fi

# TERM lets the broker flush and close its logs cleanly; KILL after 20 s.
kill -TERM "$pid"
for _ in $(seq 40); do
  is_kafka "$pid" || break
  sleep 0.5
done
if is_kafka "$pid"; then
  kill -KILL "$pid" 2>/dev/null || true
  echo "Kafka (pid $pid) did not stop within 20 s; killed"
else
  echo "Kafka (pid $pid) stopped"
fi
rm -f "$pidfile"
