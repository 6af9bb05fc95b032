#!/usr/bin/env bash
# A simulated week of reports through the store, then a restart of `synoptic serve --store` on it.
#   bash synoptic-bench/week-stream.sh [N (default 500000)] [SHARED_DIR (default ../shared)]
# Builds the benchmark jar and the distribution, makes N timestamped German reports from 10kGNAD (in memory, batch
# by batch; nothing is written to the project), ingests them into a fresh store in a temp folder outside the project,
# reopens it, then starts `java -Xmx2g -jar synoptic-cli/target/synoptic.jar serve --store DIR` and polls /health.
# The distribution is copied first, so a rebuild during a long run does not change what the restart runs.
# With KEEP_STORE=1 the folder stays; then `java -cp synoptic-bench/target/benchmarks.jar
# org.synoptic.bench.WeekStreamHarness --restart DIR/store DIR/synoptic.jar` measures the restart again.
# Environment: BENCH_JAVA_OPTS (the ingesting JVM's, default -Xmx2g), KEEP_STORE=1 keeps the store folder.
# Figures measured so far are in synoptic-bench/README.md (section "Week-long stream").
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-500000}"
shared="${2:-../shared}"
mvn -q -B -ntp -pl synoptic-bench,synoptic-cli -am package -DskipTests
work="$(mktemp -d "${TMPDIR:-/tmp}/synoptic-week-stream.XXXXXX")"
[ "${KEEP_STORE:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
mkdir "$work/lib"
cp synoptic-cli/target/synoptic.jar "$work/synoptic.jar"
for j in synoptic-cli/target/lib/*.jar; do
  case "$(basename "$j")" in
    synoptic-*) cp "$j" "$work/lib/" ;;  # ours are rebuilt in place: real copies
    *) ln "$j" "$work/lib/" 2>/dev/null || cp "$j" "$work/lib/" ;;
  esac
done
cp synoptic-bench/target/benchmarks.jar "$work/benchmarks.jar"
# shellcheck disable=SC2086
nice java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "$work/benchmarks.jar" org.synoptic.bench.WeekStreamHarness \
  "$n" "$shared" "$work/store" "$work/synoptic.jar"
[ "${KEEP_STORE:-0}" = 1 ] && echo "store kept in $work/store" || true
exit 0
