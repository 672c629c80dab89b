#!/usr/bin/env bash
# Start a single-node KRaft Kafka broker from Maven Central jars (no Docker).
# Idempotent: exits 0 if our broker is already up. On success prints
#   KAFKA_BROKERS=127.0.0.1:<port>
# Env: KAFKA_PORT (19092), KAFKA_CONTROLLER_PORT (19093),
#      KAFKA_DATA_DIR (infra/kafka/.data), KAFKA_HEAP (512m), NODE (node).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$here/.data}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
NODE="${NODE:-node}"
jars="$here/.jars"

mkdir -p "$KAFKA_DATA_DIR"
KAFKA_DATA_DIR="$(cd "$KAFKA_DATA_DIR" && pwd)"   # absolute: the broker's cwd is irrelevant
pidfile="$KAFKA_DATA_DIR/kafka.pid"
logfile="$KAFKA_DATA_DIR/kafka.log"
props="$KAFKA_DATA_DIR/server.properties"
broker="127.0.0.1:$KAFKA_PORT"   # 127.0.0.1, not localhost: Node may pick ::1

# True if $1 is a live Kafka broker (guards against a recycled pid; a zombie
# has an empty cmdline and so does not count). No pipe into grep -q: with
# pipefail an early grep exit can SIGPIPE tr and turn a match into a failure.
is_kafka() {
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null &&
    [[ "$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" == *kafka.Kafka* ]]
}
# True while $1 runs at all (a zombie does not count). Right after the fork the child is still
# bash until it execs java, so the start-up poll must not demand kafka.Kafka in its cmdline yet.
alive() {
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null &&
    [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]
}
port_open() { timeout 1 bash -c ": </dev/tcp/127.0.0.1/$1" 2>/dev/null; }

pid="$(cat "$pidfile" 2>/dev/null || true)"
if is_kafka "$pid" && port_open "$KAFKA_PORT"; then
  echo "Kafka already running at $broker"
  echo "KAFKA_BROKERS=$broker"
  exit 0
fi

if is_kafka "$pid"; then
  # Ours but not listening yet (e.g. a parallel start): wait for it rather
  # than launching a second broker on the same log dir.
  echo "Kafka (pid $pid) is starting; waiting" >&2
else
  for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open "$p"; then
      echo "Port $p is taken by another process; set KAFKA_PORT/KAFKA_CONTROLLER_PORT" >&2
      exit 1
    fi
  done

  "$here/fetch-jars.sh" "$jars"

  # Rewritten every start so port changes take effect (KRaft static quorum).
  cat >"$props" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DATA_DIR/log
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
default.replication.factor=1
offsets.topic.num.partitions=1
group.initial.rebalance.delay.ms=0
group.min.session.timeout.ms=1000
auto.create.topics.enable=false
num.network.threads=2
num.io.threads=2
share.coordinator.state.topic.replication.factor=1
PROPS

  # Format once; a formatted dir keeps its cluster id across restarts.
  if [ ! -f "$KAFKA_DATA_DIR/log/meta.properties" ]; then
    # 16 random bytes, base64url without padding; a leading '-' would be
    # parsed as an option by StorageTool.
    cid="-"
    while [ "${cid#-}" != "$cid" ]; do
      cid="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    done
    java -Xmx256m -cp "$jars/*" kafka.tools.StorageTool format \
      -t "$cid" -c "$props" --ignore-formatted >&2
  fi

  # Keep the previous run's log for post-mortems; grep only this run's.
  [ -f "$logfile" ] && mv -f "$logfile" "$logfile.prev"
  # setsid+nohup: the broker outlives this shell and its terminal. No job
  # control here, so setsid does not fork and $! is the java pid.
  setsid nohup java -Xms128m "-Xmx$KAFKA_HEAP" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    "-Dlog4j2.configurationFile=$here/log4j2.xml" \
    -cp "$jars/*" kafka.Kafka "$props" >"$logfile" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$pidfile"
  echo "Starting Kafka (pid $pid), log: $logfile" >&2
fi

fail() {
  echo "Kafka failed to start: $1. Last log lines:" >&2
  tail -n 40 "$logfile" >&2 || true
  "$here/stop.sh" >&2 || true   # kills the recorded pid, removes the pid file
  exit 1
}

# Poll, never a fixed sleep: the log line first (cheap), then a real client.
start=$(date +%s%N)
deadline=$((start + 60 * 1000000000))
while :; do
  alive "$pid" || fail "process $pid exited"
  if grep -q 'Kafka Server started' "$logfile" 2>/dev/null &&
    "$NODE" "$here/ready.mjs" "$broker"; then
    break
  fi
  [ "$(date +%s%N)" -lt "$deadline" ] || fail "not ready after 60 s"
  sleep 0.5
done

elapsed=$((($(date +%s%N) - start) / 1000000))
echo "Kafka ready in $((elapsed / 1000)).$(printf '%03d' $((elapsed % 1000))) s" >&2
echo "KAFKA_BROKERS=$broker"
