#!/usr/bin/env bash
# Remote write benchmark: the same five-minute samples through POST /api/v1/load/prometheus (Prometheus remote write,
# snappy protobuf) and through POST /api/v1/load (CSV), in requests of the same size; prints both throughputs.
#
#   bench/remote-write.sh                              # 200 hosts x 10,000 samples = 2,000,000, 2,000 per request
#   PER_REQUEST=10000 bench/remote-write.sh            # bigger requests (Prometheus' max_samples_per_send)
#   KIND=counter bench/remote-write.sh                 # lull_messages_total: increases per step, state per host
#
# The hosts are deleted with search_path set to SCHEMA: their triggers name the tables without a schema.
# Needs a running Lull (./mvnw quarkus:dev, or the packaged jar), psql access to its database, and this checkout's
# packaged service in APP (default target/quarkus-app: the bench client uses its protobuf-java and snappy-java).
set -euo pipefail
cd "$(dirname "$0")/.."
export URL=${URL:-http://localhost:8080}
export CREDENTIALS=${CREDENTIALS:-admin:lull}
export HOSTS=${HOSTS:-200} PER_HOST=${PER_HOST:-10000} PER_REQUEST=${PER_REQUEST:-2000} PARALLEL=${PARALLEL:-2}
export KIND=${KIND:-gauge}
PSQL=${PSQL:-psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt}
SCHEMA=${SCHEMA:-lull_dev}
OUT=${OUT:-bench/out}
mkdir -p "$OUT"

APP=${APP:-target/quarkus-app}   # the packaged service's own protobuf-java and snappy-java
CLASSPATH_JARS=$(ls "$APP"/lib/main/com.google.protobuf.protobuf-java-*.jar "$APP"/lib/main/org.xerial.snappy.snappy-java-*.jar | paste -sd:)
$PSQL -c "set search_path to $SCHEMA; delete from host where name like 'rwb-%' or name like 'csvb-%'" \
      -c "vacuum full $SCHEMA.load_sample" -c "vacuum full $SCHEMA.load_hourly"
for h in $(seq 0 $((HOSTS - 1))); do   # hosts first: remote write ignores unknown hosts unless create-hosts is on
  for prefix in rwb csvb; do
    curl -fsS -o /dev/null -u "$CREDENTIALS" -H 'Content-Type: application/json' \
      -d "{\"name\":\"$(printf '%s-%03d' "$prefix" "$h")\",\"timeZone\":\"UTC\"}" "$URL/api/v1/hosts"
  done
done
java -cp "$CLASSPATH_JARS" bench/RemoteWriteBench.java
rows() { $PSQL -c "select count(*) from $SCHEMA.load_sample s join $SCHEMA.host h on h.id = s.host_id where h.name like '$1-%'"; }
echo "stored: remote write $(rows rwb) samples, CSV $(rows csvb) samples"
if [ "${KEEP:-0}" != 1 ]; then
  $PSQL -c "set search_path to $SCHEMA; delete from host where name like 'rwb-%' or name like 'csvb-%'"
fi
