#!/usr/bin/env bash
# Trunk's post-build hook: names the CouchDB servers this build of the site may sync with, from
# SYNC_ORIGINS (space-separated origins, e.g. `make dist SYNC_ORIGINS="https://couch.example.org"`),
# in the page's Content-Security-Policy (connect-src) and in the `sync-origins` meta the app reads
# to refuse any other server with a clear message. Without SYNC_ORIGINS the page may reach no
# server but its own. Usage: scripts/sync-origins.sh [site dir] (default: $TRUNK_STAGING_DIR).
set -euo pipefail
dir=${1:-${TRUNK_STAGING_DIR:?run by trunk, or give the site directory}}
origins=()
for o in ${SYNC_ORIGINS:-}; do
  o=${o%/}
  if ! [[ $o =~ ^https?://[A-Za-z0-9.-]+(:[0-9]+)?$ ]]; then
    echo "SYNC_ORIGINS: \"$o\" is not an origin (https://host[:port], no path)" >&2
    exit 1
  fi
  origins+=("$o")
done
list="${origins[*]:-}"
file="$dir/index.html"
grep -q SYNC_ORIGINS_LIST "$file" || { echo "sync-origins: $file has no SYNC_ORIGINS_LIST placeholder" >&2; exit 1; }
# The meta's value may have lost its quotes to the minifier: it gets them back.
sed -i -E "s#content=\"?SYNC_ORIGINS_LIST\"?#content=\"$list\"#; s# SYNC_ORIGINS_LIST#${list:+ $list}#" "$file"
