#!/usr/bin/env bash
# Scale benchmark (issue 17): HOSTS hosts in CLUSTERS clusters, WEEKS weeks of hourly history each and RAW_DAYS days of
# 5-minute samples for the first RAW_HOSTS of them, all loaded through POST /api/v1/load; then single-host proposals
# rotating over every host under wrk (each host's first request a fit-cache miss), cluster plans, and the heap and
# cache weights from /q/metrics.
#
#   bench/scale.sh                          # 10,000 hosts, 100 clusters, 26 weeks hourly, 1,000 hosts with 35 days raw
#   LOAD=0 bench/scale.sh                   # measure again on what is loaded
#   MEASURE=0 bench/scale.sh                # load only
#   HOSTS=1000 CLUSTERS=10 RAW_HOSTS=100 bench/scale.sh
#
# Needs a running Lull (the packaged jar; give it the heap to be judged, e.g. -Xmx205m as the Kubernetes manifests do),
# SCHEMA its schema, psql access, wrk, curl, awk. The hosts are named scale-00000..; clusters scale-c-000...
set -euo pipefail
URL=${URL:-http://localhost:8080}
METRICS=${METRICS:-http://localhost:9000/q/metrics}
CREDENTIALS=${CREDENTIALS:-admin:lull}
HOSTS=${HOSTS:-10000}
CLUSTERS=${CLUSTERS:-100}
WEEKS=${WEEKS:-26}
RAW_HOSTS=${RAW_HOSTS:-1000}
RAW_DAYS=${RAW_DAYS:-35}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-60s}
LOAD=${LOAD:-1}
MEASURE=${MEASURE:-1}
SCHEMA=${SCHEMA:-lull_scale}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt}
OUT=${OUT:-$(dirname "$0")/out/scale}
mkdir -p "$OUT"
per_cluster=$((HOSTS / CLUSTERS))

heap() {
  curl -fsS "$METRICS" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { heap += $NF } /^cache_weight_bytes/ { cache += $NF }
    /^cache_max_weight_bytes/ { max += $NF } END { printf "heap used %.0f MB, caches %.1f MB of %.1f MB\n", heap / 1048576,
    cache / 1048576, max / 1048576 }'
}

