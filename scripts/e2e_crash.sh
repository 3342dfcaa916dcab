#!/usr/bin/env bash
# Crash tests: the real `perimeter run` binary against a real broker process
# (Tansu), killed with SIGKILL 20+ times mid-stream (run B) and with the
# broker restarted under it (run C), compared with an uninterrupted run (A);
# plus a targeted fault (run D): an event not acknowledged while its offer
# is, then a crash or a delivery failure. See scripts/e2e/crash.py and
# docs/reliability-tests.md. About 4 minutes on 2 cores (debug build).
#
# Usage: bash scripts/e2e_crash.sh [--seed N] [--kills N] [--broker-restarts N]
#            [--runs ABCD] [--skip-broker-restart] [--skip-output-stall]
#            [--producer-batching] [--keep]
#
# The same setup as scripts/e2e.sh, idempotently:
#   - Tansu 0.6.0 into ~/.cargo/bin (cargo install, 10-15 min on 2 cores, once);
#   - python3-venv from Debian if the venv module is missing (root only);
#   - the virtualenv with scripts/e2e/requirements.txt, by default in
#     ~/.cache/perimeter/e2e-venv (PERIMETER_E2E_VENV overrides), rebuilt
#     when the requirements change (shared with scripts/e2e.sh);
#   - the perimeter binary (debug; PERIMETER_E2E_PROFILE=release for release),
#     found through `cargo metadata`, so CARGO_TARGET_DIR is honoured.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

source scripts/e2e/setup.sh

echo "== crash tests: Tansu $("$TANSU" --version | awk '{print $NF}'), $PERIMETER, Python client in $VENV"
exec "$VENV/bin/python" -B scripts/e2e/crash.py \
    --perimeter "$PERIMETER" --tansu "$TANSU" --proto-dir "$ROOT/proto" "$@"
