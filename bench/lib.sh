#!/usr/bin/env bash
# Shared by the benchmarks (sourced): the wrk script of a host rotation, and the packaged service started for a run.

# rotation FILE PATH FIRST COUNT: writes FILE, a wrk script that GETs PATH (a printf format whose one %d is the host's
# number) for hosts FIRST..FIRST+COUNT-1 in turn, then over again from FIRST, as CREDENTIALS; prints FILE.
rotation() {
  cat > "$1" <<LUA
local counter = -1
request = function()
  counter = (counter + 1) % $4
  return wrk.format("GET", string.format("$2", $3 + counter),
    { ["Authorization"] = "Basic $(printf %s "${CREDENTIALS:-admin:lull}" | base64)" })
end
LUA
  echo "$1"
}

# start_lull LOG JAVA_ARGS...: starts the packaged service in the background on SCHEMA, with admin:lull as its
# admin and retention off, its output in LOG; it is stopped when the script exits. Refuses to start while something
# answers at URL already (its readiness would be taken for this one's). Waits until it is ready
# (/q/health/ready at URL, as Kubernetes waits), or stops the script if it dies first.
start_lull() {
  local log=$1
  shift
  if curl -fs -o /dev/null "$URL/q/health/ready"; then
    echo "something already answers at $URL; stop it first"
    exit 1
  fi
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= QUARKUS_FLYWAY_SCHEMAS="$SCHEMA" \
  QUARKUS_SECURITY_USERS_EMBEDDED_USERS_ADMIN=lull QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_ADMIN=admin \
  LULL_LOAD_RETENTION_EVERY=off java "$@" > "$log" 2>&1 &
  LULL_PID=$!
  trap 'kill $LULL_PID 2>/dev/null; wait $LULL_PID 2>/dev/null || true' EXIT
  until curl -fs -o /dev/null "$URL/q/health/ready"; do
    kill -0 $LULL_PID 2>/dev/null || { echo "the service died; see $log"; exit 1; }
    sleep 0.05
  done
}

# fit_gets RESULT: the fit cache's gets with RESULT (hit or miss), as METRICS (/q/metrics) counts them.
fit_gets() {
  curl -fsS "$METRICS" | awk -v result="result=\"$1\"" '
    /^cache_gets_total\{/ && /cache="proposal-fits"/ && index($0, result) {n = $NF} END {printf "%d", n}'
}

# ingest_loop: every EVERY seconds, one sample per host (PREFIX, DIGITS, HOSTS) for each of STAMPS (seconds before
# now, default "0": stamped now; "60 0" sends the last minute as a pull would, the hour before too just after the
# hour turns); each ingest's status and seconds go to $OUT/ingests.
ingest_loop() {
  while true; do
    now=$(date -u +%s)
    : > "$OUT/live.csv.tmp"
    for back in ${STAMPS:-0}; do
      at=$(date -u -d "@$(( now - back ))" +%Y-%m-%dT%H:%M:%SZ)
      awk -v hosts="$HOSTS" -v prefix="$PREFIX" -v digits="$DIGITS" -v at="$at" 'BEGIN {
        for (h = 0; h < hosts; h++) printf "%s%0" digits "d,%s,%d\n", prefix, h, at, 100 + (h * 7) % 50 }' \
        >> "$OUT/live.csv.tmp"
    done
    { echo "host,at,messages"; cat "$OUT/live.csv.tmp"; } > "$OUT/live.csv"
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "$CREDENTIALS" -H 'Content-Type: text/csv' \
      --data-binary @"$OUT/live.csv" "$URL/api/v1/load" >> "$OUT/ingests"
    sleep "$EVERY"
  done
}
