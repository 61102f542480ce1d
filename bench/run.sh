#!/usr/bin/env bash
# Benchmarks: wall time of whole commands in a fresh JVM each run (what a user or CI job pays), with hyperfine.
# Not a test: it prints figures to compare with the README's table.
#   bench/run.sh            all formats on the sample, the 390-lesson file, and pandoc for comparison
# Needs: hyperfine (apt-get install hyperfine); pandoc and pdflatex are optional comparisons.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: install hyperfine (apt-get install hyperfine)"; exit 2; }
[ -f target/lessonpress.jar ] || mvn -q -DskipTests package
jar=target/lessonpress.jar
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1730419200
sample=samples/conf-lessons-2024.md
big=src/test/resources/corpus/three-ninety.md
runs=${RUNS:-7}

args=()
for f in $(java -jar "$jar" formats | awk '{print $1}'); do
  args+=(-n "$f: sample" "java -jar $jar export --force -o $out -f $f $sample")
done
for f in booklet poster cards slides; do
  if java -jar "$jar" formats | grep -q "^$f "; then
    extra=""
    [ "$f" = poster ] && extra="--poster-size A0"
    args+=(-n "$f: 390 lessons" "java -jar $jar export --force -o $out -f $f $extra $big")
  fi
done
args+=(-n "java -jar --version (JVM start)" "java -jar $jar --version")
# The fast launcher: its archive is made by the warm-up run, as it would be by a user's first run.
for f in $(java -jar "$jar" formats | awk '{print $1}'); do
  args+=(-n "bin/lessonpress $f: sample" "bin/lessonpress export --force -o $out -f $f $sample")
done
args+=(-n "bin/lessonpress booklet: 390 lessons" "bin/lessonpress export --force -o $out -f booklet $big")
if command -v pandoc >/dev/null; then
  args+=(-n "pandoc sample.md -o x.docx" "pandoc $sample -o $out/x.docx")
  if command -v pdflatex >/dev/null; then
    args+=(-n "pandoc sample.md --pdf-engine=pdflatex" "pandoc $sample --pdf-engine=pdflatex -o $out/x.pdf")
  fi
fi
rm -rf "${XDG_CACHE_HOME:-$HOME/.cache}/lessonpress"
hyperfine --style basic --warmup 1 --runs "$runs" -i "${args[@]}" --export-markdown "$out/bench.md" >/dev/null
cat "$out/bench.md"
