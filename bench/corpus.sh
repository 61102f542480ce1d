#!/usr/bin/env bash
# Writes N lesson files (default 100) into DIR for the batch benchmarks: the sample and three corpus files in turn,
# each copy with its own title so that no two inputs are the same. pdflatex can set all of them (the multilingual
# corpus file is left out: pandoc's pdflatex cannot set its scripts).
#   bench/corpus.sh DIR [N]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
n=${2:-100}
sources=(samples/conf-lessons-2024.md src/test/resources/corpus/nineteen-plain.md
         src/test/resources/corpus/forty-three-nested.md src/test/resources/corpus/one-lesson.md)
mkdir -p "$dir"
for ((i = 0; i < n; i++)); do
  src=${sources[$((i % ${#sources[@]}))]}
  sub="$dir/part-$((i % 5))"
  mkdir -p "$sub"
  sed "0,/^title: /s//title: (copy $i) /" "$src" > "$sub/lessons-$i.md"
done
