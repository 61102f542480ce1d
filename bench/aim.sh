#!/usr/bin/env bash
# The booklet's speed aim (issue 3): the sample's booklet in under half the wall time of
#   pandoc sample.md --pdf-engine=pdflatex -o x.pdf
# on the same machine. The commands run interleaved (A, B, C, A, B, C, ...) so that a busy spell of a shared
# machine slows all of them alike, and the medians are compared. Not a test: it prints figures.
#   bench/aim.sh [ROUNDS]      default 21 rounds
# Needs: pandoc and pdflatex (apt-get install pandoc texlive-latex-recommended texlive-fonts-recommended lmodern).
# JAVA25_HOME=/path/to/jdk-25 adds a row for the launcher on that JDK (AOT cache instead of a CDS archive).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-21}
for tool in pandoc pdflatex; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed for the comparison"; exit 2; }
done
[ -f target/lessonpress.jar ] || mvn -q -DskipTests package
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1730419200
export XDG_CACHE_HOME="$out/cache"
sample=samples/conf-lessons-2024.md

names=("pandoc --pdf-engine=pdflatex" "bin/lessonpress booklet" "java -jar booklet")
cmds=("pandoc $sample --pdf-engine=pdflatex -o $out/x.pdf"
      "bin/lessonpress export --force -o $out -f booklet $sample"
      "java -jar target/lessonpress.jar export --force -o $out -f booklet $sample")
if [ -n "${JAVA25_HOME:-}" ]; then
  names+=("bin/lessonpress booklet, JDK 25")
  cmds+=("env JAVA_HOME=$JAVA25_HOME XDG_CACHE_HOME=$out/cache25 bin/lessonpress export --force -o $out -f booklet $sample")
fi

# One run of each first: the launcher makes its archive, pdflatex and pandoc fill the file cache.
for c in "${cmds[@]}"; do $c >/dev/null 2>&1; done

declare -a times
for ((r = 0; r < rounds; r++)); do
  for i in "${!cmds[@]}"; do
    start=$(date +%s%N)
    ${cmds[$i]} >/dev/null 2>&1
    times[$i]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done

median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
minimum() { tr ' ' '\n' <<< "$1" | grep . | sort -n | head -1; }
base=$(median "${times[0]}")
printf '%-36s %10s %10s %12s\n' "command ($rounds rounds, interleaved)" "median" "min" "vs pdflatex"
for i in "${!cmds[@]}"; do
  m=$(median "${times[$i]}")
  printf '%-36s %8s ms %8s ms %11s\n' "${names[$i]}" "$m" "$(minimum "${times[$i]}")" \
    "$(awk -v a="$m" -v b="$base" 'BEGIN {printf "%.2f x", a / b}')"
done
