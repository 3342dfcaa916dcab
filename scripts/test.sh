#!/usr/bin/env bash
# Perimeter's whole test suite. Installs what it needs on a fresh machine.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null 2>&1; then
    echo "cargo not found: install a Rust toolchain (https://rustup.rs) and re-run" >&2
    exit 1
fi

# The rdkafka crate builds librdkafka from source: it needs a C compiler and make.
if ! command -v cc >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
    echo "== installing a C toolchain for librdkafka"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq build-essential
    else
        echo "a C compiler and make are required (Debian: apt-get install build-essential)" >&2
        exit 1
    fi
fi

# The perimeter binary links librdkafka with OpenSSL (TLS and SCRAM for real
# clusters): it needs the OpenSSL headers and pkg-config.
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists openssl; then
    echo "== installing OpenSSL headers and pkg-config for librdkafka's TLS support"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq libssl-dev pkg-config
    else
        echo "OpenSSL headers and pkg-config are required (Debian: apt-get install libssl-dev pkg-config)" >&2
        exit 1
    fi
fi

# `--all-targets` also runs every criterion benchmark once in test mode, as a
# smoke test. Their setup is sized for real measurements (1M fences, 1M
# users); these knobs keep the smoke run small. Benchmarks themselves are run
# with `cargo bench` (see docs/performance.md).
export PERIMETER_BENCH_SIZES=1000
export PERIMETER_BENCH_USERS=10000

# The store-ops page's map library from the npm registry (pinned in
# crates/perimeter/ui-vendor/package-lock.json), built into the binary by
# crates/perimeter/build.rs.
if ! command -v npm >/dev/null 2>&1; then
    echo "== installing npm for the store-ops page's map library"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq npm
    else
        echo "npm is required (Debian: apt-get install npm)" >&2
        exit 1
    fi
fi
# (scripts/e2e/setup.sh installs it again only if the lock file changed.)
npm ci --prefix crates/perimeter/ui-vendor --ignore-scripts --no-audit --no-fund --loglevel=error

echo "== unit, property, integration tests and benchmark smoke runs"
cargo test --workspace --all-targets
echo "== doc tests"
cargo test --workspace --doc
echo "== deploy files, dashboards and alert rules"
bash scripts/ops_check.sh
echo "== fuzz smoke run: every decoder and parser, 20 s each (stable toolchain, cargo-fuzz)"
bash scripts/fuzz_smoke.sh
echo "== end-to-end tests: perimeter run against a real broker (Apache Kafka 4.4) with an independent Python client"
bash scripts/e2e.sh
echo "== crash tests: SIGKILLs, broker restarts and a held-back output against Apache Kafka 4.4"
bash scripts/e2e_crash.sh
