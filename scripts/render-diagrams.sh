#!/bin/sh
# Re-renders docs/diagrams/ from the models in bpmn/ (bpmn-js/dmn-js in headless Chromium).
# Needs: npm ci (node_modules), Debian's chromium + chromium-driver. Commit docs/diagrams/ afterwards.
set -e
cd "$(dirname "$0")/.."
[ -d node_modules/bpmn-js ] || npm ci
./mvnw -q test -Dtest=DiagramRenderingTest -Dsurefire.failIfNoSpecifiedTests=false -Ddiagrams.update=true -Dbrowser.tests.required=true "$@"
echo "Diagramme in docs/diagrams/ neu erzeugt – bitte mit dem Modell committen."
