#!/usr/bin/env bash
# Brings the whole system up on this machine: installs, builds, starts the Kafka broker and
# PostgreSQL, creates the databases, starts every service (each runs its own migrations),
# loads a demo covenant and conference and prints where to click. Stop it with: bash infra/down.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash infra/install.sh
. infra/node-env.sh
. infra/postgres/env.sh
. infra/services.sh

npm run -s build
bash infra/postgres/start.sh
bash infra/postgres/create-dbs.sh
export KAFKA_BROKERS="$(bash infra/kafka/start.sh | sed -n 's/^KAFKA_BROKERS=//p')"
[ -n "$KAFKA_BROKERS" ] || { echo "up: the Kafka broker did not start" >&2; exit 1; }

run="$root/infra/.run"
mkdir -p "$run"

# Secrets of this machine's development system: generated once, kept (mode 600) in infra/.run/,
# never written in the repository; the services refuse a short or a known one.
secret_file() {
  local f="$run/$1.secret"
  [ -s "$f" ] || (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n=' | tr '+/' '-_' >"$f")
  cat "$f"
}
export RSVP_SECRET="${RSVP_SECRET:-$(secret_file rsvp)}"

# The dev mail catcher: the invitations service sends real SMTP; the same sink the tests use
# (libs/testing/src/smtp) accepts every message and stores it as an .eml file in infra/.run/mail/.
export SMTP_HOST="${SMTP_HOST:-127.0.0.1}" SMTP_PORT="${SMTP_PORT:-2525}"
export PUBLIC_BASE_URL="${PUBLIC_BASE_URL:-http://127.0.0.1:${SERVICE_PORTS[invitations]}}"
mail_dir="$run/mail"
if [ -f "$run/smtp-sink.pid" ] && kill -0 "$(cat "$run/smtp-sink.pid")" 2>/dev/null; then
  echo "mail catcher already running (pid $(cat "$run/smtp-sink.pid"))" >&2
else
  nohup setsid node libs/testing/src/smtp/smtp-sink.process.cjs --host "$SMTP_HOST" --port "$SMTP_PORT" --dir "$mail_dir" >"$run/smtp-sink.log" 2>&1 &
  echo $! >"$run/smtp-sink.pid"
  for _ in $(seq 1 40); do grep -q '"ready"' "$run/smtp-sink.log" 2>/dev/null && break; sleep 0.25; done
  grep -q '"ready"' "$run/smtp-sink.log" || { echo "up: the mail catcher did not start; see $run/smtp-sink.log" >&2; exit 1; }
fi
for svc in "${!SERVICE_PORTS[@]}"; do
  port="${SERVICE_PORTS[$svc]}"
  if [ -f "$run/$svc.pid" ] && kill -0 "$(cat "$run/$svc.pid")" 2>/dev/null; then
    echo "$svc already running (pid $(cat "$run/$svc.pid"))" >&2
    continue
  fi
  # kafkajs schedules a timer with a negative delay (harmless); keep the JSON log clean
  NODE_OPTIONS="--disable-warning=TimeoutNegativeWarning" nohup setsid node "dist/services/$svc/src/main.js" >"$run/$svc.log" 2>&1 &
  echo $! >"$run/$svc.pid"
done

for svc in "${!SERVICE_PORTS[@]}"; do
  url="http://127.0.0.1:${SERVICE_PORTS[$svc]}/health/ready"
  for _ in $(seq 1 120); do
    curl -fsS "$url" >/dev/null 2>&1 && break
    kill -0 "$(cat "$run/$svc.pid")" 2>/dev/null || { echo "up: $svc exited; see $run/$svc.log" >&2; tail -20 "$run/$svc.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -fsS "$url" >/dev/null || { echo "up: $svc is not ready; see $run/$svc.log" >&2; exit 1; }
done

node infra/demo/load-demo.mjs

cat <<MSG

The system is up.
  Kafka broker         $KAFKA_BROKERS
  PostgreSQL           $PGHOST:$PGPORT (databases ${DB_PREFIX}_covenants, ${DB_PREFIX}_agenda, ${DB_PREFIX}_awards, ${DB_PREFIX}_invitations, ${DB_PREFIX}_press)
  covenants  API docs  http://127.0.0.1:${SERVICE_PORTS[covenants]}/docs
             covenants http://127.0.0.1:${SERVICE_PORTS[covenants]}/covenants
  agenda     API docs  http://127.0.0.1:${SERVICE_PORTS[agenda]}/docs
             conferences http://127.0.0.1:${SERVICE_PORTS[agenda]}/conferences
  awards     API docs  http://127.0.0.1:${SERVICE_PORTS[awards]}/docs
             catalog   http://127.0.0.1:${SERVICE_PORTS[awards]}/award-types?validOn=$(date +%F)
             decisions http://127.0.0.1:${SERVICE_PORTS[awards]}/decisions
  invitations API docs http://127.0.0.1:${SERVICE_PORTS[invitations]}/docs
             guests    http://127.0.0.1:${SERVICE_PORTS[invitations]}/guests
             mail queue http://127.0.0.1:${SERVICE_PORTS[invitations]}/mail
  mail catcher         smtp://$SMTP_HOST:$SMTP_PORT — every invitation lands as an .eml file in $mail_dir/
  press      API docs  http://127.0.0.1:${SERVICE_PORTS[press]}/docs
             drafts    http://127.0.0.1:${SERVICE_PORTS[press]}/drafts
  health / metrics     /health/ready and /metrics on every service
  logs                 infra/.run/<service>.log (JSON)
Stop everything with: bash infra/down.sh
MSG
