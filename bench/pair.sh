#!/usr/bin/env bash
# Two or more builds of lessonpress on the same batch, interleaved and paired: N inputs (bench/corpus.sh, default
# 100) x every format (or FORMAT) in one run of bin/lessonpress per jar per round, the order of the jars reversed
# every other round, so a busy spell of a shared machine slows all alike. Prints each jar's wall and CPU times
# (user + system), their medians, and the median of the paired ratios against the first jar. Not a test.
#   bench/pair.sh ROUNDS JOBS JAR JAR...        e.g. bench/pair.sh 5 2 /tmp/before.jar target/lessonpress.jar
#   FORMAT=slides N=100 bench/pair.sh ...
# Each jar gets its own launcher cache: the launcher keeps one class archive per JDK and remakes it (10-20 s) when
# another jar ran last, which would otherwise be timed in every run.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timing.sh
rounds=$1
jobs=$2
shift 2
command -v /usr/bin/time >/dev/null || { echo "bench: GNU time is needed (apt-get install time)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1730419200
bench/corpus.sh "$work/in" "${N:-100}"
jars=()
for jar in "$@"; do
  [[ "$jar" = /* ]] || jar="$PWD/$jar"
  jars+=("$jar")
  XDG_CACHE_HOME="$work/cache-${#jars[@]}" LESSONPRESS_JAR="$jar" bin/lessonpress --version >/dev/null 2>&1
done
declare -a wall cpu
for ((r = 0; r < rounds; r++)); do
  for ((k = 0; k < ${#jars[@]}; k++)); do
    i=$(( r % 2 ? ${#jars[@]} - 1 - k : k ))
    timed "$i" env XDG_CACHE_HOME="$work/cache-$((i + 1))" LESSONPRESS_JAR="${jars[$i]}" \
      bin/lessonpress export "$work/in" -o "$work/out" --force -q --jobs "$jobs" ${FORMAT:+-f "$FORMAT"}
  done
done
ratios() { paste -d' ' <(tr ' ' '\n' <<< "$1" | grep .) <(tr ' ' '\n' <<< "$2" | grep .) | awk '{printf "%.3f ", $1 / $2}'; }
printf '%s inputs x %s, --jobs %s, %s rounds\n' "${N:-100}" "${FORMAT:-every format}" "$jobs" "$rounds"
for ((i = 0; i < ${#jars[@]}; i++)); do
  printf '%s\n  wall: %s(median %s s)\n  cpu:  %s(median %s s)\n' "${jars[$i]}" "${wall[$i]}" "$(median "${wall[$i]}")" \
    "${cpu[$i]}" "$(median "${cpu[$i]}")"
  if (( i > 0 )); then
    printf '  paired ratio to the first: wall %s, cpu %s\n' "$(median "$(ratios "${wall[$i]}" "${wall[0]}")")" \
      "$(median "$(ratios "${cpu[$i]}" "${cpu[0]}")")"
  fi
done
