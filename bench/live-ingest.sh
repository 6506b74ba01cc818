#!/usr/bin/env bash
# Proposals while load keeps flowing (issue 17). A Prometheus pull or remote write sends every host's newest samples
# every minute or so. Before V320 each such ingest moved the host's history version, so the next question about the
# host made its fit and its answer again. Now samples of the current hour leave both standing.
#
# This starts the packaged service on bench/proposals.sh's hosts and warms it with 20 s of questions. Then, for
# DURATION, a loop sends one sample per host, stamped now, every EVERY seconds, while wrk rotates proposals over the same
# hosts. It prints wrk's latencies, the ingests sent and the fit cache's gets during the run (a miss is a fit made).
#
#   SCHEMA=lull_bench bench/live-ingest.sh                            # the jar in target/quarkus-app
#   SCHEMA=lull_bench APP=/tmp/other/quarkus-app bench/live-ingest.sh # another build, to compare
#
# Loads nothing: load the hosts first (SCHEMA=lull_bench LOAD_ONLY=1 bench/proposals.sh against a running Lull).
# Needs the packaged jar, wrk, curl and free ports 8080 and 9000. A run that would cross the hour waits for the next one.
set -euo pipefail
APP=${APP:-target/quarkus-app}
HEAP=${HEAP:-1g}
SCHEMA=${SCHEMA:-lull_bench}
URL=${URL:-http://localhost:8080}
METRICS=${METRICS:-http://localhost:9000/q/metrics}
CREDENTIALS=${CREDENTIALS:-admin:lull}
HOSTS=${HOSTS:-200}
PREFIX=${PREFIX:-bench-p-}
DIGITS=${DIGITS:-3}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-60}   # seconds
EVERY=${EVERY:-10}         # seconds between ingests
OUT=${OUT:-$(dirname "$0")/out/live-ingest}
mkdir -p "$OUT"

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
rotation "$OUT/rotation.lua" "/api/v1/hosts/$PREFIX%0${DIGITS}d/proposals?duration=PT2H" 0 "$HOSTS" > /dev/null

left=$(( 3600 - $(date -u +%s) % 3600 ))
if [ "$left" -lt $(( DURATION + 120 )) ]; then
  echo "waiting ${left} s for the hour to turn, so that the run stays within one hour"
  sleep $(( left + 5 ))
fi
start_lull "$OUT/service.log" -Xmx"$HEAP" -jar "$APP/quarkus-run.jar"
wrk -t1 -c"$CONNECTIONS" -d20s -s "$OUT/rotation.lua" "$URL" > /dev/null

: > "$OUT/ingests"
missed=$(fit_gets miss)
found=$(fit_gets hit)
ingest_loop &
LOOP=$!
trap 'kill $LOOP $LULL_PID 2>/dev/null || true; wait $LULL_PID 2>/dev/null || true' EXIT
wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$OUT/rotation.lua" "$URL" | tee "$OUT/wrk.txt" \
  | grep -E "Latency|50%|99%|Requests/sec|Non-2xx"
kill $LOOP 2>/dev/null || true
echo "ingests: $(wc -l < "$OUT/ingests") of $HOSTS samples, $(awk '$1 != 200' "$OUT/ingests" | wc -l) not 200;" \
  "seconds each: $(awk '{print $2}' "$OUT/ingests" | sort -n | tr '\n' ' ')"
echo "fit cache during the run: $(( $(fit_gets miss) - missed )) misses (fits made), $(( $(fit_gets hit) - found )) hits"
