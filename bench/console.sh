#!/usr/bin/env bash
# Console page render times: starts a packaged Lull (APP, default target/quarkus-app) with the demo data on its own
# schema, signs in as the requester through the login form, books one change, then asks each page ROUNDS times
# (default 20, after WARMUP rounds over all pages, default 0) and prints the best, median and p90 server answer time (curl's time_starttransfer) and its size.
#
#   ./mvnw -B package -DskipTests && bench/console.sh
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres), curl, python3.
set -uo pipefail
APP=${APP:-target/quarkus-app}
SCHEMA=${SCHEMA:-lull_bench_console}
PORT=${PORT:-18092}
ROUNDS=${ROUNDS:-20}
WARMUP=${WARMUP:-0}
URL=http://localhost:$PORT
WORK=$(mktemp -d)
users=()
for user in requester:requester viewer:viewer; do
  name=${user%%:*}; role=${user##*:}
  users+=("QUARKUS_SECURITY_USERS_EMBEDDED_USERS_${name^^}=lull" "QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_${name^^}=$role")
done
env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
  QUARKUS_FLYWAY_SCHEMAS=$SCHEMA QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START=true \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= LULL_DEMO_ENABLED=true \
  QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=0 "${users[@]}" \
  java -jar "$APP/quarkus-run.jar" > "$WORK/log" 2>&1 &
PID=$!
trap 'kill $PID 2> /dev/null; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
for _ in $(seq 1 180); do curl -fs -u viewer:lull "$URL/api/v1/hosts/mbox-01" > /dev/null && break; sleep 1; done

start=$(python3 -c 'import datetime; d = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=3); print(d.strftime("%Y-%m-%dT02:00:00Z"))')
end=${start/T02:/T04:}
id=$(curl -s -u requester:lull -H 'Content-Type: application/json' "$URL/api/v1/changes" -d "{\"title\": \"Patch sql-01\",
  \"type\": \"NORMAL\", \"hosts\": [\"sql-01\"], \"window\": {\"start\": \"$start\", \"end\": \"$end\"},
  \"plan\": [{\"title\": \"patch\", \"role\": \"database-admin\", \"duration\": \"PT30M\"}]}" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
curl -s -c "$WORK/jar" -o /dev/null "$URL/login"
curl -s -b "$WORK/jar" -c "$WORK/jar" -o /dev/null -d 'j_username=requester&j_password=lull' "$URL/j_security_check"

PAGES=(/ "/?view=month" "/changes/$id" /hosts /hosts/mbox-01 /clusters/mbox /changes/new /gates /me /admin
  /admin/hosts /admin/clusters /admin/blackouts /admin/roles /admin/service-levels)
for _ in $(seq 1 "$WARMUP"); do
  for page in "${PAGES[@]}"; do curl -s -b "$WORK/jar" -o /dev/null "$URL$page"; done
done
printf '%-22s %8s %8s %8s %9s\n' page best median p90 bytes
for page in "${PAGES[@]}"; do
  for _ in $(seq 1 "$ROUNDS"); do
    curl -s -b "$WORK/jar" -o "$WORK/page${page//\//_}" -w '%{time_starttransfer} %{size_download}\n' "$URL$page"
  done | sort -n | python3 -c '
import sys
rows = [line.split() for line in sys.stdin]
times = [float(r[0]) * 1000 for r in rows]
print("%-22s %6.1f ms %6.1f ms %6.1f ms %9s" % (sys.argv[1], times[0], times[len(times) // 2],
      times[int(len(times) * 0.9)], rows[0][1]))' "$page"
done
