#!/usr/bin/env bash
# Deep-tier cost per extractor, in ms per 1,000 words, German and English, plus the heap held by the loaded models:
#   bash synoptic-bench/extractors.sh [extra JMH options]
# CoreNLP stays out of the JMH uber-jar; the distribution's lib/ (synoptic-cli/target/lib) supplies it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl synoptic-bench,synoptic-cli -am package -DskipTests
java -cp "synoptic-bench/target/benchmarks.jar:synoptic-cli/target/lib/*" org.openjdk.jmh.Main ExtractorBenchmark \
  -f 1 -wi 2 -w 3s -i 4 -r 3s -jvmArgs "-Xmx2g" "$@"
