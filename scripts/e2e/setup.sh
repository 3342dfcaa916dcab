# Shared setup of the end-to-end scripts (scripts/e2e.sh,
# scripts/e2e_crash.sh), sourced from the repository root with `set -euo
# pipefail` on. Installs what is missing, idempotently, and sets:
#   TANSU      a Tansu broker binary (0.6.0, installed into ~/.cargo/bin once)
#   VENV       the virtualenv with scripts/e2e/requirements.txt
#   PERIMETER  the perimeter binary, built for PERIMETER_E2E_PROFILE
#              (debug by default; found through `cargo metadata`, so
#              CARGO_TARGET_DIR is honoured)
# and the function have_root_apt.

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
