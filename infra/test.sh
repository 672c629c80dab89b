#!/usr/bin/env bash
# The whole test suite: typecheck, lint, unit, component and integration tests against a real
# Kafka broker, a real PostgreSQL and a real identity provider (Keycloak). Starts its own broker
# and Keycloak (own ports, fresh data) and, if needed, the local PostgreSQL; stops only what it
# started.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash infra/install.sh
. infra/node-env.sh

export KAFKA_PORT="${TEST_KAFKA_PORT:-19192}" KAFKA_CONTROLLER_PORT="${TEST_KAFKA_CONTROLLER_PORT:-19193}"
export KAFKA_DATA_DIR="$root/infra/kafka/.data-test"
rm -rf "$KAFKA_DATA_DIR"

# The identity provider: its own ports, data dir and database, fresh every run (the realm is
# imported from infra/keycloak/realm). The test gateway listens on KEYCLOAK_GATEWAY_URL's port:
# the realm registers its redirect URI.
export KEYCLOAK_PORT="${TEST_KEYCLOAK_PORT:-18180}" KEYCLOAK_MANAGEMENT_PORT="${TEST_KEYCLOAK_MANAGEMENT_PORT:-18181}"
export KEYCLOAK_DATA_DIR="$root/infra/keycloak/.data-test" KEYCLOAK_DB="${DB_PREFIX:-tdkt}_keycloak_test"
export KEYCLOAK_GATEWAY_URL="http://127.0.0.1:${TEST_GATEWAY_PORT:-3190}"
rm -rf "$KEYCLOAK_DATA_DIR"

cleanup() {
  local rc=$?
  bash infra/keycloak/stop.sh >&2 || true
  rm -rf "$KEYCLOAK_DATA_DIR"
  bash infra/kafka/stop.sh >&2 || true
  rm -rf "$KAFKA_DATA_DIR"
  bash infra/postgres/stop.sh >&2 || true
  exit "$rc"
}
trap cleanup EXIT INT TERM

bash infra/postgres/start.sh
psql -X -q -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d postgres -v db="$KEYCLOAK_DB" <<<'DROP DATABASE IF EXISTS :"db"'
# in the background: the broker starts meanwhile
keycloak_out="$(mktemp)"
bash infra/keycloak/start.sh >"$keycloak_out" &
keycloak_pid=$!
kafka_out="$(bash infra/kafka/start.sh)"
broker="$(sed -n 's/^KAFKA_BROKERS=//p' <<<"$kafka_out")"
[ -n "$broker" ] || { echo "test: the Kafka broker did not start" >&2; exit 1; }
export KAFKA_BROKERS="$broker"
# The tests log in as the broker's admin (a super user: every test namespaces its own topics);
# the ACL test reads the service users' passwords from the same file.
export KAFKA_CREDENTIALS="$(sed -n 's/^KAFKA_CREDENTIALS=//p' <<<"$kafka_out")"
# shellcheck source=/dev/null
. "$KAFKA_CREDENTIALS"
export KAFKA_SASL_MECHANISM KAFKA_SASL_USERNAME="$KAFKA_ADMIN_USERNAME" KAFKA_SASL_PASSWORD="$KAFKA_ADMIN_PASSWORD"

wait "$keycloak_pid" || { echo "test: the identity provider did not start" >&2; exit 1; }
export KEYCLOAK_URL="$(sed -n 's/^KEYCLOAK_URL=//p' "$keycloak_out")"
export KEYCLOAK_CREDENTIALS="$(sed -n 's/^KEYCLOAK_CREDENTIALS=//p' "$keycloak_out")"
export AUTH_ISSUER="$(sed -n 's/^KEYCLOAK_ISSUER=//p' "$keycloak_out")"
rm -f "$keycloak_out"

npm run -s typecheck
npm run -s lint
npm run -s format:check >/dev/null || { npm run -s format:check; echo "test: run 'npm run format' (prettier, width 120)" >&2; exit 1; }
report="$(mktemp --suffix=.json)"
set +e
NODE_OPTIONS="--experimental-vm-modules --disable-warning=ExperimentalWarning --disable-warning=TimeoutNegativeWarning" \
  # --forceExit: a client a test leaves behind (a kafkajs timer) must not keep the run waiting after its results are in
  jest -c infra/test/jest.config.cjs --ci --forceExit --json --outputFile="$report" "$@"
rc=$?
set -e
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' "$report" || true
rm -f "$report"
exit "$rc"
