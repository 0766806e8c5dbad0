# Spanwright. `make serve` to use it, `make test` to check it (see README.md).
SHELL := /bin/bash
export PATH := $(CURDIR)/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: serve dist test test-native test-peers test-browser test-e2e bench eval fuzz tools tools-test clean

tools:
	@scripts/tools.sh build

tools-test:
	@scripts/tools.sh test

## Build and serve the app on http://127.0.0.1:8080
serve: tools
	trunk serve --offline

## The optimized static site in dist/ (what GitHub Pages serves). PUBLIC_URL sets the sub-path.
## The release build compiles the standard library with panics that abort at once: no panic
## messages or formatting in the wasm, 28 KB less to download (see BENCHMARKS.md). That needs
## Cargo's build-std, enabled on stable with RUSTC_BOOTSTRAP for this build only.
PUBLIC_URL ?= ./
## SYNC_ORIGINS: the CouchDB servers (origins, space-separated) the site may sync with; none by default.
SYNC_ORIGINS ?=
export SYNC_ORIGINS
## The end-to-end tests and benchmarks sync with a pouchdb-server they start on this origin.
TEST_COUCH := http://127.0.0.1:5985
test-e2e bench: SYNC_ORIGINS = $(TEST_COUCH)
RELEASE_ENV := RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD="std panic_abort" \
	RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
dist: tools
	$(RELEASE_ENV) trunk build --offline --release --public-url $(PUBLIC_URL)
	@# Trunk runs wasm-opt once; run until it gains nothing more, the first load is ~350 bytes smaller.
	@# --low-memory-unused (~1.8 KB gzipped): Rust puts its 1 MB stack first, so the low 1 KB is
	@# touched only by a stack about to overflow; the producers and target-features sections are
	@# notes for tools, not read by browsers.
	wasm-opt -Oz --converge --low-memory-unused --strip-producers --strip-target-features \
		--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
		--enable-mutable-globals "$$(ls dist/spanwright-app-*_bg.wasm)" -o "$$(ls dist/spanwright-app-*_bg.wasm)"
	@# Trunk's own minifier fails on the page's script (an ES module) and leaves it whole.
	terser dist/spanwright-app-*.js --module --compress --mangle -o "$$(ls dist/spanwright-app-*.js)"
	terser dist/views-loader.js --compress --mangle -o dist/views-loader.js
	@scripts/size.sh dist

## Every test: native, in the browser, end to end, and our exports read by the peers' own readers.
test: tools-test test-native test-peers test-browser test-e2e

test-native:
	cargo test --workspace --exclude spanwright-app
	cargo fmt --all -- --check

## spaCy, seqeval, Label Studio's converter and brat's universal newlines read what we export.
test-peers:
	cargo build -q -p spanwright-cli
	target/peers-venv/bin/python scripts/peers/check.py target/debug/spanwright

test-browser:
	cargo test -p spanwright-app --target wasm32-unknown-unknown

test-e2e: dist
	scripts/size.sh dist --check
	cd e2e && npm test

## Native and browser benchmarks; prints a table, writes bench/results.json (BENCH_REPS, BENCH_WORDS).
bench: dist
	cargo bench -p spanwright-core --features bundled-gazetteer --bench model
	cargo bench -q -p spanwright-core --features bundled-gazetteer --bench memory
	cd e2e && node bench/browser.mjs
	cd e2e && node bench/views.mjs
	cd e2e && node bench/team.mjs
	cd e2e && node bench/sync.mjs
	@scripts/size.sh dist
	@node e2e/bench/report.mjs $$(scripts/size.sh dist | awk '/^first load, gzipped/ {print $$4}')

## Scores the suggestion engine per label and on ../shared/dev-data; prints tables (ARGS=--misses lists errors).
eval:
	cargo run --profile native -q -p spanwright-core --features bundled-gazetteer --example eval -- $(ARGS)

## cargo fuzz on every importer, FUZZ_SECONDS each; grows crates/core/fuzz/corpus/.
FUZZ_SECONDS ?= 600
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	cargo clean
	rm -rf dist
