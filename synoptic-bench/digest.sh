#!/usr/bin/env bash
# Warm deep-tier latency of a 5-report and a 100-report story: bash synoptic-bench/digest.sh [SAMPLE_STORY_DIR]
# CoreNLP stays out of the JMH uber-jar; the distribution's lib/ (synoptic-cli/target/lib) supplies it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl synoptic-bench,synoptic-cli -am package -DskipTests
java -Xmx2g -cp "synoptic-bench/target/benchmarks.jar:synoptic-cli/target/lib/*" org.synoptic.bench.DigestHarness "$@"
