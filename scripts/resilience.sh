#!/usr/bin/env bash
# Resilience suite (issue 15): two platform nodes from the built jar on a PostgreSQL database the suite
# creates and drops, GreenMail standalone as SMTP sink, kill -9, database and mail outages, concurrent
# users, clean restart. Everything on 127.0.0.1. Figures and outcome: docs/betrieb.md#mehrere-knoten.
#
#   scripts/resilience.sh            # builds the jar if missing (./mvnw package -DskipTests)
#   RESILIENCE_CASES=10              # advisory cases in scenario 1 (default 10)
#   RESILIENCE_JAR=…                 # another jar (e.g. a deliberate regression)
#   TEST_PG_USER / TEST_PG_PASSWORD / TEST_PG_PORT   # the local PostgreSQL (as in .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${RESILIENCE_JAR:-$(ls target/fachkraft-im-fokus-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
if [ -z "$jar" ]; then
  ./mvnw -B -ntp -q package -DskipTests -Djacoco.skip=true
  jar=$(ls target/fachkraft-im-fokus-*.jar | grep -v -- '-plain' | head -1)
fi
greenmail=target/resilience/greenmail-standalone.jar
if [ ! -f "$greenmail" ]; then
  version=$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' pom.xml)
  ./mvnw -B -ntp -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$version" \
    -DoutputDirectory=target/resilience -Dmdep.stripVersion=true
fi
pg_isready -q -h 127.0.0.1 -p "${TEST_PG_PORT:-5432}" || { echo "PostgreSQL auf 127.0.0.1 nicht erreichbar"; exit 1; }
export RESILIENCE_JAR="$jar" RESILIENCE_GREENMAIL_JAR="$greenmail"
# bounded: the whole suite must end within 10 minutes, whatever hangs
exec timeout --kill-after=30 600 python3 scripts/resilience/suite.py
