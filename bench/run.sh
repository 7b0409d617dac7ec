#!/usr/bin/env bash
# The benchmark of Fachkraft im Fokus (README „Leistung“, docs/leistung.md).
#   bench/run.sh            full run on PostgreSQL (127.0.0.1:5432, user postgres; a fresh database
#                           is created and dropped), then start-up time and memory of the jar on H2
#   bench/run.sh --smoke    tiny numbers, minutes: CI runs it so that the benchmark keeps working
#   bench/run.sh --h2       the workloads on H2 instead of PostgreSQL (2,000 finished cases)
# Sizes can be overridden: BENCH_OPTS="-Dbench.rounds=5 -Dbench.openTasks=10000" bench/run.sh
# The finished cases: bench.realFinishedCases run through the engine, the rest copies of their
# history made on the database (HistoryCloner). -Dtest.keepDatabase=true keeps the PostgreSQL database.
# Prints the tables; writes target/bench/report.md, report.json and startup.json.
set -euo pipefail
cd "$(dirname "$0")/.."

profiles="bench,postgres"
sizes="-Dbench.rounds=3 -Dbench.cases=20 -Dbench.clients=2 -Dbench.scaling=1,2,4,8 -Dbench.starts=200
  -Dbench.openTasks=10000 -Dbench.finishedCases=100000 -Dbench.realFinishedCases=21 -Dbench.repeats=100"
smoke=false
h2=false
for arg in "$@"; do
  case "$arg" in
    --smoke)
      smoke=true
      sizes="-Dbench.rounds=1 -Dbench.cases=2 -Dbench.clients=2 -Dbench.scaling=1,2 -Dbench.starts=4
        -Dbench.openTasks=20 -Dbench.finishedCases=6 -Dbench.realFinishedCases=3 -Dbench.repeats=3" ;;
    --h2) profiles="bench"; h2=true ;;
    *) echo "unbekannte Option: $arg" >&2; exit 2 ;;
  esac
done

if [ "$h2" = true ] && [ "$smoke" = false ]; then
  # the in-memory database in the test JVM's 1 GB cannot hold the 40 million history rows of 100,000 cases
  sizes="$sizes -Dbench.finishedCases=2000"
fi

# shellcheck disable=SC2086
./mvnw -B -ntp test -P"$profiles" -Dtest=PlatformBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true $sizes ${BENCH_OPTS:-}

if [ "$smoke" = true ]; then
  exit 0
fi

# Start-up to healthy and resident memory after start: the built jar, H2, the JVM settings of
# docker/Dockerfile, an empty data directory, no demo data. Twice: as on this host (no memory limit:
# the JVM sizes its heap from the host's memory), and as in the container of docker-compose.yml
# (APP_MEMORY_LIMIT, 768 MiB: -XX:MaxRAM stands in for the limit; below 1,792 MB the JVM picks
# SerialGC itself, which MaxRAM alone does not make it do on a large host).
./mvnw -B -ntp -q package -DskipTests
jar=$(ls target/fachkraft-im-fokus-*.jar | grep -v plain | head -1)
java_opts=$(sed -n 's/.*JAVA_OPTS="\(.*\)".*/\1/p' docker/Dockerfile)
limit=$(sed -n 's/.*APP_MEMORY_LIMIT:-\([0-9a-z]*\)}.*/\1/p' docker/docker-compose.yml)

measure() {
  local opts=$1 work port=18099 started pid healthy_ms java_pid rss_kb
  work=$(mktemp -d)
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$work" && exec java $opts -jar "$OLDPWD/$jar" --server.port=$port --fkif.demo.cases=false > app.log 2>&1) &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q '"status":"UP"'; do
    kill -0 $pid 2> /dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.2
  done
  healthy_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  sleep 5
  java_pid=$(pgrep -P $pid java || echo $pid)
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/"$java_pid"/status)
  kill $pid; wait $pid 2> /dev/null || true
  rm -rf "$work"
  printf '{"healthyMillis": %d, "rssMegabytes": %d, "javaOpts": "%s"}' "$healthy_ms" $(( rss_kb / 1024 )) "$opts"
  echo "Start bis gesund: ${healthy_ms} ms, RSS nach dem Start: $(( rss_kb / 1024 )) MB (Optionen: $opts)" >&2
}

host=$(measure "$java_opts")
container=$(measure "$java_opts -XX:MaxRAM=$limit -XX:+UseSerialGC")
mkdir -p target/bench
printf '{"host": %s, "container%s": %s}\n' "$host" "$limit" "$container" > target/bench/startup.json
