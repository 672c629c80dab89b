#!/usr/bin/env bash
# Copy the Kafka broker's runtime jars from Maven Central (via ~/.m2) into a
# local directory. Idempotent: does nothing when the broker jar is present.
# Usage: fetch-jars.sh [jars-dir]   (default: infra/kafka/.jars, git-ignored)
set -euo pipefail

# Resolve paths from this script's location so it works from any cwd.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jars="${1:-${KAFKA_JARS_DIR:-$here/.jars}}"

if [ -f "$jars/kafka_2.13-4.1.1.jar" ]; then
  exit 0
fi

echo "Fetching Kafka jars into $jars ..." >&2
mkdir -p "$jars"
# stdout to stderr: callers parse start.sh's stdout, and Maven 3.8 -q still
# prints stray ANSI codes there.
mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$jars" >&2

# A half-finished copy must not pass the check above next time.
if [ ! -f "$jars/kafka_2.13-4.1.1.jar" ]; then
  echo "fetch-jars: kafka_2.13-4.1.1.jar missing after mvn run" >&2
  exit 1
fi
