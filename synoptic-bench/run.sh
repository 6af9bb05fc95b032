#!/usr/bin/env bash
# Builds the JMH uber-jar and runs the benchmarks: bash synoptic-bench/run.sh [JMH regex and options]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl synoptic-bench -am package -DskipTests
java -jar synoptic-bench/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s "${@:-IngestBenchmark}"
