#!/usr/bin/env bash
# Memory and CPU of `synoptic serve` while it follows 200 feeds (a benchmark, not a test).
# 200 RSS files of 20 items each are served by python3's http.server (Last-Modified, 304) on 0.0.0.0; each feed is
# reached through its own loopback address 127.0.1.N, so per-host politeness does not serialise them. The server runs
# with --poll-min 2s --poll-max ${POLL_MAX:-10s}; the script samples its CPU time and resident memory: after the first
# round (4,000 new items into the store) and over ${STEADY:-60} s of steady polling (304s).
# Usage: synoptic-feeds/bench/follow-200.sh   (after mvn package; needs synoptic-cli/target/synoptic.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=synoptic-cli/target/synoptic.jar
[ -f "$JAR" ] || { echo "build first: mvn -pl synoptic-cli -am package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
PORT=${PORT:-8766}
mkdir -p "$WORK/site"
python3 - "$WORK/site" <<'PY'
import sys, datetime, random
site = sys.argv[1]
rnd = random.Random(16)
syl = ["ka", "lu", "ber", "mo", "sti", "ran", "de", "wol", "fen", "ti", "gar", "nus", "el", "po", "rek", "sa", "vin", "dor"]
def word():
    return "".join(rnd.choice(syl) for _ in range(rnd.randint(2, 4)))
# Design decision: texts of made-up words, so no two reports form a story and no digest (the deep tier) runs: the
# figures are the follower's and the server's, not CoreNLP's.
cities = ["Bremen", "Kassel", "Rostock", "Passau", "Trier", "Görlitz", "Lübeck", "Erfurt", "Ulm", "Jena"]
for f in range(200):
    items = []
    for i in range(20):
        t = datetime.datetime(2024, 3, 4, 8) - datetime.timedelta(hours=i)
        c = cities[(f + i) % len(cities)]
        items.append(f"<item><guid>f{f}-{i}</guid><link>https://outlet{f}.example/a/{i}</link>"
                     f"<title>{word().capitalize()} {word()} {word()}</title><description>"
                     + " ".join(word() for _ in range(40)) + ".</description>"
                     f"<pubDate>{t.strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate></item>")
    open(f"{site}/feed{f}.xml", "w").write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Outlet {f}</title><link>https://outlet{f}.example/</link><language>de</language>" + "".join(items) + "</channel></rss>")
PY
for f in $(seq 0 199); do echo "http://127.0.1.$((f + 1)):$PORT/feed$f.xml Bench"; done > "$WORK/feeds.txt"
(cd "$WORK/site" && exec python3 -m http.server "$PORT" --bind 0.0.0.0 > "$WORK/http.log" 2>&1) &
HTTP=$!
java -Xmx1g -jar "$JAR" serve --store "$WORK/store" --feeds "$WORK/feeds.txt" --allow-private --poll-min 2s \
  --poll-max "${POLL_MAX:-10s}" --port 0 > "$WORK/serve.out" 2>&1 &
SERVE=$!
trap 'kill $SERVE $HTTP 2>/dev/null; wait $SERVE $HTTP 2>/dev/null; rm -rf "$WORK"' EXIT
TICK=$(getconf CLK_TCK)
cpu() { awk -v t="$TICK" '{print ($14 + $15) / t}' /proc/$SERVE/stat; }
rss() { awk '/VmRSS/{print $2 / 1024}' /proc/$SERVE/status; }
hwm() { awk '/VmHWM/{print $2 / 1024}' /proc/$SERVE/status; }
start=$(date +%s)
until [ "$(grep -c ' 200 ' "$WORK/http.log" || true)" -ge 200 ]; do
  sleep 1
  [ $(( $(date +%s) - start )) -lt 600 ] || { echo "first round not done in 600 s" >&2; exit 1; }
done
first=$(( $(date +%s) - start ))
sleep 15 # let the last batches commit
c0=$(cpu); t0=$(date +%s); r0=$(rss)
sleep "${STEADY:-60}"
c1=$(cpu); t1=$(date +%s); r1=$(rss)
polls=$(grep -c 'GET /feed' "$WORK/http.log" || true)
n304=$(grep -c '" 304 ' "$WORK/http.log" || true)
echo "first round: 200 feeds fetched in ${first} s; CPU so far $(printf %.1f "$c0") s, RSS $(printf %.0f "$r0") MB"
echo "steady ${STEADY:-60} s: CPU $(awk -v a="$c0" -v b="$c1" -v s=$((t1 - t0)) 'BEGIN{printf "%.2f s (%.1f%% of one core)", b - a, 100 * (b - a) / s}'), RSS $(printf %.0f "$r1") MB, peak RSS $(printf %.0f "$(hwm)") MB"
echo "requests to feeds: $polls, of them 304: $n304"
curl -s "http://$(grep -o '127.0.0.1:[0-9]*' "$WORK/serve.out" | head -1)/health"; echo
