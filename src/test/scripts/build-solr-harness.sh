#!/usr/bin/env bash
# Builds solr-harness/ — a Maven project of its own, since Solr 9.10.1 brings Lucene 9.12, which must never share a
# classpath with the app's Lucene 10.5 — and writes the classpath the tests start it with (SolrCloudHarness).
# Usage: build-solr-harness.sh MAVEN_HOME OUTPUT_FILE offline=(true|false) LOCAL_REPOSITORY
# A nested Maven costs seconds (a minute on a clean clone, fetching Solr from Maven Central into ~/.m2): it runs
# only when the harness changed since OUTPUT_FILE was written or a jar on that classpath has gone.
set -euo pipefail
mvn_home=$1; out=$2; offline=$3; repo=$4
harness="$(cd "$(dirname "$0")/../../.." && pwd)/solr-harness"

up_to_date() {
  [ -s "$out" ] || return 1
  [ -z "$(find "$harness/pom.xml" "$harness/src" -newer "$out" -print -quit)" ] || return 1
  local entry
  IFS=: read -r -a entries < "$out"
  for entry in "${entries[@]}"; do [ -e "$entry" ] || return 1; done
}
if up_to_date; then
  exit 0
fi

args=(-B -q -f "$harness/pom.xml" -Dmaven.repo.local="$repo")
[ "$offline" = offline=true ] && args+=(-o)
"$mvn_home/bin/mvn" "${args[@]}" compile dependency:build-classpath -Dmdep.outputFile="$harness/target/dependencies.classpath"
mkdir -p "$(dirname "$out")"
printf '%s:%s' "$harness/target/classes" "$(cat "$harness/target/dependencies.classpath")" > "$out.tmp"
mv "$out.tmp" "$out"
