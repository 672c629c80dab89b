#!/usr/bin/env bash
# Throw away all topics and the cluster id: stop, then delete the data dir
# (the next start.sh formats a fresh one).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/stop.sh"
rm -rf "${KAFKA_DATA_DIR:-$here/.data}"
echo "Kafka data removed"
