#!/usr/bin/env bash
# Intake benchmark of `voxpop serve` on loopback, as docs/benchmarks.md describes: SQLite, then
# (with WITH_PG=1, as root, Debian's PostgreSQL installed) a throwaway PostgreSQL on port 55441.
# Per store: wrk warm-up; one appeal a request (256 connections, 20 s); arrays of 20 (32
# connections, 60 s); an offered 5,000 appeals/s with h2load (30 s) with the worker's lag read once
# a second. Needs wrk, h2load (nghttp2-client), curl, python3. Usage:
#   voxpop-bench/intake.sh            SKIP_SQLITE=1 WITH_PG=1 voxpop-bench/intake.sh
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
J=${J:-$here/voxpop-cli/target/voxpop.jar}
[ -f "$J" ] || "$here/voxpop" --version >/dev/null   # builds the tool if needed
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
S=$here/voxpop-bench/src/main/resources/voxpop/bench/intake
cat > /tmp/body.json <<'B'
{"text":"Когда в нашем посёлке проведут газ и починят дорогу?","region":"Курская область","age_group":"45-59"}
B
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# the worker's part of GET /api/v1/stats; with an argument, that field of it
worker() {
  curl -s http://127.0.0.1:18080/api/v1/stats |
    python3 -c 'import json,sys; w=json.load(sys.stdin)["worker"]; print(w[sys.argv[1]] if len(sys.argv)>1 else w)' "$@"
}
run_store() {
  local name=$1; shift
  local args=("$@")
  local TOKEN
  TOKEN=$($JAVA -jar $J token create --channel web "${args[@]}" 2>/dev/null | tail -1)
  $JAVA -Xmx1g -XX:+UseParallelGC -jar $J serve "${args[@]}" --port 18080 --host 127.0.0.1 > /tmp/serve-$name.log 2>&1 &
  local pid=$!
  for i in $(seq 1 60); do curl -s -o /dev/null http://127.0.0.1:18080/health/live && break; sleep 0.5; done
  echo "== $name: warm-up"; VOXPOP_TOKEN=$TOKEN wrk -t1 -c256 -d10s -s $S/appeals.lua http://127.0.0.1:18080 | grep -E "Requests/sec|non-2xx"
  echo "== $name: one appeal a request, 256 connections, 20 s"; c1=$(awk '{print $14+$15}' /proc/$pid/stat)
  VOXPOP_TOKEN=$TOKEN wrk -t1 -c256 -d20s --latency -s $S/appeals.lua http://127.0.0.1:18080 | grep -E "Requests/sec|Latency|99%|50%|non-2xx"
  c2=$(awk '{print $14+$15}' /proc/$pid/stat); echo "server CPU s: $(( (c2-c1)/100 ))"
  echo "== $name: arrays of 20, 32 connections, 60 s"
  VOXPOP_TOKEN=$TOKEN VOXPOP_BATCH=20 wrk -t1 -c32 -d60s --latency -s $S/batch.lua http://127.0.0.1:18080 | grep -E "Requests/sec|Latency|99%|non-2xx"
  echo "lag at the end: $(worker lag_appeals)"
  c3=$(awk '{print $14+$15}' /proc/$pid/stat); echo "server CPU s: $(( (c3-c2)/100 ))"
  sleep 20
  echo "lag after drain: $(worker)"
  echo "== $name: offered 5,000/s, h2load 250 x 20/s, 30 s"
  ( for i in $(seq 1 30); do worker lag_appeals; sleep 1; done > /tmp/lag-$name.txt ) &
  local lagpid=$!
  h2load --h1 -c 250 --rps 20 -D 30 -m 1 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d /tmp/body.json --log-file=/tmp/h2-$name-$$.log http://127.0.0.1:18080/api/v1/appeals | grep -E "requests:|status codes|finished in"
  wait $lagpid
  python3 - /tmp/h2-$name-$$.log <<'P'
import sys
lat=sorted(int(l.split()[2]) for l in open(sys.argv[1]) if l.strip())
n=len(lat); p=lambda q: lat[min(n-1,int(q*n))]/1000
print("latency ms: p50 %.1f p90 %.1f p99 %.1f max %.1f over %d" % (p(.5),p(.9),p(.99),lat[-1]/1000,n))
P
  echo "worker lag during h2load: max $(sort -n /tmp/lag-$name.txt | tail -1), last $(tail -1 /tmp/lag-$name.txt)"
  curl -s http://127.0.0.1:18080/metrics | grep -E "^voxpop_store_(committed_rows|commits) " 
  kill $pid; wait $pid 2>/dev/null
}
if [ -z "${SKIP_SQLITE:-}" ]; then rm -rf /tmp/ib-sqlite; mkdir -p /tmp/ib-sqlite
run_store sqlite --data /tmp/ib-sqlite; fi
[ -n "${WITH_PG:-}" ] || { echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"; exit 0; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdir=$(mktemp -d /tmp/ib-pg.XXXXXX); chown -R postgres:postgres $pgdir
su postgres -s /bin/sh -c "$pgbin/initdb -D $pgdir/data -A trust -U postgres -E UTF8 >/dev/null"
su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $pgdir/data -o '-p 55441 -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=on' -l $pgdir/log -w start >/dev/null"
su postgres -s /bin/sh -c "$pgbin/psql -h 127.0.0.1 -p 55441 -U postgres -c 'CREATE DATABASE voxpop_bench' >/dev/null"
export VOXPOP_SENDER_KEY=$(head -c 32 /dev/urandom | base64)
run_store postgresql --db 'jdbc:postgresql://127.0.0.1:55441/voxpop_bench?user=postgres'
su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $pgdir/data -m fast stop >/dev/null"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
