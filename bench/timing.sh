# Sourced by the benchmarks: what they share for timing commands. Needs $work (a scratch folder) and GNU time.

# median "1.2 0.9 1.1": the middle of a space-separated list of numbers.
median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# timed I COMMAND...: runs COMMAND (its output dropped, its failure ignored) under GNU time and appends its wall
# time to wall[I] and its CPU time (user + system, children included) to cpu[I], in seconds.
timed() {
  local i=$1 e u s
  shift
  /usr/bin/time -o "$work/t" -f "%e %U %S" "$@" >/dev/null 2>&1 || true
  read -r e u s < <(tail -1 "$work/t")
  wall[$i]+="$e "
  cpu[$i]+="$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}') "
}
