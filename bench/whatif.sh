#!/usr/bin/env bash
# What-if benchmark: times POST /api/v1/proposals/what-if one request at a time (curl's time_total, so the client's
# process start is not counted) on the hosts and history bench/proposals.sh loads: one host and 8 weeks (the target:
# p99 <= 50 ms), one host and 52 weeks, and the 20-host cluster bench-plan.
#
#   bench/whatif.sh                  # loads 200 hosts x 90 days first (LOAD_ONLY=1 bench/proposals.sh), then measures
#   LOAD=0 bench/whatif.sh           # measure on the hosts and history already loaded
#   REQUESTS=1000 LOAD=0 bench/whatif.sh
#
# Needs a running Lull (./mvnw quarkus:dev or the packaged jar), curl, awk, sort.
set -euo pipefail
URL=${URL:-http://localhost:8080}
CREDENTIALS=${CREDENTIALS:-admin:lull}
HOSTS=${HOSTS:-200}
REQUESTS=${REQUESTS:-500}
LOAD=${LOAD:-1}
OUT=${OUT:-$(dirname "$0")/out}
mkdir -p "$OUT"

if [ "$LOAD" = 1 ]; then
  LOAD_ONLY=1 HOSTS="$HOSTS" "$(dirname "$0")/proposals.sh"
fi

# A 2-hour window at 01:00 UTC three days from now: the replayed weeks lie inside the loaded history.
start=$(date -u -d "+3 days" +%Y-%m-%dT01:00:00Z)
end=$(date -u -d "+3 days" +%Y-%m-%dT03:00:00Z)

# Prints p50, p90, p99 and max in ms of the time_total values (seconds) in file $1.
percentiles() {
  sort -n "$1" | awk '{ v[NR] = $1 * 1000 } END {
    printf "  n=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms\n", NR,
      v[int(NR * 0.50 + 0.5)], v[int(NR * 0.90 + 0.5)], v[int(NR * 0.99 + 0.5)], v[NR] }'
}

# Sends $2 requests built by the function named $1 (given the request number), timing each.
measure() {
  local build=$1 count=$2 file="$OUT/whatif-times.txt"
  : > "$file"
  for i in $(seq 1 "$count"); do
    "$build" "$i" | curl -fsS -o /dev/null -w '%{time_total}\n' -u "$CREDENTIALS" -H 'Content-Type: application/json' \
      --data-binary @- "$URL/api/v1/proposals/what-if" >> "$file"
  done
  percentiles "$file"
}

one_host() { printf '{"hosts":["bench-p-%03d"],"start":"%s","end":"%s","weeks":%d}' $(( $1 % HOSTS )) "$start" "$end" "${WEEKS:-8}"; }
cluster() { printf '{"cluster":"bench-plan","start":"%s","end":"%s"}' "$start" "$end"; }

echo "Warm-up: 100 single-host questions"
measure one_host 100 > /dev/null
echo "--- one host, 8 weeks, $REQUESTS requests one at a time (hosts in turn)"
WEEKS=8 measure one_host "$REQUESTS"
echo "--- one host, 52 weeks, $((REQUESTS / 5)) requests"
WEEKS=52 measure one_host $((REQUESTS / 5))
echo "--- cluster bench-plan (20 hosts), 8 weeks, 20 requests"
measure cluster 20
