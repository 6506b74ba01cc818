#!/usr/bin/env bash
# Cold proposals by concurrency (issue 17): starts the packaged service on the hosts bench/scale.sh loaded, with no
# fit warmed up, warms the JIT with 12 s of cold requests at 2 connections and 13 s at 16 (a path taken only when many
# requests overlap, Netty's writes among them, is otherwise compiled again during the 16-connection row, a third of a
# core for seconds) and then new questions about those hosts at 16 connections (new fits first: a sub-hour step is
# fitted apart) until the compiler is quiet (at most 1 s of compiling in 10 s, as jcmd's java.ci.totalTime counts; 160
# s at most), as a replica that has taken traffic is, then runs single-host proposal rotations over hosts not asked
# before, so that every request makes a new fit: 1 connection (hosts with 5-minute samples), 1 (hourly only), 4 and
# 16; with each row's CPU time per request, of the service (and of its JIT compiler threads among it) and of
# PostgreSQL (from /proc), and what the machine read from its disks meanwhile (/proc/vmstat).
#
#   bench/cold-proposals.sh                                   # HEAP=2400m, caches 30 %: k8s/overlays/large
#   HEAP=205m JAVA_OPTS=-XX:+ExitOnOutOfMemoryError bench/cold-proposals.sh   # the base manifests' heap
#   JAVA_OPTS="-Dlull.platform.caches.heap-share=0.3 -Dlull.proposals.warm-up.clusters=0" bench/cold-proposals.sh
#                                                             # without the clusters read at the start
#
# The service makes no fit at its start (warm-up.hosts=0), but reads every cluster's busy periods and booking context
# as a replica does (warm-up.clusters); the fits are all made on request.
#
# Needs the 10,000 hosts of `MEASURE=0 SCHEMA=lull_scale bench/scale.sh` (hosts 0-999 have 5-minute samples), the
# packaged jar (./mvnw package -DskipTests), wrk, psql as a superuser (PSQL) and a free port 8080. So that rows pay
# for the disk as little as the machine allows (each says what it read), PostgreSQL itself first reads what the fits
# read into the OS cache (pg_prewarm: the hourly rollups' index, the weekly rows, the raw samples of the last six
# weeks, the small tables): pages a short-lived process reads (cat, say) may be dropped with it on machines that give
# each command its own memory cgroup, as some test machines do.
set -euo pipefail
APP=${APP:-target/quarkus-app}
HEAP=${HEAP:-2400m}
JAVA_OPTS=${JAVA_OPTS:--Dlull.platform.caches.heap-share=0.3}
SCHEMA=${SCHEMA:-lull_scale}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt}
URL=${URL:-http://localhost:8080}
CREDENTIALS=${CREDENTIALS:-admin:lull}
OUT=${OUT:-$(dirname "$0")/out/cold-proposals}
mkdir -p "$OUT"

# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
# A rotation over hosts FIRST..FIRST+COUNT-1, over again from the first when it runs out (those answers are held).
rotate() {
  rotation "$OUT/r-$1.lua" "/api/v1/hosts/scale-%05d/proposals?duration=PT2H" "$1" "$2"
}

t0=$(date +%s)
megabytes=$($PSQL -c "set client_min_messages = warning" -c "create extension if not exists pg_prewarm" \
  -c "select round(sum(pg_prewarm(c.oid::regclass, 'read'))
  * 8 / 1024.0) from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = '$SCHEMA' and c.relkind in ('r', 'i')
    and (c.relname in ('load_hourly_pkey', 'load_week', 'load_week_pkey') or c.relname !~ '^load_'
    or to_date(substring(c.relname from '^load_sample_(\d{8})'), 'YYYYMMDD') > current_date - 43)")
echo "read into the OS cache by PostgreSQL: $megabytes MB in $(( $(date +%s) - t0 )) s"

# shellcheck disable=SC2086
LULL_PROPOSALS_WARM_UP_HOSTS=0 start_lull "$OUT/service.log" -Xmx"$HEAP" $JAVA_OPTS -jar "$APP/quarkus-run.jar"

# Milliseconds the JIT compilers have worked since the start.
compiled_ms() { jcmd "$LULL_PID" PerfCounter.print | awk -F= '/^java.ci.totalTime=/ {printf "%d", $2 / 1000000}'; }
echo "heap $HEAP ($JAVA_OPTS); JIT warm-up: cold requests, 12 s at 2 connections over hosts 7000-8499, 13 s at 16" \
  "over hosts 8500-9999"
wrk -t1 -c2 -d12s -s "$(rotate 7000 1500)" "$URL" > /dev/null
wrk -t1 -c16 -d13s -s "$(rotate 8500 1500)" "$URL" > /dev/null
# question, first host, hosts: the sub-hour steps make new fits (of hosts not asked with one yet), the rest new answers
rounds=("step=PT15M 7000 1500" "step=PT30M 8500 1500")
for hours in $(seq 3 16); do rounds+=("duration=PT${hours}H 7000 3000"); done
for round in "${rounds[@]}"; do
  # shellcheck disable=SC2086
  set -- $round
  question=$1
  before=$(compiled_ms)
  wrk -t1 -c16 -d10s -s "$(rotation "$OUT/w.lua" "/api/v1/hosts/scale-%05d/proposals?$1" "$2" "$3")" "$URL" > /dev/null
  compiled=$(( $(compiled_ms) - before ))
  [ "$compiled" -le 1000 ] && break
done
echo "  then new questions (the last: $question) until the compiler is quiet: $compiled ms of compiling in the last" \
  "10 s"
# connections, first host, hosts, duration: each range its own; a run that asks more requests than its range holds
# hosts has answered some from the cache, and says so
# CPU time in ms (user + system, from /proc) of the service, and of every PostgreSQL process together
service_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$LULL_PID/stat"; }
postgres_cpu() {
  for pid in $(pgrep -x postgres); do cat "/proc/$pid/stat" 2>/dev/null; done |
    awk -v hz="$(getconf CLK_TCK)" '{sum += $14 + $15} END {printf "%d", sum * 1000 / hz}'
}
# CPU time in ms of the service's JIT compiler threads (C1 and C2)
compiler_cpu() {
  for task in /proc/"$LULL_PID"/task/*; do
    if grep -q '^C[12] CompilerThre' "$task/comm" 2>/dev/null; then cat "$task/stat" 2>/dev/null || true; fi
  done | awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); sum += $12 + $13} END {printf "%d", sum * 1000 / hz}'
}
# KB the machine has read from its disks since it booted: a row that reads much paid for the disk, not only CPU
disk_kb() { awk '/^pgpgin / {print $2}' /proc/vmstat; }
for spec in "1 0 1000 3s" "1 1000 1000 3s" "4 2000 2000 5s" "16 4000 3000 6s"; do
  set -- $spec
  service0=$(service_cpu) postgres0=$(postgres_cpu) disk0=$(disk_kb) compiler0=$(compiler_cpu)
  wrk -t1 -c"$1" -d"$4" --latency -s "$(rotate "$2" "$3")" "$URL" > "$OUT/wrk.txt"
  awk -v c="$1" -v h="$2" -v m="$3" -v service=$(( $(service_cpu) - service0 )) \
      -v postgres=$(( $(postgres_cpu) - postgres0 )) -v disk=$(( $(disk_kb) - disk0 )) \
      -v compiler=$(( $(compiler_cpu) - compiler0 )) '
    / 50%/ {p50 = $2} / 99%/ {p99 = $2} /Requests\/sec/ {rps = $2} /requests in/ {n = $1} /Non-2xx/ {bad = $NF}
    END {printf "%2d connections, hosts %d-%d: p50 %s, p99 %s, %s requests/s, %s requests%s%s;" \
                " CPU per request: service %.1f ms (JIT compiler %.2f ms), PostgreSQL %.1f ms; %.1f MB read from disk\n",
                c, h, h + m - 1,
                p50, p99, rps, n, (bad ? ", " bad " not 2xx" : ""), (n > m ? " (WRAPPED: some answers were held)" : ""),
                service / n, compiler / n, postgres / n, disk / 1024}' "$OUT/wrk.txt"
done
