#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: the npm packages (which bring Node 24 as
# node_modules/.bin/node, whatever Node the machine has), the Kafka jars from Maven Central and
# Debian's Chromium for the console's browser tests.
# Cheap when nothing changed. Source infra/node-env.sh afterwards to run on Node 24.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

for tool in npm java mvn psql; do
  command -v "$tool" >/dev/null || { echo "install: '$tool' is missing (needs npm, a JDK 17+, Maven and the PostgreSQL client)" >&2; exit 1; }
done

stamp=node_modules/.install-stamp
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ ! -x node_modules/.bin/node ]; then
  # npm install, not npm ci: npm 11 leaves other platforms' optional packages (swc bindings)
  # out of the lock file and npm ci then refuses it; the lock file still pins every version
  echo "install: npm install (locked versions)" >&2
  npm install --no-audit --no-fund --loglevel=error >&2
  touch "$stamp"
fi
case "$(node_modules/.bin/node --version)" in
  v2[4-9].*|v[3-9][0-9].*) ;;
  *) echo "install: node_modules/.bin/node is not Node 24+" >&2; exit 1 ;;
esac

bash infra/kafka/fetch-jars.sh

# Debian's Chromium for the console's browser tests (Playwright drives it at /usr/bin/chromium;
# never `playwright install`, which downloads its own browsers)
if [ ! -x /usr/bin/chromium ]; then
  echo "install: apt-get install chromium (the console's browser tests)" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium >&2
fi
