#!/usr/bin/env bash
# Warm deep-tier latency of a 5-report and a 100-report story: bash synoptic-bench/digest.sh [SAMPLE_STORY_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl synoptic-bench -am package -DskipTests
cp="$(mktemp)"
mvn -q -B -pl synoptic-bench -am dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
java -Xmx2g -cp "synoptic-bench/target/benchmarks.jar:$(cat "$cp")" org.synoptic.bench.DigestHarness "$@"
rm -f "$cp"
