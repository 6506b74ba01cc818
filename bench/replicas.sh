#!/usr/bin/env bash
# Two replicas against one PostgreSQL (issue 17, docs/SCALING.md): single-host proposals and the database floor
# (GET /api/v1/hosts/{name}, an authenticated read that touches the database), first against one instance, then
# against both at once (one wrk per instance). Starts nothing: give it two running instances on one database that
# hold the hosts of bench/proposals.sh (bench-p-000.., loaded once with LOAD_ONLY=1 through either instance).
#
#   URLS="http://127.0.0.1:8181 http://127.0.0.1:8182" bench/replicas.sh
#   URLS="..." DURATION=10s bench/replicas.sh                 # a short trial
#   URLS="..." CONNECTIONS=16 bench/replicas.sh               # 16 connections per wrk (one instance: 32)
#
# Each case prints requests/s, p50 and p99 per wrk, and for "both" their sum; with psql access also the database's
# transactions per second during the case (pg_stat_database of DATABASE: every session's, so keep others off it).
# Needs wrk, curl, awk; psql optional (PSQL= to skip).
set -euo pipefail
URLS=${URLS:?'URLS: the base URLs of two running instances on one database, e.g. "http://127.0.0.1:8181 http://127.0.0.1:8182"'}
CREDENTIALS=${CREDENTIALS:-admin:lull}
HOSTS=${HOSTS:-200}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
DATABASE=${DATABASE:-postgres}
PSQL=${PSQL-psql -h 127.0.0.1 -U postgres -d $DATABASE -qAt}
OUT=${OUT:-$(dirname "$0")/out/replicas}
mkdir -p "$OUT"
read -r -a urls <<< "$URLS"
[ "${#urls[@]}" = 2 ] || { echo "URLS must name exactly two instances" >&2; exit 2; }
auth="Basic $(printf %s "$CREDENTIALS" | base64)"

for url in "${urls[@]}"; do
  curl -fsS -o /dev/null "$url/q/health/ready" || { echo "$url is not ready" >&2; exit 1; }
  curl -fsS -o /dev/null -u "$CREDENTIALS" "$url/api/v1/hosts/bench-p-000" \
    || { echo "$url does not know bench-p-000: load the hosts with LOAD_ONLY=1 bench/proposals.sh" >&2; exit 1; }
done

# writes and names a wrk script: $1 the path's format (%03d: the host number), $2 where in the rotation it starts, $3 its name
script() {
  cat > "$OUT/$3.lua" <<LUA
local counter = $2
request = function()
  counter = counter + 1
  return wrk.format("GET", string.format("$1", counter % $HOSTS), { ["Authorization"] = "$auth" })
end
LUA
  echo "$OUT/$3.lua"
}
proposals=/api/v1/hosts/bench-p-%03d/proposals?duration=PT2H
floor=/api/v1/hosts/bench-p-%03d

commits() {
  if [ -n "$PSQL" ]; then
    $PSQL -c "select xact_commit + xact_rollback from pg_stat_database where datname = '$DATABASE'" 2>/dev/null || echo ""
  fi
}

# prints "requests/s p50 p99" of a wrk --latency output
figures() {
  awk '/^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /^Requests\/sec/ { rps = $2 }
       /Non-2xx/ { bad = $NF } END { printf "%10.0f %10s %10s%s", rps, p50, p99, bad ? "  non-2xx: " bad : "" }' "$1"
}

# $1: case name, $2: path format, $3...: the URLs to load at once, each with CONNECTIONS (one URL: twice as many)
measure() {
  local name=$1 path=$2; shift 2
  local per=$CONNECTIONS; [ $# = 1 ] && per=$((CONNECTIONS * 2))
  local before after started i=0 pids=()
  before=$(commits); started=$(date +%s.%N)
  for url in "$@"; do
    wrk -t1 -c"$per" -d"$DURATION" --latency -s "$(script "$path" $((i * HOSTS / 2)) "$name-$i")" "$url" \
      > "$OUT/$name-$i.txt" &
    pids+=($!); i=$((i + 1))
  done
  wait "${pids[@]}"
  after=$(commits)
  i=0; local total=0
  for url in "$@"; do
    printf '%-34s %-24s %3s conns %s\n' "$name" "${url#http://}" "$per" "$(figures "$OUT/$name-$i.txt")"
    total=$(awk -v t="$total" '/^Requests\/sec/ { printf "%.0f", t + $2 }' "$OUT/$name-$i.txt")
    i=$((i + 1))
  done
  [ $# -gt 1 ] && printf '%-34s %-24s %3s conns %10s\n' "$name" "together" $((per * $#)) "$total"
  if [ -n "$before" ] && [ -n "$after" ]; then
    awk -v b="$before" -v a="$after" -v s="$started" -v e="$(date +%s.%N)" -v n="$name" \
      'BEGIN { printf "%-34s database: %.0f transactions/s (pg_stat_database)\n", n, (a - b) / (e - s) }'
  fi
}

echo "Warm-up: every host's proposals once on each instance (its fit, busy periods and answer cached there), then" \
  "$WARMUP of wrk on each ..."
for url in "${urls[@]}"; do
  for h in $(seq 0 $((HOSTS - 1))); do printf "$url$proposals\n" "$h"; done \
    | xargs -P2 -n1 curl -fsS -o /dev/null -H "Authorization: $auth"
  wrk -t1 -c4 -d"$WARMUP" -s "$(script "$proposals" 0 warmup)" "$url" > /dev/null
done

printf '%-34s %-24s %9s %10s %10s %10s\n' case instance "" requests/s p50 p99
measure proposals-one "$proposals" "${urls[0]}"
measure proposals-both "$proposals" "${urls[@]}"
measure floor-one "$floor" "${urls[0]}"
measure floor-both "$floor" "${urls[@]}"
