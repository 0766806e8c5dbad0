#!/usr/bin/env bash
# Prints the gzipped size of what a first load transfers (HTML, JS, wasm, CSS) in a built site.
# With --check, fails when the total passes the budget of 250 KB.
set -euo pipefail
dir=${1:-dist}
check=${2:-}
budget=$((250 * 1024))
total=0
printf '%-48s %10s %10s\n' "file" "bytes" "gzip -9"
for f in "$dir"/*.html "$dir"/*.js "$dir"/*.wasm "$dir"/*.css; do
  [ -e "$f" ] || continue
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-48s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-48s %10s %10d  (budget %d)\n' "first load, gzipped" "" "$total" "$budget"
if [ "$check" = --check ] && [ "$total" -gt "$budget" ]; then
  echo "first load is $total bytes gzipped, over the $budget-byte budget" >&2
  exit 1
fi
