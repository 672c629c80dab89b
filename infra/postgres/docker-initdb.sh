#!/usr/bin/env bash
# Run by the postgres image on its first start (docker-compose.yml mounts it into
# /docker-entrypoint-initdb.d): the same roles and databases as infra/up.sh, with the passwords
# compose passes in (PG_<SERVICE>_PASSWORD), over the init server's Unix socket.
set -euo pipefail
bash /opt/tdkt-postgres/create-dbs.sh