if [ "$LOAD" = 1 ]; then
  echo "Inventory: $CLUSTERS clusters of $per_cluster hosts (minAvailable $((per_cluster * 9 / 10)))"
  t0=$(date +%s)
  for c in $(seq 0 $((CLUSTERS - 1))); do
    printf '{"name":"scale-c-%03d","minAvailable":%d}\n' "$c" $((per_cluster * 9 / 10))
  done | xargs -P2 -d '\n' -I{} curl -fsS -o /dev/null -u "$CREDENTIALS" -H 'Content-Type: application/json' -d {} \
    "$URL/api/v1/clusters"
  for h in $(seq 0 $((HOSTS - 1))); do
    printf '{"name":"scale-%05d","timeZone":"Europe/Paris","cluster":"scale-c-%03d"}\n' "$h" $((h / per_cluster))
  done | xargs -P2 -d '\n' -I{} curl -fsS -o /dev/null -u "$CREDENTIALS" -H 'Content-Type: application/json' -d {} \
    "$URL/api/v1/hosts"
  echo "  registered in $(( $(date +%s) - t0 )) s"

  end=$(( $(date +%s) / 3600 * 3600 ))
  raw_start=$(( end - RAW_DAYS * 86400 ))
  hourly=$((HOSTS * WEEKS * 168 - RAW_HOSTS * RAW_DAYS * 24))
  raw=$((RAW_HOSTS * RAW_DAYS * 288))
  echo "History: $hourly hourly samples and $raw five-minute samples, generated in files of ~500,000 rows ..."
  rm -f "$OUT"/batch-*
  awk -v hosts="$HOSTS" -v weeks="$WEEKS" -v end="$end" -v rawStart="$raw_start" -v rawHosts="$RAW_HOSTS" -v out="$OUT" '
    function day(t,   hour, dow, base) {
      hour = (strftime("%H", t, 1) + 1) % 24; dow = strftime("%u", t, 1)
      return 50 + 900 * (hour >= 7 && hour <= 20 ? sin((hour - 6) / 15 * 3.14159) : 0) * (dow >= 6 ? 0.4 : 1)
    }
    function row(line) {
      if (n % 500000 == 0) { if (file != "") close(file); file = sprintf("%s/batch-%05d.csv", out, n / 500000); print "host,at,messages" > file }
      print line > file; n++
    }
    BEGIN {
      srand(17); n = 0; file = ""
      for (t = end - weeks * 604800; t < end; t += 3600) {
        at = strftime("%Y-%m-%dT%H:%M:%SZ", t, 1); base = day(t)
        for (h = (t >= rawStart ? rawHosts : 0); h < hosts; h++) {
          row(sprintf("scale-%05d,%s,%d", h, at, 12 * base * (0.6 + (h % 7) / 10) * (0.9 + rand() * 0.2)))
        }
        if (t >= rawStart) {
          for (s = t; s < t + 3600; s += 300) {
            at = strftime("%Y-%m-%dT%H:%M:%SZ", s, 1)
            for (h = 0; h < rawHosts; h++) {
              row(sprintf("scale-%05d,%s,%d", h, at, base * (0.6 + (h % 7) / 10) * (0.9 + rand() * 0.2)))
            }
          }
        }
      }
    }'
  t0=$(date +%s)
  ls "$OUT"/batch-* | xargs -P2 -I{} curl -fsS -o /dev/null -u "$CREDENTIALS" -H 'Content-Type: text/csv' \
    --data-binary @{} "$URL/api/v1/load"
  seconds=$(( $(date +%s) - t0 ))
  echo "  loaded $((hourly + raw)) samples in $seconds s ($(( (hourly + raw) / (seconds > 0 ? seconds : 1) )) samples/s)"
  rm -f "$OUT"/batch-*
  # Fits read rollups index-only, which needs pages vacuum has marked all-visible; autovacuum would get there in its
  # own time (and some test machines run with it off), so the benchmark does not measure that wait.
  t0=$(date +%s)
  $PSQL -c "vacuum (analyze) $SCHEMA.load_hourly" -c "vacuum (analyze) $SCHEMA.load_sample"
  echo "  vacuumed in $(( $(date +%s) - t0 )) s"
fi
[ "$MEASURE" = 1 ] || exit 0

$PSQL -c "select 'on disk: ' || string_agg(t || ' ' || pg_size_pretty(s), ', ') from (
  select 'raw samples' t, sum(pg_total_relation_size(relid)) s from pg_partition_tree('$SCHEMA.load_sample') union all
  select 'hourly rollups', pg_total_relation_size('$SCHEMA.load_hourly')) x"
heap

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
rotation "$OUT/rotate.lua" "/api/v1/hosts/scale-%05d/proposals?duration=PT2H" 0 "$HOSTS" > /dev/null
for round in "first round (every host's fit built on its first request)" "second round"; do
  echo "--- single-host proposals rotating over $HOSTS hosts, $CONNECTIONS connections, $DURATION: $round"
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$OUT/rotate.lua" "$URL" | grep -E "50%|90%|99%|Requests/sec|Non-2xx"
  heap
done

echo "--- cluster plans ($per_cluster hosts each, minAvailable $((per_cluster * 9 / 10)), PT2H), one at a time"
for c in 0 1 2 3 4 10 20 30 40 50; do
  cluster=$(printf 'scale-c-%03d' "$c")
  curl -sS -o /dev/null -w "  $cluster %{http_code} %{time_total} s\n" -u "$CREDENTIALS" \
    -H 'Content-Type: application/json' -d "{\"cluster\":\"$cluster\",\"duration\":\"PT2H\"}" \
    "$URL/api/v1/proposals/plan"
done
heap
