#!/usr/bin/env bash
# The start-up check: the booklet of the sample with this tree's bin/lessonpress against another build's launcher
# (a checkout of main before this branch), interleaved (A, B, A, B, ...) so a busy spell of a shared machine slows
# both alike; medians of each and the median of the paired ratios. Not a test: it prints figures.
#   bench/startup.sh OTHER_TREE [ROUNDS]      OTHER_TREE holds bin/lessonpress and target/lessonpress.jar; 21 rounds
# LESSONPRESS_JAR names this tree's jar if it is not target/lessonpress.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
other=${1:?give the folder of the build to compare with}
rounds=${2:-21}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1730419200
sample=samples/conf-lessons-2024.md
# --force: this branch leaves an up-to-date booklet alone, while the other rewrites it on every run.
before=(env XDG_CACHE_HOME="$work/cache-before" "$other/bin/lessonpress" export -f booklet "$sample" -o "$work/before")
after=(env XDG_CACHE_HOME="$work/cache-after" bin/lessonpress export -f booklet "$sample" -o "$work/after" --force)
"${before[@]}" >/dev/null 2>&1   # each launcher makes its archive on its first run
"${after[@]}" >/dev/null 2>&1
b=(); a=()
for ((r = 0; r < rounds; r++)); do
  t=$(date +%s%N); "${before[@]}" >/dev/null 2>&1; b+=($(( ($(date +%s%N) - t) / 1000000 )))
  t=$(date +%s%N); "${after[@]}" >/dev/null 2>&1; a+=($(( ($(date +%s%N) - t) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ratios=(); for ((r = 0; r < rounds; r++)); do ratios+=("$(awk -v x="${a[$r]}" -v y="${b[$r]}" 'BEGIN {printf "%.3f", x / y}')"); done
printf 'booklet of the sample, %d interleaved pairs\n' "$rounds"
printf '  before (%s): median %s ms\n' "$other" "$(median "${b[@]}")"
printf '  after (this tree):  median %s ms\n' "$(median "${a[@]}")"
printf '  paired ratio after/before: median %s\n' "$(median "${ratios[@]}")"
cmp -s "$work/before/conf-lessons-2024-booklet.pdf" "$work/after/conf-lessons-2024-booklet.pdf" \
  && echo "  the same bytes" || echo "  the booklets differ"
