#!/usr/bin/env bash
# Start a single-node KRaft Kafka broker from Maven Central jars (no Docker).
# Idempotent: exits 0 if our broker is already up. On success prints
#   KAFKA_BROKERS=127.0.0.1:<port>
#   KAFKA_CREDENTIALS=<data dir>/credentials.env
# Clients authenticate with SASL/SCRAM-SHA-512 and are authorized by ACLs (StandardAuthorizer):
# the users admin (super user) and one per service are created when the data dir is formatted,
# with passwords generated then and kept in credentials.env (mode 600). The controller listener
# (127.0.0.1, this node's own broker-to-controller traffic) authenticates too, with SASL/PLAIN
# and a static user `controller` (SCRAM needs the metadata log, which the controller serves);
# without it the broker would reach the controller as ANONYMOUS, which would have to be a super
# user. Both listeners are unencrypted: loopback only (TLS is the next step for a network).
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
chmod 700 "$KAFKA_DATA_DIR"   # holds the passwords
KAFKA_DATA_DIR="$(cd "$KAFKA_DATA_DIR" && pwd)"   # absolute: the broker's cwd is irrelevant
pidfile="$KAFKA_DATA_DIR/kafka.pid"
logfile="$KAFKA_DATA_DIR/kafka.log"
props="$KAFKA_DATA_DIR/server.properties"
creds="$KAFKA_DATA_DIR/credentials.env"
# One SCRAM user per service and the gateway (its ACLs: libs/messaging kafka-access: the gateway
# only reads the topics it streams to browsers), plus the admin super user.
services="covenants agenda awards invitations press gateway"
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

formatted() { [ -f "$KAFKA_DATA_DIR/log/meta.properties" ]; }
if formatted && [ ! -f "$creds" ]; then
  echo "$KAFKA_DATA_DIR was formatted without SASL users (before authentication); remove it with" \
    "KAFKA_DATA_DIR=$KAFKA_DATA_DIR bash $here/reset.sh and start again" >&2
  exit 1
fi

# A data dir formatted before a user was added (the gateway's, later than the services'): the
# user is created now, through the running broker as the admin, and its password kept likewise.
# The admin's password goes in a file (mode 600); the new one is on ConfigCommand's command line
# for that second (its --add-config-file mangles the SCRAM key), before anyone can use the user.
add_missing_users() {
  # shellcheck source=/dev/null
  . "$creds"
  local svc var pw tmp
  for svc in $services; do
    var="KAFKA_${svc^^}_PASSWORD"
    [ -n "${!var:-}" ] && continue
    pw="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    tmp="$(mktemp -d)"
    (
      umask 077
      printf '%s\n' 'security.protocol=SASL_PLAINTEXT' 'sasl.mechanism=SCRAM-SHA-512' \
        "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$KAFKA_ADMIN_PASSWORD\";" >"$tmp/admin.properties"
    )
    if ! java -Xmx256m -cp "$jars/*" kafka.admin.ConfigCommand --bootstrap-server "$broker" \
      --command-config "$tmp/admin.properties" --alter --entity-type users --entity-name "$svc" \
      --add-config "SCRAM-SHA-512=[password=$pw]" >&2; then
      rm -rf "$tmp"
      echo "could not add the Kafka user $svc" >&2
      return 1
    fi
    rm -rf "$tmp"
    echo "$var=$pw" >>"$creds"
    echo "Kafka user $svc added" >&2
  done
}

pid="$(cat "$pidfile" 2>/dev/null || true)"
if is_kafka "$pid" && port_open "$KAFKA_PORT"; then
  echo "Kafka already running at $broker"
  add_missing_users
  echo "KAFKA_BROKERS=$broker"
  echo "KAFKA_CREDENTIALS=$creds"
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

  # Passwords are generated once per data dir, right before it is formatted with them — unless
  # the operator (or a test) wrote credentials.env first: then those are the users.
  if ! formatted && [ ! -s "$creds" ]; then
    secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
    (
      umask 077
      {
        echo "# SCRAM-SHA-512 users of the broker in this directory (generated by start.sh at format time)"
        echo "KAFKA_SASL_MECHANISM=scram-sha-512"
        echo "KAFKA_ADMIN_USERNAME=admin"
        echo "KAFKA_ADMIN_PASSWORD=$(secret)"
        echo "KAFKA_CONTROLLER_PASSWORD=$(secret)"
        for svc in $services; do echo "KAFKA_${svc^^}_PASSWORD=$(secret)"; done
      } >"$creds.tmp"
      mv -f "$creds.tmp" "$creds"
    )
  fi
  # shellcheck source=/dev/null
  . "$creds"

  # Rewritten every start so port changes take effect (KRaft static quorum). It holds the
  # admin password (the broker's own inter-broker login): mode 600.
  (umask 077; cat >"$props" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
controller.listener.names=CONTROLLER
listeners=SASL_PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=SASL_PLAINTEXT://127.0.0.1:$KAFKA_PORT
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
listener.name.controller.sasl.enabled.mechanisms=PLAIN
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="$KAFKA_CONTROLLER_PASSWORD" user_controller="$KAFKA_CONTROLLER_PASSWORD";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:controller
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
  )
  chmod 600 "$props"

  # Format once; a formatted dir keeps its cluster id across restarts.
  if [ ! -f "$KAFKA_DATA_DIR/log/meta.properties" ]; then
    # 16 random bytes, base64url without padding; a leading '-' would be
    # parsed as an option by StorageTool.
    cid="-"
    while [ "${cid#-}" != "$cid" ]; do
      cid="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    done
    scram=(--add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]")
    for svc in $services; do
      var="KAFKA_${svc^^}_PASSWORD"
      # A credentials.env written by someone else may lack a newer user: give it one now.
      if [ -z "${!var:-}" ]; then
        printf -v "$var" '%s' "$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
        echo "$var=${!var}" >>"$creds"
      fi
      scram+=(--add-scram "SCRAM-SHA-512=[name=$svc,password=${!var}]")
    done
    java -Xmx256m -cp "$jars/*" kafka.tools.StorageTool format \
      -t "$cid" -c "$props" --ignore-formatted "${scram[@]}" >&2
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

# shellcheck source=/dev/null
. "$creds"   # also when another start.sh launched it: the probe needs the admin password
# Poll, never a fixed sleep: the log line first (cheap), then a real client.
start=$(date +%s%N)
deadline=$((start + 60 * 1000000000))
while :; do
  alive "$pid" || fail "process $pid exited"
  # the probe logs in as admin (env, not argv: argv is visible to every local user)
  if grep -q 'Kafka Server started' "$logfile" 2>/dev/null &&
    KAFKA_SASL_MECHANISM=scram-sha-512 KAFKA_SASL_USERNAME=admin KAFKA_SASL_PASSWORD="$KAFKA_ADMIN_PASSWORD" \
      "$NODE" "$here/ready.mjs" "$broker"; then
    break
  fi
  [ "$(date +%s%N)" -lt "$deadline" ] || fail "not ready after 60 s"
  sleep 0.5
done

add_missing_users

elapsed=$((($(date +%s%N) - start) / 1000000))
echo "Kafka ready in $((elapsed / 1000)).$(printf '%03d' $((elapsed % 1000))) s" >&2
echo "KAFKA_BROKERS=$broker"
echo "KAFKA_CREDENTIALS=$creds"
