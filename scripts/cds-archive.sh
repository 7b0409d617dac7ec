#!/bin/sh
# Prepares the platform's jar for a fast start (docs/leistung.md, „Start“):
#   1. unpacks it into <dir> with Spring Boot's tools jar mode (<dir>/app.jar and <dir>/lib/), because
#      the JVM's class-data sharing (CDS) cannot read classes from the jars nested in the fat jar;
#   2. starts it once, on a throwaway H2 database, up to the end of the context refresh, and lets the
#      JVM write every class loaded on the way into the archive <dir>/app.jsa.
# Start it afterwards with  java -XX:SharedArchiveFile=<dir>/app.jsa -jar <dir>/app.jar
# (the same JVM build as here; with another one the JVM says so and starts without the archive).
# Used by docker/Dockerfile and bench/run.sh.   Usage: scripts/cds-archive.sh <jar> <dir>
set -eu
jar=$1
dir=$2
java -Djarmode=tools -jar "$jar" extract --destination "$dir" --application-filename app.jar --force \
  2>&1 | grep -v 'Commons Logging' || true
[ -f "$dir/app.jar" ] || { echo "Entpacken von $jar fehlgeschlagen" >&2; exit 1; }
work=$(mktemp -d)
if ! (cd "$work" && java -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
    -Dspring.profiles.active=default -jar "$dir/app.jar" --server.port=0 --fkif.demo.cases=false \
    > training.log 2>&1); then
  tail -40 "$work/training.log" >&2
  rm -rf "$work"
  echo "Übungsstart für das CDS-Archiv fehlgeschlagen" >&2
  exit 1
fi
rm -rf "$work"
[ -s "$dir/app.jsa" ] || { echo "kein CDS-Archiv in $dir/app.jsa" >&2; exit 1; }
