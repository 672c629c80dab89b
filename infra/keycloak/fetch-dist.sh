#!/usr/bin/env bash
# Fetch Keycloak's server distribution (org.keycloak:keycloak-quarkus-dist, the zip) from Maven
# Central via ~/.m2, unzip it under infra/keycloak/.dist and run its one-time `build` for
# PostgreSQL with health endpoints (production mode then starts with --optimized, much faster).
# Idempotent: does nothing when the built distribution is there.
# Prints the distribution's home directory.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${KEYCLOAK_VERSION:-26.7.3}"
dist_root="${KEYCLOAK_DIST_DIR:-$here/.dist}"
home="$dist_root/keycloak-$version"
marker="$home/.tdkt-built"
# the build options; a change here rebuilds
build_opts=(--db=postgres --health-enabled=true --metrics-enabled=false)

if [ -f "$marker" ] && [ "$(cat "$marker")" = "${build_opts[*]}" ]; then
  echo "$home"
  exit 0
fi

mkdir -p "$dist_root"
if [ ! -x "$home/bin/kc.sh" ]; then
  dl="$(mktemp -d)"
  trap 'rm -rf "$dl"' EXIT
  echo "Fetching Keycloak $version into $dist_root ..." >&2
  # stdout to stderr: callers read this script's stdout
  mvn -B -q dependency:copy "-Dartifact=org.keycloak:keycloak-quarkus-dist:$version:zip" "-DoutputDirectory=$dl" >&2
  rm -rf "$home.partial"
  mkdir -p "$home.partial"
  (cd "$home.partial" && unzip -q "$dl/keycloak-quarkus-dist-$version.zip")
  # the zip holds one top-level folder keycloak-<version>; a half-unzipped one never gets the name
  mv "$home.partial/keycloak-$version" "$home"
  rm -rf "$home.partial"
fi

echo "Building Keycloak for PostgreSQL (once) ..." >&2
JAVA_OPTS_KC_HEAP="${KEYCLOAK_HEAP_OPTS:--Xms64m -Xmx512m}" "$home/bin/kc.sh" build "${build_opts[@]}" >&2
echo "${build_opts[*]}" >"$marker"
echo "$home"
