#!/usr/bin/env bash
# The top of the hour (issue 17): every fit and answer is stamped with its hour, so at the hour they all go stale.
# FitRefresh makes the next hour's fits a few minutes before it for the hosts asked in the last hour; this shows
# what is left. Repeated single-host proposals rotate over HOSTS hosts from LEAD before the next hour to AFTER past it,
# in slices of SLICE, and each slice prints its own latencies: the slice that starts at the hour is the one to watch.
#
#   bench/across-hour.sh                                  # 1,000 of bench/scale.sh's hosts, from 5 min before the hour
#   HOSTS=200 PREFIX=bench-p- DIGITS=3 bench/across-hour.sh   # the hosts of bench/proposals.sh
#   EVERY=60 bench/across-hour.sh                          # while load flows: each host's last minute every 60 s
#
# Needs a running Lull (the packaged jar) whose fit cache holds HOSTS fits (bench/scale.sh's hosts: the large overlay,
# -Xmx2400m -Dlull.platform.caches.heap-share=0.3), wrk and curl. It waits for the next hour unless LEAD is longer.
set -euo pipefail
URL=${URL:-http://localhost:8080}
CREDENTIALS=${CREDENTIALS:-admin:lull}
HOSTS=${HOSTS:-1000}
PREFIX=${PREFIX:-scale-}
DIGITS=${DIGITS:-5}
CONNECTIONS=${CONNECTIONS:-16}
QUESTION=${QUESTION:-duration=PT2H}
LEAD=${LEAD:-300}     # seconds before the hour the questions start (the refresh needs hosts asked in the last hour)
AFTER=${AFTER:-60}    # seconds after the hour they go on
SLICE=${SLICE:-10}    # seconds per printed slice
EVERY=${EVERY:-0}     # with EVERY > 0, an ingest every EVERY seconds of each host's samples a minute ago and now
STAMPS=${STAMPS:-60 0}
METRICS=${METRICS:-http://localhost:9000/q/metrics}
OUT=${OUT:-$(dirname "$0")/out}
mkdir -p "$OUT"

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
rotation "$OUT/across-hour.lua" "/api/v1/hosts/$PREFIX%0${DIGITS}d/proposals?$QUESTION" 0 "$HOSTS" > /dev/null

now=$(date -u +%s)
hour=${AT:-$(( (now / 3600 + 1) * 3600 ))}   # AT (epoch seconds) tries the script out on another moment
[ $(( hour - now )) -lt "$LEAD" ] && hour=$(( hour + 3600 ))
wait_s=$(( hour - LEAD - now ))
echo "next hour $(date -u -d "@$hour" +%H:%M) UTC; waiting ${wait_s} s, then $CONNECTIONS connections over $HOSTS hosts"
sleep "$wait_s"
if [ "$EVERY" -gt 0 ]; then
  : > "$OUT/ingests"
  ingest_loop &
  LOOP=$!
  trap 'kill $LOOP 2>/dev/null || true' EXIT
fi
printf '%-22s %10s %10s %10s %10s %12s %10s\n' "slice (s from the hour)" p50 p99 max requests/s errors "fits made"
while [ "$(date -u +%s)" -lt $(( hour + AFTER )) ]; do
  from=$(( $(date -u +%s) - hour ))
  missed=$(fit_gets miss)
  result=$(wrk -t1 -c"$CONNECTIONS" -d"${SLICE}s" --latency -s "$OUT/across-hour.lua" "$URL")
  echo "$result" | awk -v from="$from" -v to=$((from + SLICE)) -v fits=$(( $(fit_gets miss) - missed )) '
    / 50%/ {p50 = $2} / 99%/ {p99 = $2} /Latency/ && !max {max = $4} /Requests\/sec/ {rps = $2}
    /Non-2xx/ {bad = $NF} /Socket errors/ {bad = bad " " $0}
    END {printf "%-22s %10s %10s %10s %10s %12s %10s\n", from " to " to, p50, p99, max, rps, (bad ? bad : 0), fits}'
done
[ "$EVERY" -gt 0 ] && echo "ingests: $(wc -l < "$OUT/ingests"), $(awk '$1 != 200' "$OUT/ingests" | wc -l) not 200"
