#!/usr/bin/env bash
# Fuzzes every importer with cargo fuzz (libFuzzer), one after another, SECONDS each (600 by
# default), growing the corpora in crates/core/fuzz/corpus/. Needs `cargo install cargo-fuzz`;
# the stable toolchain runs it with RUSTC_BOOTSTRAP=1. Crashes land in crates/core/fuzz/artifacts/:
# copy them to crates/core/tests/fuzz_regressions/<target>/ so `make test` replays them.
set -euo pipefail
cd "$(dirname "$0")/../crates/core/fuzz"
seconds=${1:-600}
export RUSTC_BOOTSTRAP=1
targets=${FUZZ_TARGETS:-"import_spanwright import_doccano import_label_studio import_brat import_conll import_spacy import_displacy"}
cargo fuzz build -s none
for t in $targets; do
  echo "== $t: ${seconds}s"
  # A crash ends that target's run but not the others'.
  { cargo fuzz run -s none "$t" "corpus/$t" -- -max_total_time="$seconds" -max_len=4096 -timeout=10 2>&1 || true; } \
    | grep -E "^#[0-9]+ +(DONE|pulse)|Done|SUMMARY|panicked|ERROR" | tail -n 3
done
