# Sourced by the scripts here (and usable from a shell: . infra/postgres/env.sh).
# Connection defaults for the local PostgreSQL; every value can be overridden.
: "${PGHOST:=127.0.0.1}"    # 127.0.0.1, not localhost: Node may resolve ::1
: "${PGPORT:=5432}"
: "${PGUSER:=postgres}"
: "${DB_PREFIX:=tdkt}"      # database per service: ${DB_PREFIX}_<service>
: "${SERVICES:=covenants agenda awards invitations press}"
export PGHOST PGPORT PGUSER DB_PREFIX SERVICES
