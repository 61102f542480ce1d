#!/usr/bin/env bash
# The batch benchmark (issue 13): N inputs (default 100) x every format in one run of bin/lessonpress, with --jobs
# (default: the cores) and with --jobs 1, against pandoc writing a .docx and a pdflatex PDF of each file in a loop.
# The three run interleaved (A, B, C, A, B, C, ...) so a busy spell of a shared machine slows all alike; medians
# are compared, by wall time and by CPU time (user + system). Then the peak resident memory of 200 inputs x every
# format (GNU time). Not a test: it prints figures.
#   bench/batch.sh [ROUNDS] [N]      default 3 rounds of 100 inputs
# Needs: pandoc, pdflatex (texlive-latex-recommended), GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/timing.sh
rounds=${1:-3}
n=${2:-100}
for tool in pandoc pdflatex /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed"; exit 2; }
done
[ -f target/lessonpress.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1730419200
export XDG_CACHE_HOME="$work/cache"
bench/corpus.sh "$work/in" "$n"
bench/corpus.sh "$work/in200" 200
bin/lessonpress --version >/dev/null 2>&1   # the launcher makes its archive on its first run

pandoc_loop() {
  find "$work/in" -name '*.md' | sort | while read -r f; do
    pandoc "$f" -o "$work/p.docx" && pandoc "$f" --pdf-engine=pdflatex -o "$work/p.pdf"
  done
}
export -f pandoc_loop
export work
names=("bin/lessonpress, --jobs $(nproc)" "bin/lessonpress, --jobs 1" "pandoc docx + pdflatex, loop")
cmds=("bin/lessonpress export $work/in -o $work/a --force -q"
      "bin/lessonpress export $work/in -o $work/b --force -q --jobs 1"
      "bash -c pandoc_loop")
declare -a wall cpu
for ((r = 0; r < rounds; r++)); do
  for i in 0 1 2; do
    timed "$i" ${cmds[$i]}
  done
done

# Wall time is what a CI job waits; CPU time (user + system, children included) is steadier on a shared machine.
bw=$(median "${wall[2]}"); bc=$(median "${cpu[2]}")
printf '%-34s %10s %9s %10s %9s\n' "$n inputs x all formats ($rounds rounds)" "wall" "vs pandoc" "cpu" "vs pandoc"
for i in 0 1 2; do
  w=$(median "${wall[$i]}"); c=$(median "${cpu[$i]}")
  printf '%-34s %8s s %9s %8s s %9s\n' "${names[$i]}" "$w" "$(awk -v a="$w" -v b="$bw" 'BEGIN {printf "%.3f", a / b}')" \
    "$c" "$(awk -v a="$c" -v b="$bc" 'BEGIN {printf "%.3f", a / b}')"
done
for i in 0 1 2; do
  printf '  %s, each round: wall %s s, cpu %s s\n' "${names[$i]}" "${wall[$i]% }" "${cpu[$i]% }"
done
rss=$(/usr/bin/time -v bin/lessonpress export "$work/in200" -o "$work/m" --force -q 2>&1 >/dev/null | awk -F: '/Maximum resident/ {print $2}')
printf 'peak RSS, 200 inputs x all formats, bin/lessonpress: %d MiB\n' $(( rss / 1024 ))
