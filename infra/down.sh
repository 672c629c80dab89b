#!/usr/bin/env bash
# Stops what infra/up.sh started: the services, the gateway and the mail catcher (by their recorded pids), then the
# identity provider and the broker, then
# PostgreSQL if (and only if) the scripts started it. Data stays; bash infra/kafka/reset.sh wipes Kafka's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
run="$root/infra/.run"
for pidfile in "$run"/*.pid; do
  [ -e "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  svc="$(basename "$pidfile" .pid)"
  # the services run dist/services/<svc>/…; the mail catcher runs the SMTP sink script
  expected="dist/services/$svc/"
  [ "$svc" = smtp-sink ] && expected="smtp-sink.process.cjs"
  if kill -0 "$pid" 2>/dev/null && [[ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" == *"$expected"* ]]; then
    kill -TERM "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    echo "$svc stopped (pid $pid)"
  fi
  rm -f "$pidfile"
done
bash infra/keycloak/stop.sh
bash infra/kafka/stop.sh
bash infra/postgres/stop.sh
