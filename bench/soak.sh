#!/usr/bin/env bash
# Soak benchmark: starts the packaged jar with the heap of the Kubernetes manifests, loads HOSTS hosts x DAYS days
# of 5-minute history, then runs DURATION seconds of mixed traffic under wrk - proposals with varying parameters
# (from, duration, limit), cluster plans, small ingests, calendar feeds, change actions (create, submit, cancel)
# and gate polls - and after every minute forces a GC and records RSS, heap used after GC, the caches' estimated
# bytes and the minute's status codes. Prints a Markdown table; exits non-zero on OutOfMemoryError or any 5xx.
#
#   bench/soak.sh                         # 20 minutes, -Xmx205m (40 % of the 512Mi limit in k8s/base)
#   DURATION=300 bench/soak.sh            # 5 minutes
#   LOAD=0 bench/soak.sh                  # reuse the hosts and history already in SCHEMA
#   JVM_OPTS="-XX:ActiveProcessorCount=1 -XX:NativeMemoryTracking=summary" bench/soak.sh   # as a 1-CPU pod; NMT at the end
#
# Needs the jar (./mvnw package -DskipTests), PostgreSQL on 127.0.0.1:5432 (user postgres), wrk, curl, jcmd, awk.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-1200}
HEAP=${HEAP:-205m}   # k8s/base: limit 512Mi, and the image's JAVA_MAX_MEM_RATIO=40 -> -Xmx205m
PORT=${PORT:-18081}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18091}   # /q/metrics lives on the management interface
SCHEMA=${SCHEMA:-lull_soak}
HOSTS=${HOSTS:-200}
DAYS=${DAYS:-28}
CONNECTIONS=${CONNECTIONS:-8}
LOAD=${LOAD:-1}
JVM_OPTS=${JVM_OPTS:-}   # more JVM flags, e.g. "-XX:ActiveProcessorCount=1 -XX:NativeMemoryTracking=summary"
OUT=${OUT:-bench/out}
URL=http://127.0.0.1:$PORT
mkdir -p "$OUT"
basic() { printf 'Basic %s' "$(printf '%s:lull' "$1" | base64)"; }

users=(admin viewer requester ingest gate)
roles=(admin viewer requester ingest gate)
env_users=()
for i in "${!users[@]}"; do
  u=$(echo "${users[$i]}" | tr a-z A-Z)
  env_users+=("QUARKUS_SECURITY_USERS_EMBEDDED_USERS_$u=lull" "QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_$u=${roles[$i]}")
done
echo "Starting the jar on port $PORT with -Xmx$HEAP, schema $SCHEMA ..."
env "${env_users[@]}" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_FLYWAY_SCHEMAS="$SCHEMA" QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
  LULL_LOAD_RETENTION_EVERY=off \
  java "-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError $JVM_OPTS -jar target/quarkus-app/quarkus-run.jar > "$OUT/soak-server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fsS -o /dev/null "$URL/q/health/ready" 2>/dev/null && break; sleep 1; done
curl -fsS -o /dev/null "$URL/q/health/ready"

post() { curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: $(basic "$1")" -H 'Content-Type: application/json' -d "$3" "$URL$2"; }
if [ "$LOAD" = 1 ]; then
  echo "Inventory: cluster soak-plan (10 hosts, minAvailable 8), $HOSTS hosts, role soak-ops ..."
  post admin /api/v1/clusters '{"name":"soak-plan","minAvailable":8}' > /dev/null
  for h in $(seq 0 $((HOSTS - 1))); do
    cluster=""; [ "$h" -lt 10 ] && cluster=',"cluster":"soak-plan"'
    post admin /api/v1/hosts "{\"name\":\"soak-$(printf %03d "$h")\",\"timeZone\":\"Europe/Paris\"$cluster}" > /dev/null
  done
  curl -sS -o /dev/null -X PUT -H "Authorization: $(basic admin)" -H 'Content-Type: application/json' \
    -d '{"title":"Soak operations","owners":["admin"]}' "$URL/api/v1/roles/soak-ops"
  echo "History: $DAYS days of 5-minute samples per host ..."
  per=$((DAYS * 288)); start=$(( $(date +%s) / 300 * 300 - per * 300 ))
  rm -f "$OUT"/soak-hist-*
  awk -v hosts="$HOSTS" -v per="$per" -v start="$start" -v out="$OUT" 'BEGIN { srand(11);
    for (i = 0; i < per; i++) {
      t = start + i * 300; at = strftime("%Y-%m-%dT%H:%M:%SZ", t, 1); hour = (strftime("%H", t, 1) + 1) % 24;
      if (i % 2880 == 0) { if (file) close(file); file = sprintf("%s/soak-hist-%05d.csv", out, i); print "host,at,messages" > file }
      for (h = 0; h < hosts; h++)
        printf "soak-%03d,%s,%d\n", h, at, (50 + 900 * (hour >= 7 && hour <= 20 ? sin((hour - 6) / 15 * 3.14159) : 0)) * (0.9 + rand() * 0.2) > file
    } }'
  for file in "$OUT"/soak-hist-*; do
    curl -fsS -o /dev/null -H "Authorization: $(basic ingest)" -H 'Content-Type: text/csv' --data-binary @"$file" "$URL/api/v1/load"
  done
  rm -f "$OUT"/soak-hist-*
fi
feed=$(curl -fsS -H "Authorization: $(basic viewer)" -H 'Content-Type: application/json' \
  -d '{"scope":{"cluster":"soak-plan"}}' "$URL/api/v1/feeds" | sed 's/.*"url":"\([^"]*\)".*/\1/')

