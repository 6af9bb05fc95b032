#!/usr/bin/env bash
# End-to-end fast-tier throughput over a perturbed 10kGNAD corpus, against plain Lucene indexing in the same run:
#   bash synoptic-bench/throughput.sh [ARTICLES (default 100000)] [SHARED_DIR (default ../shared)]
# The heap is capped at 1 GB (the target for 100k articles); set SYNOPTIC_BENCH_HEAP to change it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl synoptic-bench -am package -DskipTests
java -Xmx"${SYNOPTIC_BENCH_HEAP:-1g}" -cp synoptic-bench/target/benchmarks.jar org.synoptic.bench.ThroughputHarness "$@"
