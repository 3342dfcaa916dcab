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

TANSU_VERSION=0.6.0

have_root_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

# --- Tansu -----------------------------------------------------------------
find_tansu() {
    local candidate
    for candidate in "$(command -v tansu 2>/dev/null || true)" "${CARGO_HOME:-$HOME/.cargo}/bin/tansu"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" --version >/dev/null 2>&1; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if ! TANSU=$(find_tansu); then
    echo "== installing Tansu $TANSU_VERSION (cargo install; about 10-15 minutes on 2 cores, once)"
    cargo install tansu --version "$TANSU_VERSION" --locked --no-default-features --features dynostore,libsql
    TANSU=$(find_tansu) || { echo "tansu installed but does not answer --version" >&2; exit 1; }
fi
if ! "$TANSU" --version | grep -q " $TANSU_VERSION\$"; then
    echo "warning: $("$TANSU" --version) found at $TANSU; this test was written against $TANSU_VERSION" >&2
fi

# --- Python virtualenv -----------------------------------------------------
if ! command -v python3 >/dev/null 2>&1; then
    if have_root_apt; then
        echo "== installing python3"
        apt-get update -qq && apt-get install -y -qq python3 python3-venv
    else
        echo "python3 is required (Debian: apt-get install python3 python3-venv)" >&2
        exit 1
    fi
fi
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    if have_root_apt; then
        echo "== installing python3-venv"
        apt-get update -qq && apt-get install -y -qq python3-venv
    else
        echo "the python3 venv module is required (Debian: apt-get install python3-venv)" >&2
        exit 1
    fi
fi

VENV=${PERIMETER_E2E_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/perimeter/e2e-venv}
REQUIREMENTS=scripts/e2e/requirements.txt
STAMP="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1) $(python3 -c 'import sys; print(sys.version)' | head -1)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.perimeter-e2e-stamp" 2>/dev/null)" != "$STAMP" ]; then
    echo "== creating the e2e virtualenv in $VENV"
    mkdir -p "$(dirname "$VENV")"
    python3 -m venv --clear "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS"
    echo "$STAMP" > "$VENV/.perimeter-e2e-stamp"
fi

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

# --- perimeter -------------------------------------------------------------
PROFILE=${PERIMETER_E2E_PROFILE:-debug}
case "$PROFILE" in
    debug) BUILD_FLAGS=() ;;
    release) BUILD_FLAGS=(--release) ;;
    *) echo "PERIMETER_E2E_PROFILE must be debug or release, not $PROFILE" >&2; exit 1 ;;
esac
echo "== building perimeter ($PROFILE)"
cargo build "${BUILD_FLAGS[@]}" -p perimeter
TARGET_DIR=$(cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
PERIMETER="$TARGET_DIR/$PROFILE/perimeter"
if ! "$PERIMETER" run --help >/dev/null 2>&1; then
    echo "$PERIMETER has no working 'run' subcommand ('perimeter run --config FILE'): nothing to test end to end" >&2
    exit 1
fi

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
