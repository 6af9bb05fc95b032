#!/usr/bin/env bash
# `synoptic digest` on a big folder: wall time, peak RSS and the progress lines.
#   bash synoptic-bench/digest-at-size.sh [VARIANTS (default 20)] [SHARED_DIR (default ../shared)] [-- DIGEST OPTIONS]
# Writes 1,028 10kGNAD articles x VARIANTS near-copies (20,560 at the default) as JSONL into a temp folder outside
# the project, runs `synoptic digest --format json FOLDER > /dev/null` under /usr/bin/time -v and nice, and deletes
# the folder. It runs the distribution it has just built the way ./synoptic does (same default JVM options), not the
# launcher itself, which would rebuild inside the timed run whenever a test source is newer than the jar. Environment: SYNOPTIC_JAVA_OPTS (the launcher's, default -Xmx2g), DIGEST_TIMEOUT (seconds, default 900;
# a run cut off there is reported as such), KEEP_CORPUS=1 keeps the folder.
set -euo pipefail
cd "$(dirname "$0")/.."
variants="${1:-20}"
shared="${2:-../shared}"
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
mvn -q -B -pl synoptic-bench,synoptic-cli -am package -DskipTests
corpus="$(mktemp -d "${TMPDIR:-/tmp}/synoptic-digest-at-size.XXXXXX")"
[ "${KEEP_CORPUS:-0}" = 1 ] || trap 'rm -rf "$corpus"' EXIT
java -cp synoptic-bench/target/benchmarks.jar org.synoptic.bench.DigestAtSizeHarness "$variants" "$shared" "$corpus"
log="$corpus.stderr"
status=0
# shellcheck disable=SC2086
nice /usr/bin/time -v timeout "${DIGEST_TIMEOUT:-900}" java ${SYNOPTIC_JAVA_OPTS:--Xmx2g} -jar synoptic-cli/target/synoptic.jar digest --format json "$@" "$corpus" >/dev/null 2>"$log" \
  || status=$?
grep -v '^\s' "$log" | head -n 40
echo "..."
grep -v '^\s' "$log" | tail -n 8
grep -E 'Elapsed \(wall|Maximum resident|User time|System time|Exit status' "$log"
[ "$status" = 124 ] && echo "cut off after ${DIGEST_TIMEOUT:-900} s"
echo "stderr kept in $log"
exit 0