cat > "$OUT/soak.lua" <<LUA
-- One request per call, by a fixed mix: 50 % proposals (varying from, duration, limit), 4 % cluster plans,
-- 10 % ingests, 10 % feeds, 12 % change actions (create, then submit, then cancel), 14 % gate polls.
local hosts, n, pending, threads = $HOSTS, 0, {}, {}
codes = {}   -- global, so that done() can read it from the thread
local auth = { viewer = "$(basic viewer)", ingest = "$(basic ingest)", gate = "$(basic gate)",
  requester = "$(basic requester)", admin = "$(basic admin)" }
local function iso(t) return os.date("!%Y-%m-%dT%H:%M:%SZ", t) end
local function host(i) return string.format("soak-%03d", i % hosts) end
local function req(method, path, user, body, ctype)
  local headers = { ["Authorization"] = auth[user] }
  if body then headers["Content-Type"] = ctype or "application/json" end
  return wrk.format(method, path, headers, body)
end
request = function()
  n = n + 1
  local kind, now = n % 50, os.time()
  if kind < 25 then
    local from = iso(math.floor(now / 300) * 300 + 86400 + (n % 4000) * 300)
    return req("GET", string.format("/api/v1/hosts/%s/proposals?from=%s&duration=PT%dM&limit=%d",
      host(n), from, 60 + 15 * (n % 13), 1 + n % 50), "viewer")
  elseif kind < 27 then
    return req("POST", "/api/v1/proposals/plan", "viewer", '{"cluster":"soak-plan","duration":"PT2H"}')
  elseif kind < 32 then
    local at = iso(math.floor(now / 300) * 300 - 300)
    return req("POST", "/api/v1/load", "ingest", "host,at,messages\n" .. host(n) .. "," .. at .. "," .. (n % 997) .. "\n", "text/csv")
  elseif kind < 37 then
    return req("GET", "$feed", "viewer")
  elseif kind < 43 then
    local next = table.remove(pending, 1)
    if next and next.step == "submit" then
      table.insert(pending, { id = next.id, step = "cancel" })
      return req("POST", "/api/v1/changes/" .. next.id .. "/submit", "requester")
    elseif next then
      return req("POST", "/api/v1/changes/" .. next.id .. "/cancel", "requester", '{"reason":"soak"}')
    end
    local start = math.floor(now / 3600) * 3600 + 30 * 86400 + (n % 5000) * 3600
    return req("POST", "/api/v1/changes", "requester", string.format(
      '{"title":"Soak %d","type":"NORMAL","hosts":["%s"],"window":{"start":"%s","end":"%s"},' ..
      '"plan":[{"title":"Patch","role":"soak-ops","duration":"PT30M"}],"risk":"LOW","backoutPlan":"Roll back"}',
      n, host(10 + n % (hosts - 10)), iso(start), iso(start + 3600)))
  else
    return req("GET", "/api/v1/gates/hosts/" .. host(n), "gate")
  end
end
response = function(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
  if status == 201 and body then
    local id = string.match(body, '^{"id":(%d+)')
    if id and string.find(body, '"status":"NEW"', 1, true) then table.insert(pending, { id = id, step = "submit" }) end
  end
end
setup = function(thread) table.insert(threads, thread) end
done = function(summary, latency, requests)
  local line = ""
  for _, thread in ipairs(threads) do
    for code, count in pairs(thread:get("codes")) do line = line .. code .. ":" .. count .. " " end
  end
  io.write("CODES ", line, "\n")
end
LUA

rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status"; }
# heap used after a full GC: the sum over the heap's lines (G1: one; Serial and Parallel: one per generation)
heap() { jcmd "$pid" GC.run > /dev/null; jcmd "$pid" GC.heap_info | awk '/used/ && !/Metaspace|class space/ {
  for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); kb += v } } END { printf "%d", kb / 1024 }'; }
caches() { curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/q/metrics" | awk '/^cache_weight_bytes/ { sum += $NF } END { printf "%.1f", sum / 1048576 }'; }
echo "Warm-up 30 s, then $DURATION s of mixed traffic at $CONNECTIONS connections, measured every minute ..."
wrk -t1 -c"$CONNECTIONS" -d30s -s "$OUT/soak.lua" "$URL" > /dev/null
echo "| minute | requests/s | p50 | p99 | status codes | RSS MB | heap after GC MB | caches MB |"
echo "|---|---|---|---|---|---|---|---|"
echo "| 0 | | | | | $(rss) | $(heap) | $(caches) |"
failed=0
for minute in $(seq 1 $(( (DURATION + 59) / 60 ))); do
  result=$(wrk -t1 -c"$CONNECTIONS" -d60s --latency -s "$OUT/soak.lua" "$URL")
  if ! kill -0 "$pid" 2>/dev/null; then echo "| $minute | the JVM died (see $OUT/soak-server.log) |"; exit 1; fi
  rps=$(echo "$result" | awk '/Requests\/sec/ { printf "%d", $2 }')
  p50=$(echo "$result" | awk '$1 == "50%" { print $2 }'); p99=$(echo "$result" | awk '$1 == "99%" { print $2 }')
  codes=$(echo "$result" | awk '/^CODES/ { $1 = ""; print }' | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/^ *//; s/ *$//')
  echo "$codes" | grep -qE '(^| )5[0-9][0-9]:' && failed=1
  echo "| $minute | $rps | $p50 | $p99 | $codes | $(rss) | $(heap) | $(caches) |"
done
grep -q OutOfMemoryError "$OUT/soak-server.log" && { echo "OutOfMemoryError in $OUT/soak-server.log"; exit 1; }
[ "$failed" = 0 ] || { echo "some requests answered 5xx"; exit 1; }
case "$JVM_OPTS" in
  *NativeMemoryTracking*) jcmd "$pid" VM.native_memory summary scale=MB | awk '/^Total|^-  *[A-Z]/' ;;
esac
echo "No OutOfMemoryError, no 5xx."
