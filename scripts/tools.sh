#!/usr/bin/env bash
# Installs what building and testing Spanwright need, only where it is missing or at the wrong
# version, so a second run takes a second. Usage: scripts/tools.sh build|test
set -euo pipefail
cd "$(dirname "$0")/.."
need=${1:-build}

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen the app links, as Cargo.lock records it.
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

say() { printf '[tools] %s\n' "$*"; }

# The toolchain rust-toolchain.toml pins, with its components and target, where rustup does not
# install it on first use by itself (RUSTUP_AUTO_INSTALL=0).
if ! rustup run "$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)" rustc --version >/dev/null 2>&1; then
  say "installing the Rust toolchain rust-toolchain.toml names"
  rustup toolchain install
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! rustup component list --installed | grep -q '^rustfmt'; then
  say "adding rustfmt (make test checks formatting)"
  rustup component add rustfmt
fi

if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding rust-src (the release build compiles the standard library for size)"
  rustup component add rust-src
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes a few minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (takes a few minutes once)"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

# Trunk runs cargo offline: the crates the app and, for the release build (build-std), the
# standard library depend on must be in cargo's cache first. Each fetch runs only when an offline
# fetch finds something missing.
fetch() {
  if ! cargo fetch --offline --locked "$@" >/dev/null 2>&1; then
    say "fetching crates for ${*:-the workspace}"
    cargo fetch --locked "$@"
  fi
}
fetch
STD_MANIFEST="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
RUSTC_BOOTSTRAP=1 fetch --manifest-path "$STD_MANIFEST"

# npm packages: wasm-opt (binaryen) and terser for release builds, playwright-core for end-to-end tests.
if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ ! -x e2e/node_modules/.bin/terser ] || [ ! -d e2e/node_modules/playwright-core ] \
   || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  say "installing npm packages in e2e/"
  (cd e2e && npm ci --no-audit --no-fund)
fi

# The map's country outlines, from Natural Earth via npm `world-atlas` (see scripts/world.mjs).
if [ ! -s generated/world.json ] || [ scripts/world.mjs -nt generated/world.json ] \
   || [ e2e/package-lock.json -nt generated/world.json ]; then
  say "writing the map's country outlines"
  node scripts/world.mjs >/dev/null
fi

if [ "$need" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # The peers' readers that `make test` reads our exports with, in a venv of their own; made
  # again only when scripts/peers/requirements.txt changes.
  venv=target/peers-venv
  if ! cmp -s scripts/peers/requirements.txt "$venv/requirements.txt" 2>/dev/null; then
    say "installing the peers' readers (spaCy, seqeval, label-studio-sdk) in $venv"
    rm -rf "$venv"
    if ! python3 -m venv "$venv" 2>/dev/null; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
      rm -rf "$venv"
      python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install -q --disable-pip-version-check -r scripts/peers/requirements.txt
    cp scripts/peers/requirements.txt "$venv/requirements.txt"
  fi
fi
say "ready"
