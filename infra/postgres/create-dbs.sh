#!/usr/bin/env bash
# Create, for each service, a login role ${DB_PREFIX}_<service> and its database
# ${DB_PREFIX}_<service> owned by that role, if missing. The role is no superuser and may not
# create roles or databases; CONNECT on each service database is revoked from PUBLIC, so a
# service's role reaches its own database only. Run as a superuser (PGUSER, default postgres).
# Passwords: PG_<SERVICE>_PASSWORD from env, else the one stored in $PG_CREDENTIALS
# (default infra/postgres/.credentials.env, mode 600), else generated and stored there.
# Idempotent: an existing role gets the password again; an existing database (e.g. one made by
# an older version of this script, tables owned by postgres) is handed over to the role.
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

creds="$PG_CREDENTIALS"
load_pg_passwords
secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

psql_su() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

for svc in "$@"; do
  db="${DB_PREFIX}_${svc}"
  role="$db"
  var="PG_${svc^^}_PASSWORD"
  if [ -z "${!var:-}" ]; then
    printf -v "$var" '%s' "$(secret)"
    (umask 077; echo "$var=${!var}" >>"$creds")
  fi
  # Names and the password go through psql variables (:'v' / :"v"), never string-built SQL.
  psql_su -d postgres -v role="$role" -v pw="${!var}" <<'SQL'
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') AS missing \gset
\if :missing
  CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT PASSWORD :'pw';
\else
  ALTER ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT PASSWORD :'pw';
\endif
SQL
  exists="$(psql_su -d postgres -tA -v db="$db" <<<"SELECT 1 FROM pg_database WHERE datname = :'db'")"
  if [ "$exists" = 1 ]; then
    psql_su -d postgres -v db="$db" -v role="$role" <<<'ALTER DATABASE :"db" OWNER TO :"role"'
    # objects an older run created as the superuser: the service's migrations must own them
    psql_su -d "$db" -v role="$role" <<'SQL'
SELECT set_config('tdkt.role', :'role', false) \g /dev/null
DO $$
DECLARE r record; target text := current_setting('tdkt.role');
BEGIN
  FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
             AND pg_get_userbyid(c.relowner) <> target LOOP
    EXECUTE format('ALTER %s public.%I OWNER TO %I',
      CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
      r.relname, target);
  END LOOP;
  FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> target LOOP
    EXECUTE format('ALTER SEQUENCE public.%I OWNER TO %I', r.relname, target);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS fn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> target LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.fn, target);
  END LOOP;
  FOR r IN SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
           WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> target LOOP
    EXECUTE format('ALTER TYPE public.%I OWNER TO %I', r.typname, target);
  END LOOP;
END $$;
SQL
    echo "Database $db exists (owner $role)"
  else
    psql_su -d postgres -v db="$db" -v role="$role" <<<'CREATE DATABASE :"db" OWNER :"role"'
    echo "Database $db created (owner $role)"
  fi
  psql_su -d postgres -v db="$db" -v role="$role" <<'SQL'
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"role";
SQL
done
