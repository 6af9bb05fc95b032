#!/usr/bin/env bash
# Warm digest step of one story at 100, 200, 400 and 401 reports: bash synoptic-bench/digest-scaling.sh [SAMPLE_STORY_DIR]
# CoreNLP stays out of the JMH uber-jar; the distribution's lib/ (synoptic-cli/target/lib) supplies it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl synoptic-bench,synoptic-cli -am package -DskipTests
java -Xmx3g -cp "synoptic-bench/target/benchmarks.jar:synoptic-cli/target/lib/*" org.synoptic.bench.DigestScalingHarness "$@"
