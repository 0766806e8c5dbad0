#!/usr/bin/env bash
# Prints the gzipped size of what a first load transfers: index.html and the files it links
# (the formats worker, the place names and the timeline and map load later, and are listed apart).
# With --check, fails when the first load passes the budget of 250 KB.
set -euo pipefail
dir=${1:-dist}
check=${2:-}
budget=$((250 * 1024))
gz() { gzip -9 -c "$1" | wc -c; }
first=$(grep -oE '(href=|src=|module_or_path: |from )["'"'"']?\./[^"'"'"' >]+' "$dir/index.html" | sed -E 's#.*\./##' | sort -u)
total=$(gz "$dir/index.html")
printf '%-48s %10s %10s\n' "first load" "bytes" "gzip -9"
printf '%-48s %10d %10d\n' "index.html" "$(stat -c %s "$dir/index.html")" "$total"
for f in $first; do
  [ -f "$dir/$f" ] || continue
  size=$(gz "$dir/$f")
  total=$((total + size))
  printf '%-48s %10d %10d\n' "$f" "$(stat -c %s "$dir/$f")" "$size"
done
printf '%-48s %10s %10d  (budget %d)\n' "first load, gzipped" "" "$total" "$budget"
later=0
for f in "$dir"/*; do
  name=$(basename "$f")
  [ "$name" = index.html ] && continue
  grep -qxF "$name" <<<"$first" && continue
  later=$((later + $(gz "$f")))
done
printf '%-48s %10s %10d\n' "loaded later (workers, timeline and map), gzipped" "" "$later"
if [ "$check" = --check ] && [ "$total" -gt "$budget" ]; then
  echo "first load is $total bytes gzipped, over the $budget-byte budget" >&2
  exit 1
fi
