#!/usr/bin/env bash
# Ingest benchmark: the same N samples through POST /api/v1/load (CSV, in batches) and through psql \copy
# into a table of the same key and indexes; prints both throughputs, their ratio and bytes stored per sample.
#
#   bench/ingest.sh                       # 200 hosts x 10,000 five-minute samples = 2,000,000
#   HOSTS=20 PER_HOST=5000 bench/ingest.sh
#   SCHEMA=lull_scale VACUUM=0 bench/ingest.sh   # beside the 10,000 hosts bench/scale.sh loaded, without rewriting them
#
# Needs a running Lull (./mvnw quarkus:dev, or the packaged jar) and psql access to its database.
set -euo pipefail
URL=${URL:-http://localhost:8080}
CREDENTIALS=${CREDENTIALS:-admin:lull}
HOSTS=${HOSTS:-200}
PER_HOST=${PER_HOST:-10000}
BATCH=${BATCH:-200000}
PARALLEL=${PARALLEL:-2}   # concurrent ingest requests, as a pair of agents would send
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt}
SCHEMA=${SCHEMA:-lull_dev}
OUT=${OUT:-$(dirname "$0")/out}
mkdir -p "$OUT"
rm -f "$OUT"/batch-* "$OUT"/copy.csv

if [ "${VACUUM:-1}" = 1 ]; then   # no bloat from earlier runs; VACUUM=0 on a freshly loaded schema (bench/scale.sh)
  $PSQL -c "vacuum full $SCHEMA.load_sample" -c "vacuum full $SCHEMA.load_hourly"
fi
total=$((HOSTS * PER_HOST))
start=$(( $(date +%s) / 300 * 300 - PER_HOST * 300 ))
echo "Generating $total samples ($HOSTS hosts x $PER_HOST five-minute samples) ..."
awk -v hosts="$HOSTS" -v per="$PER_HOST" -v start="$start" -v batch="$BATCH" -v out="$OUT" 'BEGIN {
  srand(42); n = 0; file = "";
  for (i = 0; i < per; i++) {
    t = start + i * 300; at = strftime("%Y-%m-%dT%H:%M:%SZ", t, 1);
    for (h = 0; h < hosts; h++) {
      if (n % batch == 0) { if (file != "") close(file); file = sprintf("%s/batch-%05d.csv", out, n / batch); print "host,at,messages" > file }
      m = int(500 + 400 * sin(i / 45.8) + rand() * 50); name = sprintf("bench-%03d", h);
      print name "," at "," m > file; print (h + 1) "\t" at "\t" m > (out "/copy.csv"); n++
    }
  }
}'

echo "API: POST $URL/api/v1/load (text/csv), $(ls "$OUT"/batch-* | wc -l) batches, $PARALLEL at a time ..."
for h in $(seq 0 $((HOSTS - 1))); do   # hosts first, so that concurrent batches need not create them
  curl -sS -o /dev/null -u "$CREDENTIALS" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$(printf 'bench-%03d' "$h")\",\"timeZone\":\"UTC\"}" "$URL/api/v1/hosts"
done
api_start=$(date +%s.%N)
ls "$OUT"/batch-* | xargs -P "$PARALLEL" -I{} curl -fsS -u "$CREDENTIALS" -H 'Content-Type: text/csv' \
  --data-binary @{} "$URL/api/v1/load" -o /dev/null
api_seconds=$(echo "$(date +%s.%N) - $api_start" | bc -l)

echo "COPY: psql \\copy into bench_copy (same primary key and indexes) ..."
$PSQL -c "drop table if exists public.bench_copy" \
      -c "create table public.bench_copy (at timestamptz not null, messages double precision not null, host_id integer not null, primary key (host_id, at))"
copy_start=$(date +%s.%N)
$PSQL -c "\\copy public.bench_copy (host_id, at, messages) from '$OUT/copy.csv'"
copy_seconds=$(echo "$(date +%s.%N) - $copy_start" | bc -l)

api_bytes=$($PSQL -c "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = '$SCHEMA.load_sample'::regclass")
api_rows=$($PSQL -c "select count(*) from $SCHEMA.load_sample")
copy_bytes=$($PSQL -c "select pg_total_relation_size('public.bench_copy')")
rollup_bytes=$($PSQL -c "select pg_total_relation_size('$SCHEMA.load_hourly')")
rollup_rows=$($PSQL -c "select count(*) from $SCHEMA.load_hourly")

printf '\n%-34s %12s %14s %12s\n' "path" "seconds" "samples/s" "bytes/sample"
printf '%-34s %12.1f %14.0f %12.1f\n' "API (CSV, $PARALLEL concurrent batches)" "$api_seconds" "$(echo "$total / $api_seconds" | bc -l)" "$(echo "$api_bytes / $api_rows" | bc -l)"
printf '%-34s %12.1f %14.0f %12.1f\n' "psql \\copy (same key)" "$copy_seconds" "$(echo "$total / $copy_seconds" | bc -l)" "$(echo "$copy_bytes / $total" | bc -l)"
printf '\nratio API / COPY throughput: %.2f\n' "$(echo "$copy_seconds / $api_seconds" | bc -l)"
printf 'hourly rollups: %d rows, %.1f bytes each (one per host and hour)\n' "$rollup_rows" "$(echo "$rollup_bytes / $rollup_rows" | bc -l)"

if [ "${KEEP:-0}" != 1 ]; then
  $PSQL -c "drop table public.bench_copy" -c "delete from $SCHEMA.host where name like 'bench-%'"
  rm -f "$OUT"/batch-* "$OUT"/copy.csv
fi
