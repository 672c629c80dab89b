# Sourced by the scripts here (and usable from a shell: . infra/postgres/env.sh).
# Connection defaults for the local PostgreSQL; every value can be overridden.
: "${PGHOST:=127.0.0.1}"    # 127.0.0.1, not localhost: Node may resolve ::1
: "${PGPORT:=5432}"
: "${PGUSER:=postgres}"
: "${DB_PREFIX:=tdkt}"      # database per service: ${DB_PREFIX}_<service>
: "${SERVICES:=covenants agenda awards invitations press gateway}"
export PGHOST PGPORT PGUSER DB_PREFIX SERVICES

# The services' role passwords: PG_<SERVICE>_PASSWORD from the environment wins; the others come
# from the file create-dbs.sh writes ($PG_CREDENTIALS, mode 600), if it exists.
: "${PG_CREDENTIALS:=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.credentials.env}"
export PG_CREDENTIALS
load_pg_passwords() {
  [ -f "$PG_CREDENTIALS" ] || return 0
  local k v
  while IFS='=' read -r k v; do
    if [[ "$k" =~ ^PG_[A-Z0-9_]+_PASSWORD$ ]] && [ -z "${!k:-}" ]; then printf -v "$k" '%s' "$v"; fi
  done <"$PG_CREDENTIALS"
}
