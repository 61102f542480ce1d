#!/usr/bin/env bash
# The bytes check for speed work: exports N inputs (bench/corpus.sh, default 100) x every format with a jar and
# prints the sha256 of every output, sorted by path, so that two builds' lists can be compared with diff (or cmp).
#   bench/same-bytes.sh JAR [JOBS] > before.sha      then the same with the other jar, and diff the two lists
# The launcher runs with its own cache (so its archive is made for this jar), SOURCE_DATE_EPOCH set.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:?give the jar}
[[ "$jar" = /* ]] || jar="$PWD/$jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1730419200
bench/corpus.sh "$work/in" "${N:-100}"
XDG_CACHE_HOME="$work/cache" LESSONPRESS_JAR="$jar" \
  bin/lessonpress export "$work/in" -o "$work/out" --force -q --jobs "${2:-2}" >&2
(cd "$work/out" && find . -type f ! -name '.lessonpress*' -print0 | sort -z | xargs -0 sha256sum)
