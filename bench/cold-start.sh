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

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
rotation "$OUT/cold-rotate.lua" "/api/v1/hosts/bench-p-%03d/proposals?$QUESTION" 0 "$HOSTS" > /dev/null

start_ms=$(date +%s%3N)
# Ready as Kubernetes sees it: the database answers and the fits of the most ingested hosts are made (FitWarmUp).
# shellcheck disable=SC2086
start_lull "$OUT/cold-start.log" -Xmx"$HEAP" $JAVA_OPTS -jar "$APP/quarkus-run.jar"
echo "ready after $(( $(date +%s%3N) - start_ms )) ms ($(grep -o 'started in [0-9.]*s' "$OUT/cold-start.log"))"
echo "--- the first $WINDOW after it is ready"
wrk -t1 -c"$CONNECTIONS" -d"$WINDOW" --latency -s "$OUT/cold-rotate.lua" "$URL" | grep -E "50%|99%|Requests/sec|Non-2xx"
echo "--- warm (after 30 s more of the same)"
wrk -t1 -c"$CONNECTIONS" -d30s -s "$OUT/cold-rotate.lua" "$URL" > /dev/null
wrk -t1 -c"$CONNECTIONS" -d"$WINDOW" --latency -s "$OUT/cold-rotate.lua" "$URL" | grep -E "50%|99%|Requests/sec|Non-2xx"
