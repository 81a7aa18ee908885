#!/usr/bin/env bash
# Runs a reliability drill against the packaged app on an embedded PostgreSQL (see docs/reliability.md):
#   src/test/drills/run-drill.sh crash app 1000       # kill -9 the app twice, midway
#   src/test/drills/run-drill.sh crash database 1000  # restart PostgreSQL twice, midway
#   src/test/drills/run-drill.sh two-nodes 200        # two nodes on one database, one killed midway
# Exits non-zero when a check fails. Extra Maven options (e.g. -o) in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../../.."
drill="${1:?crash or two-nodes}"; shift
mvn -q ${MAVEN_ARGS:-} package -DskipTests
mvn -q ${MAVEN_ARGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/drill-classpath.txt
case "$drill" in
  crash) main=cn.gx.safeduty.drill.CrashDrill ;;
  two-nodes) main=cn.gx.safeduty.drill.TwoNodeDrill ;;
  *) echo "unknown drill $drill" >&2; exit 2 ;;
esac
exec java -cp "target/test-classes:target/classes:$(cat target/drill-classpath.txt)" "$main" "$@"
