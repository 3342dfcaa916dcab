#!/usr/bin/env bash
# End-to-end tests: the real `perimeter run` binary against a real broker
# process (Tansu), driven by an independent Python client (confluent-kafka
# and protobuf classes generated from proto/). In order:
#   1. scripts/e2e/run_e2e.py: the pipeline (pings in; events, offers,
#      dead letters out, compared exactly);
#   2. scripts/e2e/store_ops_ui.py: the store-ops web page in headless
#      Chromium (Selenium), `perimeter fences validate|upload`, the admin API;
#   3. scripts/e2e/prometheus_scrape.py: a real Prometheus scrapes Perimeter.
# All three run; the exit code is non-zero if any failed.
#
# Usage: bash scripts/e2e.sh [--keep]      (--keep: keep logs and config)
#
# Installs what it needs when missing, idempotently:
#   - Tansu 0.6.0 into ~/.cargo/bin (cargo install, 10-15 min on 2 cores, once);
#   - python3-venv from Debian if the venv module is missing (root only);
#   - Debian's chromium, chromium-driver and prometheus (root only);
#   - a virtualenv with scripts/e2e/requirements.txt, by default in
#     ~/.cache/perimeter/e2e-venv (PERIMETER_E2E_VENV overrides), rebuilt
#     when the requirements change.
# Builds the perimeter binary (debug profile: `cargo test` has built most of
# it already; PERIMETER_E2E_PROFILE=release for a release build), honouring
# CARGO_TARGET_DIR and cargo's configuration.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

source scripts/e2e/setup.sh

# --- Chromium, chromedriver, Prometheus (Debian) ----------------------------
# The page test drives Debian's chromium through Debian's chromedriver (never
# a downloaded browser or driver); the scrape test runs Debian's prometheus.
MISSING=()
[ -x /usr/bin/chromium ] || MISSING+=(chromium)
[ -x /usr/bin/chromedriver ] || MISSING+=(chromium-driver)
command -v prometheus >/dev/null 2>&1 || MISSING+=(prometheus)
if [ ${#MISSING[@]} -gt 0 ]; then
    if have_root_apt; then
        echo "== installing ${MISSING[*]} (Debian)"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${MISSING[@]}"
    else
        echo "${MISSING[*]} required (Debian: apt-get install chromium chromium-driver prometheus)" >&2
        exit 1
    fi
fi
PROMETHEUS=$(command -v prometheus)

# --- the tests -------------------------------------------------------------
FAILED=()
echo "== end-to-end: Tansu $("$TANSU" --version | awk '{print $NF}'), $PERIMETER, Python client in $VENV"
"$VENV/bin/python" -B scripts/e2e/run_e2e.py \
    --perimeter "$PERIMETER" --tansu "$TANSU" --proto-dir "$ROOT/proto" "$@" || FAILED+=(run_e2e.py)

echo "== store ops: the web page in $(/usr/bin/chromium --version 2>/dev/null | head -1), the fences CLI, the admin API"
"$VENV/bin/python" -B scripts/e2e/store_ops_ui.py \
    --perimeter "$PERIMETER" --tansu "$TANSU" "$@" || FAILED+=(store_ops_ui.py)

echo "== Prometheus scrape: $("$PROMETHEUS" --version 2>&1 | head -1)"
"$VENV/bin/python" -B scripts/e2e/prometheus_scrape.py \
    --perimeter "$PERIMETER" --tansu "$TANSU" --proto-dir "$ROOT/proto" --prometheus "$PROMETHEUS" "$@" \
    || FAILED+=(prometheus_scrape.py)

if [ ${#FAILED[@]} -gt 0 ]; then
    echo "== end-to-end: FAILED: ${FAILED[*]}" >&2
    exit 1
fi
echo "== end-to-end: all passed"
