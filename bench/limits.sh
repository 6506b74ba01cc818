#!/usr/bin/env bash
# Request-limit reproducers: starts a packaged Lull (APP, default target/quarkus-app) with the demo data on its own
# schema, sends each reproducer of the hardening issue to a fresh process, and prints the answer, its time, and the
# process's resident memory (VmRSS, peak VmHWM) before and after, or that the process exited.
#
#   ./mvnw -B package -DskipTests && bench/limits.sh
#   APP=/tmp/old/target/quarkus-app SCHEMA=lull_limits_old bench/limits.sh     # the same against an older build
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres), curl, python3.
set -uo pipefail
APP=${APP:-target/quarkus-app}
SCHEMA=${SCHEMA:-lull_limits}
PORT=${PORT:-18090}
HEAP=${HEAP:-2g}
URL=http://localhost:$PORT
BODY=$(mktemp)
python3 -c 'import sys; sys.stdout.write("{\"duration\":\"PT2H\",\"hosts\":[" + ",".join(["\"h\""] * 5_000_000) + "]}")' > "$BODY"

start() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
  QUARKUS_FLYWAY_SCHEMAS=$SCHEMA QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
  LULL_DEMO_ENABLED=true QUARKUS_SECURITY_USERS_EMBEDDED_USERS_VIEWER=lull \
  QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_VIEWER=viewer QUARKUS_HTTP_PORT=$PORT \
  java -Xmx$HEAP -XX:+ExitOnOutOfMemoryError -jar "$APP/quarkus-run.jar" > "$BODY.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do curl -fs -u viewer:lull "$URL/api/v1/hosts/mbox-01" > /dev/null && break; sleep 1; done
  sleep 3
}
memory() { grep -E 'VmRSS|VmHWM' /proc/$PID/status 2>/dev/null | tr -s ' \t' ' ' | tr '\n' ' '; }
try() {
  local name=$1; shift
  start
  echo "$name: before: $(memory)"
  local answer
  answer=$(curl -s -o "$BODY.answer" -w '%{http_code} in %{time_total}s' -u viewer:lull --max-time 120 "$@")
  sleep 1
  if kill -0 $PID 2> /dev/null; then
    echo "$name: HTTP $answer; after: $(memory)"; kill $PID; wait $PID 2> /dev/null
  else
    echo "$name: HTTP $answer; the process exited: $(grep -m1 -i outofmemory "$BODY.log")"
  fi
  head -c 200 "$BODY.answer"; echo
}
try proposals-in-2200 "$URL/api/v1/hosts/mbox-01/proposals?from=2200-01-01T00:00:00Z&to=2200-03-01T00:00:00Z"
try plan-in-2400 -H 'Content-Type: application/json' \
  -d '{"cluster":"mbox","duration":"PT2H","from":"2400-01-01T00:00:00Z"}' "$URL/api/v1/proposals/plan"
try plan-with-5M-hosts -H 'Content-Type: application/json' --data-binary "@$BODY" "$URL/api/v1/proposals/plan"
rm -f "$BODY" "$BODY.log" "$BODY.answer"
