#!/usr/bin/env bash
# Counts the SQL statements one proposal request sends to PostgreSQL: a first request for a host, a repeated
# question (answer-cache hit) and new questions (answer-cache misses), from PostgreSQL's own statement log.
#
#   ROLE=lull_bench_log LOG=/var/log/postgresql/postgresql-15-main.log bench/miss-statements.sh
#
# Needs a running Lull that connects as ROLE, a role made for it alone with every statement logged:
#   create role lull_bench_log login superuser;
#   alter role lull_bench_log set log_min_duration_statement = 0;
# (the setting applies to connections opened after it, so start Lull after it), read access to LOG, and curl, psql.
# Loads nothing itself: HOST is a host with history (bench/proposals.sh with LOAD_ONLY=1 makes bench-p-000); the
# first request is a cold one (fit, busy periods, booking context read) when HOST was not asked since the start.
# Statements of the background jobs (mail and webhook delivery, load-source pulls, reminders) that fall into a
# request's half second are left out; transaction control (BEGIN/COMMIT) and SET are not counted.
set -euo pipefail
URL=${URL:-http://localhost:8080}
CREDENTIALS=${CREDENTIALS:-admin:lull}
ROLE=${ROLE:-lull_bench_log}
LOG=${LOG:-/var/log/postgresql/postgresql-15-main.log}
HOST=${HOST:-bench-p-000}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d postgres -qAt}

# The statements (executions, not parse/bind steps) that ROLE's connections logged while one request ran.
count() {
  local label=$1 path=$2 before after pids
  before=$(wc -l < "$LOG")
  curl -fsS -o /dev/null -u "$CREDENTIALS" "$URL$path"
  sleep 0.5
  after=$(wc -l < "$LOG")
  pids=$($PSQL -c "select string_agg(pid::text, '|') from pg_stat_activity where usename = '$ROLE'")
  local lines
  lines=$(sed -n "$((before + 1)),${after}p" "$LOG" | grep -E "\[($pids)\] ([^ ]+ )?LOG:  duration: [0-9.]+ ms  (execute|statement)" \
    | grep -vE "(execute|statement)[^:]*: (BEGIN|COMMIT|ROLLBACK|SET |set |select 1$)" \
    | grep -vE "(execute|statement)[^:]*: (with due as|update load_source|update change_request set reminded_at|SELECT c\.oid)" \
    || true)
  printf '%-48s %3d statements\n' "$label" "$(printf '%s' "$lines" | grep -c . || true)"
  if [ "${VERBOSE:-0}" = 1 ]; then
    printf '%s\n' "$lines" | sed -E 's/.*(execute|statement)[^:]*: /    /' | cut -c1-150
  fi
}

# A minute in the hour that the caches have not seen yet gives a fresh question each run.
minutes=$((60 + RANDOM % 300))
count "first request of $HOST (PT${minutes}M)" "/api/v1/hosts/$HOST/proposals?duration=PT${minutes}M&limit=3"
count "the same question again (answer-cache hit)" "/api/v1/hosts/$HOST/proposals?duration=PT${minutes}M&limit=3"
count "a new question (answer-cache miss)" "/api/v1/hosts/$HOST/proposals?duration=PT$((minutes + 1))M&limit=3"
count "another new question (answer-cache miss)" "/api/v1/hosts/$HOST/proposals?duration=PT$((minutes + 2))M&limit=2"
