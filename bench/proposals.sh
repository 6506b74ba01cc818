#!/usr/bin/env bash
# Proposal benchmark: loads HOSTS hosts x DAYS days of 5-minute history through the ingest API, then measures
# single-host proposals over HTTP under wrk (CONNECTIONS connections, DURATION) and a 20-host cluster plan.
#
#   bench/proposals.sh                      # 200 hosts x 90 days, 16 connections for 30 s
#   HOSTS=50 DAYS=30 bench/proposals.sh
#   LOAD=0 bench/proposals.sh               # measure again on the hosts and history already loaded
#   LOAD_ONLY=1 bench/proposals.sh          # load the hosts and history only (bench/whatif.sh uses them too)
#   ACROSS_HOUR=1 LOAD=0 bench/proposals.sh # also: repeated questions from 60 s before to 60 s after the next hour
#
# Needs a running Lull (./mvnw quarkus:dev or the packaged jar), wrk (apt-get install wrk), curl, awk, bc.
set -euo pipefail
URL=${URL:-http://localhost:8080}
CREDENTIALS=${CREDENTIALS:-admin:lull}
HOSTS=${HOSTS:-200}
DAYS=${DAYS:-90}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-30s}
PLAN_HOSTS=${PLAN_HOSTS:-20}
OUT=${OUT:-$(dirname "$0")/out}
LOAD=${LOAD:-1}
mkdir -p "$OUT"
auth="Authorization: Basic $(printf %s "$CREDENTIALS" | base64)"

if [ "$LOAD" = 1 ]; then
echo "Inventory: cluster bench-plan ($PLAN_HOSTS hosts, minAvailable $((PLAN_HOSTS - 2))) and $HOSTS hosts in Europe/Paris ..."
curl -fsS -o /dev/null -u "$CREDENTIALS" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench-plan\",\"minAvailable\":$((PLAN_HOSTS - 2))}" "$URL/api/v1/clusters" || true
for h in $(seq 0 $((HOSTS - 1))); do
  name=$(printf 'bench-p-%03d' "$h")
  cluster=""; [ "$h" -lt "$PLAN_HOSTS" ] && cluster=',"cluster":"bench-plan"'
  curl -fsS -o /dev/null -u "$CREDENTIALS" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\",\"timeZone\":\"Europe/Paris\"$cluster}" "$URL/api/v1/hosts" || true
done

per_host=$((DAYS * 288))
echo "History: $((HOSTS * per_host)) samples ($DAYS days of 5-minute samples per host), in batches ..."
start=$(( $(date +%s) / 300 * 300 - per_host * 300 ))
rm -f "$OUT"/hist-*
awk -v hosts="$HOSTS" -v per="$per_host" -v start="$start" -v out="$OUT" 'BEGIN {
  srand(7); file = "";
  for (i = 0; i < per; i++) {
    t = start + i * 300; at = strftime("%Y-%m-%dT%H:%M:%SZ", t, 1);
    hour = (strftime("%H", t, 1) + 1) % 24; dow = strftime("%u", t, 1);
    if (i % 8640 == 0) { if (file != "") close(file); file = sprintf("%s/hist-%05d.csv", out, i / 8640); print "host,at,messages" > file }
    for (h = 0; h < hosts; h++) {
      base = 50 + 900 * (hour >= 7 && hour <= 20 ? sin((hour - 6) / 15 * 3.14159) : 0) * (dow >= 6 ? 0.4 : 1);
      printf "bench-p-%03d,%s,%d\n", h, at, base * (0.9 + rand() * 0.2) > file
    }
  }
}'
load_start=$(date +%s)
for file in "$OUT"/hist-*; do
  curl -fsS -o /dev/null -u "$CREDENTIALS" -H 'Content-Type: text/csv' --data-binary @"$file" "$URL/api/v1/load"
done
echo "  loaded in $(( $(date +%s) - load_start )) s"
rm -f "$OUT"/hist-*
fi
[ "${LOAD_ONLY:-0}" = 1 ] && exit 0

