#!/usr/bin/env bash
# The benchmark of Fachkraft im Fokus (README „Leistung“, docs/leistung.md).
#   bench/run.sh            full run on PostgreSQL (127.0.0.1:5432, user postgres; a fresh database
#                           is created and dropped), then start-up time and memory of the jar on H2
#   bench/run.sh --smoke    tiny numbers, minutes, one start: CI runs it so that the benchmark keeps working
#   bench/run.sh --h2       the workloads on H2 instead of PostgreSQL (2,000 finished cases)
#   bench/run.sh --start    only start-up time and memory (a few minutes)
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
start_rounds=3
h2=false
workloads=true
for arg in "$@"; do
  case "$arg" in
    --smoke)
      smoke=true
      start_rounds=1
      sizes="-Dbench.rounds=1 -Dbench.cases=2 -Dbench.clients=2 -Dbench.scaling=1,2 -Dbench.starts=4
        -Dbench.openTasks=20 -Dbench.finishedCases=6 -Dbench.realFinishedCases=3 -Dbench.repeats=3" ;;
    --h2) profiles="bench"; h2=true ;;
    --start) workloads=false ;;
    *) echo "unbekannte Option: $arg" >&2; exit 2 ;;
  esac
done

if [ "$h2" = true ] && [ "$smoke" = false ]; then
  # the in-memory database in the test JVM's 1 GB cannot hold the 40 million history rows of 100,000 cases
  sizes="$sizes -Dbench.finishedCases=2000"
fi

if [ "$workloads" = true ]; then
  # shellcheck disable=SC2086
  ./mvnw -B -ntp test -P"$profiles" -Dtest=PlatformBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Djacoco.skip=true $sizes ${BENCH_OPTS:-}
fi


# Start-up to healthy and resident memory after start: the built jar, H2, the JVM settings of
# docker/Dockerfile, no demo data. The jar is prepared as the image's build prepares it: unpacked,
# with the CDS archive of a training start (scripts/cds-archive.sh); the Dockerfile's paths under
# /app/ point into target/bench/app/. Measured as on this host (no memory limit: the JVM sizes its
# heap from the host's memory), and as in the container of docker-compose.yml (APP_MEMORY_LIMIT,
# 768 MiB: -XX:MaxRAM stands in for the limit; below 1,792 MB the JVM picks SerialGC itself, which
# MaxRAM alone does not make it do on a large host); there both the first start on an empty data
# directory (schema, deployment, groups, users, grants, filters) and a restart on the same data.
# Each three times (--smoke: once), alternating; the report gives the median and the range.
./mvnw -B -ntp -q package -DskipTests
jar=$(ls target/fachkraft-im-fokus-*.jar | grep -v plain | head -1)
app="$PWD/target/bench/app"
rm -rf "$app"
scripts/cds-archive.sh "$jar" "$app"
java_opts=$(sed -n 's/.*JAVA_OPTS="\(.*\)".*/\1/p' docker/Dockerfile)
java_opts=${java_opts//\/app\//$app/}
limit=$(sed -n 's/.*APP_MEMORY_LIMIT:-\([0-9a-z]*\)}.*/\1/p' docker/docker-compose.yml)
container_opts="$java_opts -XX:MaxRAM=$limit -XX:+UseSerialGC"

# measure <options> <data directory>: prints "<ms to healthy> <RSS in MB> <CPU ms to healthy>"; the CPU
# time (user + system, all threads) says how much work the start is, also on a machine that is busy
measure() {
  local opts=$1 work=$2 port=18099 started pid healthy_ms rss_kb cpu_ms
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$work" && exec java $opts -jar "$app/app.jar" --server.port=$port --fkif.demo.cases=false > app.log 2>&1) &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q '"status":"UP"'; do
    kill -0 $pid 2> /dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.1
  done
  healthy_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' /proc/"$pid"/stat)
  sleep 5
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/"$pid"/status)
  kill $pid; wait $pid 2> /dev/null || true
  echo "$healthy_ms $(( rss_kb / 1024 )) $cpu_ms"
}

declare -A millis rss cpu
# record <key> "<ms> <MB> <CPU ms>"
record() {
  local values
  read -r -a values <<< "$2"
  millis[$1]+="${values[0]} "; rss[$1]+="${values[1]} "; cpu[$1]+="${values[2]} "
}
for round in $(seq "$start_rounds"); do
  host_dir=$(mktemp -d) container_dir=$(mktemp -d)
  out=$(measure "$java_opts" "$host_dir"); record host "$out"
  out=$(measure "$container_opts" "$container_dir"); record first "$out"
  out=$(measure "$container_opts" "$container_dir"); record restart "$out"
  rm -rf "$host_dir" "$container_dir"
  echo "Startrunde $round fertig" >&2
done

median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
range() { tr ' ' '\n' <<< "$1" | grep . | sort -n | sed -n '1p;$p' | paste -sd- ; }
json() { # json <key> <options>
  printf '"%s": {"healthyMillis": %d, "healthyMillisRange": "%s", "cpuMillis": %d, "rssMegabytes": %d, "rssMegabytesRange": "%s", "javaOpts": "%s"}' \
    "$1" "$(median "${millis[$1]}")" "$(range "${millis[$1]}")" "$(median "${cpu[$1]}")" "$(median "${rss[$1]}")" \
    "$(range "${rss[$1]}")" "$2"
}
mkdir -p target/bench
printf '{%s, %s, %s, "containerLimit": "%s"}\n' "$(json host "$java_opts")" "$(json first "$container_opts")" \
  "$(json restart "$container_opts")" "$limit" > target/bench/startup.json
{
  echo
  echo "Start bis gesund und RSS danach (Median und Spanne aus $start_rounds Runde(n); H2; JVM-Einstellungen aus docker/Dockerfile)"
  echo "| wie | Start ms | CPU-Zeit bis gesund ms | RSS MB |"
  echo "|---|---|---|---|"
  echo "| Host, ohne Speichergrenze, erster Start | $(median "${millis[host]}") ($(range "${millis[host]}")) | $(median "${cpu[host]}") | $(median "${rss[host]}") ($(range "${rss[host]}")) |"
  echo "| Container $limit, erster Start | $(median "${millis[first]}") ($(range "${millis[first]}")) | $(median "${cpu[first]}") | $(median "${rss[first]}") ($(range "${rss[first]}")) |"
  echo "| Container $limit, Neustart | $(median "${millis[restart]}") ($(range "${millis[restart]}")) | $(median "${cpu[restart]}") | $(median "${rss[restart]}") ($(range "${rss[restart]}")) |"
  first_ms=$(median "${millis[first]}") first_mb=$(median "${rss[first]}")
  if [ "$first_ms" -le 10000 ] && [ "$first_mb" -le 450 ]; then verdict="erreicht"; else verdict="verfehlt"; fi
  echo
  echo "Ziel (Container, erster Start): bis gesund ≤ 10000 ms und RSS ≤ 450 MB: ${first_ms} ms, ${first_mb} MB, $verdict"
} | tee target/bench/startup.md
