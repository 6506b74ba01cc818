#!/usr/bin/env bash
# Cold start (issue 17): starts the packaged service, times how long until it is ready (/q/health/ready), then
# measures repeated single-host proposals in the first WINDOW after that and again once warm, under wrk.
#
#   bench/cold-start.sh                                     # target/quarkus-app, no extra JVM options
#   APP=/tmp/cds-app JAVA_OPTS='-XX:SharedArchiveFile=/tmp/cds-app/app-cds.jsa' bench/cold-start.sh
#
#   QUESTION=duration=PT1H bench/cold-start.sh                # another question than the standard one
#
# Runs on the hosts and history bench/proposals.sh loads (LOAD_ONLY=1) in SCHEMA; the port in URL must be free.
# Build the AppCDS archive with: ./mvnw package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
set -euo pipefail
APP=${APP:-target/quarkus-app}
JAVA_OPTS=${JAVA_OPTS:-}
HEAP=${HEAP:-205m}
SCHEMA=${SCHEMA:-lull_bench}
URL=${URL:-http://localhost:8080}
CREDENTIALS=${CREDENTIALS:-admin:lull}
HOSTS=${HOSTS:-200}
CONNECTIONS=${CONNECTIONS:-16}
WINDOW=${WINDOW:-10s}
QUESTION=${QUESTION:-duration=PT2H}
OUT=${OUT:-$(dirname "$0")/out}
mkdir -p "$OUT"

cat > "$OUT/cold-rotate.lua" <<LUA
local counter = -1
request = function()
  counter = (counter + 1) % $HOSTS
  return wrk.format("GET", string.format("/api/v1/hosts/bench-p-%03d/proposals?$QUESTION", counter),
    { ["Authorization"] = "Basic $(printf %s "$CREDENTIALS" | base64)" })
end
LUA

start_ms=$(date +%s%3N)
# shellcheck disable=SC2086
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_FLYWAY_SCHEMAS="$SCHEMA" \
QUARKUS_SECURITY_USERS_EMBEDDED_USERS_ADMIN=lull QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_ADMIN=admin \
LULL_LOAD_RETENTION_EVERY=off java -Xmx"$HEAP" $JAVA_OPTS -jar "$APP/quarkus-run.jar" > "$OUT/cold-start.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
# Ready as Kubernetes sees it: the database answers and the fits of the most ingested hosts are made (FitWarmUp).
until curl -fs -o /dev/null "$URL/q/health/ready"; do
  kill -0 $pid 2>/dev/null || { echo "the service died; see $OUT/cold-start.log"; exit 1; }
  sleep 0.05
done
echo "ready after $(( $(date +%s%3N) - start_ms )) ms ($(grep -o 'started in [0-9.]*s' "$OUT/cold-start.log"))"
echo "--- the first $WINDOW after it is ready"
wrk -t1 -c"$CONNECTIONS" -d"$WINDOW" --latency -s "$OUT/cold-rotate.lua" "$URL" | grep -E "50%|99%|Requests/sec|Non-2xx"
echo "--- warm (after 30 s more of the same)"
wrk -t1 -c"$CONNECTIONS" -d30s -s "$OUT/cold-rotate.lua" "$URL" > /dev/null
wrk -t1 -c"$CONNECTIONS" -d"$WINDOW" --latency -s "$OUT/cold-rotate.lua" "$URL" | grep -E "50%|99%|Requests/sec|Non-2xx"
