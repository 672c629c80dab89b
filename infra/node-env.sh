# Sourced by the scripts: the project's Node 24 (node_modules/.bin/node) goes first on PATH.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:$PATH"
export NODE="$root/node_modules/.bin/node"
# kafkajs schedules a timer with a negative delay (harmless): keep script and log output clean
export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--disable-warning=TimeoutNegativeWarning"
