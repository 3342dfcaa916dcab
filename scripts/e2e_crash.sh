#!/usr/bin/env bash
# Crash tests: the real `perimeter run` binary against a real broker process
# (Apache Kafka 4.4, KRaft, one node), killed with SIGKILL 20+ times
# mid-stream (run B) and with the broker restarted under it on the same log
# directory (run C), compared with an uninterrupted run (A); plus a targeted
# fault (run D): an event not acknowledged while its offer is, then a crash
# or a delivery failure. Perimeter runs with its default producer settings;
# the test's producers batch. Then the same runs A, B and C again with
# processor.guarantee = "exactly_once", where a read_committed reader must
# see every event and trigger exactly once. The two passes are the two
# pytest tests of scripts/e2e/tests/test_crash.py (marker crash),
# test_crash[at_least_once] and test_crash[exactly_once]. See
# docs/reliability-tests.md. About 8 minutes on 2 cores (debug build).
#
# Usage: bash scripts/e2e_crash.sh [--seed N] [--kills N] [--broker-restarts N]
#            [--runs ABCD] [--skip-broker-restart] [--skip-output-stall] [--keep]
#        (options of both passes, given to pytest as --crash-seed N, ...;
#        PERIMETER_CRASH_GUARANTEES="exactly_once" runs one pass only:
#        at_least_once, exactly_once, or both, the default)
#
# The same setup as scripts/e2e.sh (scripts/e2e/setup.sh), idempotently:
#   - Java 17+ (Debian, root only) and Apache Kafka 4.4.0 from Maven Central
#     into ~/.cache/perimeter/kafka-4.4.0 (PERIMETER_E2E_KAFKA overrides), once;
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

# The crash options, as the pytest options of tests/conftest.py.
ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seed | --kills | --broker-restarts | --runs)
            [ $# -ge 2 ] || { echo "$1 needs a value" >&2; exit 1; }
            ARGS+=("--crash-${1#--}" "$2"); shift 2 ;;
        --seed=* | --kills=* | --broker-restarts=* | --runs=* | --skip-broker-restart | --skip-output-stall)
            ARGS+=("--crash-${1#--}"); shift ;;
        *) ARGS+=("$1"); shift ;;  # --keep, or any pytest option
    esac
done
TESTS=()
for guarantee in ${PERIMETER_CRASH_GUARANTEES:-at_least_once exactly_once}; do
    case "$guarantee" in
        at_least_once | exactly_once) TESTS+=("tests/test_crash.py::test_crash[$guarantee]") ;;
        *) echo "PERIMETER_CRASH_GUARANTEES: unknown guarantee $guarantee (at_least_once, exactly_once)" >&2; exit 1 ;;
    esac
done
echo "== crash tests (${PERIMETER_CRASH_GUARANTEES:-at_least_once exactly_once}): Apache Kafka in $KAFKA_DIR ($JAVA), $PERIMETER, Python client in $VENV"
cd scripts/e2e
if "$VENV/bin/python" -B -m pytest -s -m crash \
    --perimeter "$PERIMETER" --kafka "$KAFKA_DIR" --java "$JAVA" --proto-dir "$ROOT/proto" \
    "${TESTS[@]}" ${ARGS[@]+"${ARGS[@]}"}; then
    echo "== crash tests: all passed"
else
    echo "== crash tests: FAILED (the failed passes are listed above)" >&2
    exit 1
fi