cat > "$OUT/proposals.lua" <<LUA
local hosts = $HOSTS
local counter = 0
request = function()
  counter = counter + 1
  local path = string.format("/api/v1/hosts/bench-p-%03d/proposals?duration=PT2H", counter % hosts)
  return wrk.format("GET", path, { ["Authorization"] = "${auth#Authorization: }" })
end
LUA
echo "Warm-up (every host once, then 20 s), then wrk with 1 thread (the machine has 2 cores to share) ..."
wrk -t1 -c4 -d20s -s "$OUT/proposals.lua" "$URL" > /dev/null
for connections in 4 "$CONNECTIONS"; do
  echo "--- $connections connections, $DURATION"
  wrk -t1 -c"$connections" -d"$DURATION" --latency -s "$OUT/proposals.lua" "$URL" | grep -E "50%|90%|99%|Requests/sec"
done

cat > "$OUT/floor.lua" <<LUA
-- the floor: an authenticated read that touches the database (one host by name), rotating like the proposals
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", string.format("/api/v1/hosts/bench-p-%03d", counter % $HOSTS), { ["Authorization"] = "${auth#Authorization: }" })
end
LUA
echo "--- the floor: an authenticated database read (GET /api/v1/hosts/{name}), $CONNECTIONS connections, $DURATION"
echo "    (after 10 s of the same, so that its code is compiled like the proposals' after their warm-up)"
wrk -t1 -c"$CONNECTIONS" -d10s -s "$OUT/floor.lua" "$URL" > /dev/null
wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$OUT/floor.lua" "$URL" | grep -E "50%|90%|99%|Requests/sec"

cat > "$OUT/cold.lua" <<LUA
-- cache misses: every request asks another (host, duration, limit) than the ones before it
local counter = 0
request = function()
  counter = counter + 1
  local round = math.floor(counter / $HOSTS)
  local minutes = 60 + 15 * (round % 13)
  local path = string.format("/api/v1/hosts/bench-p-%03d/proposals?duration=PT%dM&limit=%d", counter % $HOSTS, minutes, 1 + math.floor(round / 13) % 5)
  return wrk.format("GET", path, { ["Authorization"] = "${auth#Authorization: }" })
end
LUA
echo "--- cache misses (a new duration or limit each time), $CONNECTIONS connections, 15s"
wrk -t1 -c"$CONNECTIONS" -d15s --latency -s "$OUT/cold.lua" "$URL" | grep -E "50%|90%|99%|Requests/sec"

echo "First request for a host after an ingest (its fit is rebuilt from 90 days of history), 8 hosts:"
at=$(date -u -d '-30 min' +%Y-%m-%dT%H:%M:00Z)
for h in 10 35 60 85 110 135 160 185; do
  name=$(printf 'bench-p-%03d' "$h")
  printf 'host,at,messages\n%s,%s,100\n' "$name" "$at" | curl -fsS -o /dev/null -u "$CREDENTIALS" \
    -H 'Content-Type: text/csv' --data-binary @- "$URL/api/v1/load"
  curl -fsS -o /dev/null -w "  $name %{time_total} s\n" -u "$CREDENTIALS" "$URL/api/v1/hosts/$name/proposals?duration=PT2H"
done

echo "Cluster plan of $PLAN_HOSTS hosts (5 runs):"
for run in 1 2 3 4 5; do
  curl -fsS -o /dev/null -w '  %{time_total} s\n' -u "$CREDENTIALS" -H 'Content-Type: application/json' \
    -d '{"cluster":"bench-plan","duration":"PT2H"}' "$URL/api/v1/proposals/plan"
done

if [ "${ACROSS_HOUR:-0}" = 1 ]; then
  wait_s=$(( 3600 - $(date -u +%s) % 3600 - 60 ))
  [ "$wait_s" -lt 0 ] && wait_s=$(( wait_s + 3600 ))
  echo "--- repeated questions across the hour (waiting ${wait_s} s, then 120 s from 60 s before the hour), $CONNECTIONS connections"
  sleep "$wait_s"
  wrk -t1 -c"$CONNECTIONS" -d120s --latency -s "$OUT/proposals.lua" "$URL" | grep -E "50%|90%|99%|Requests/sec"
fi
