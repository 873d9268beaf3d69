#!/usr/bin/env bash
# Builds the engine and the bench, then runs the throughput benchmark (see docs/benchmarks.md).
# The corpus is generated once into bench/out/ (git-ignored) from a fixed seed.
# Arguments go to org.custodian.bench.Throughput, e.g. bench/run.sh --mb 200 --runs 5
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl bench -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime >/dev/null
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
# Serial GC keeps collection on the scanning thread's core: "per core" means one core, not one
# thread plus a parallel collector on the other cores.
exec java -XX:+UseSerialGC -Xms256m -Xmx256m -cp "$CP" org.custodian.bench.Throughput "$@"
