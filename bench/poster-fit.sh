#!/usr/bin/env bash
# The poster's fitting search (measure the content, find grid and size), this build against another, interleaved:
# each round runs one JVM of each, alternating which goes first; each JVM prints the median thread CPU time of its
# runs after a warm-up. Not a test: it prints figures for the README.
#   bench/poster-fit.sh BEFORE_CLASSPATH BEFORE_MAIN [ROUNDS]
# e.g. bench/poster-fit.sh /tmp/before.jar:/tmp/bench/classes PosterFitBeforeCpu 5
# BEFORE_MAIN takes the same arguments as PosterFitBench: FILE SIZE RUNS.
set -euo pipefail
cd "$(dirname "$0")/.."
before_cp=$1
before_main=$2
rounds=${3:-5}
runs=${RUNS:-15}
[ -f target/cp.txt ] || mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
after_cp="target/classes:target/test-classes:$(cat target/cp.txt)"
for input in "samples/conf-lessons-2024.md A1" "src/test/resources/corpus/three-ninety.md A0"; do
  set -- $input
  for ((r = 0; r < rounds; r++)); do
    if ((r % 2 == 0)); then order="before after"; else order="after before"; fi
    for which in $order; do
      if [ "$which" = before ]; then
        printf 'before: '; java -cp "$before_cp" "$before_main" "$1" "$2" "$runs" 2>/dev/null
      else
        printf 'after:  '; java -cp "$after_cp" org.lessonpress.export.poster.PosterFitBench "$1" "$2" "$runs" 2>/dev/null
      fi
    done
  done
done
