#!/usr/bin/env bash
# End-to-end tests: the real `perimeter run` binary against a real broker
# process, Apache Kafka 4.4 in KRaft mode (one node, loopback listeners),
# driven by an independent Python client (confluent-kafka and protobuf
# classes generated from proto/) whose producers batch as applications' do.
# The stages are pytest tests (scripts/e2e/tests, one module per stage,
# marker e2e; scripts/e2e/pytest.ini), each with its own broker in its own
# temporary directory. In order:
#   1. run_e2e: tests/test_pipeline.py, the pipeline (pings in; events,
#      offers, dead letters out, compared exactly);
#   2. store_ops_ui: tests/test_store_ops_ui.py, the store-ops web page in
#      headless Chromium (Selenium), `perimeter fences validate|upload`, the
#      admin API;
#   2b. store_ops_concurrency: tests/test_store_ops_concurrency.py, two
#      instances, two uploads at once: one wins, the other gets 409;
#   3. prometheus_scrape: tests/test_prometheus_scrape.py, a real
#      Prometheus scrapes two Perimeter instances and evaluates the alert
#      rules and the dashboard's queries; JSON logs parsed;
#   4. revoke_then_ping: tests/test_revoke_then_ping.py, consent before
#      pings (1,000 revocations and 200 grants, each acknowledged, then a
#      ping; batching producers);
#   5. compaction: tests/test_compaction.py, the consent, fences and
#      changelog topics compacted by the broker's log cleaner, then a
#      restart of Perimeter from them: visits, offer history and an erasure
#      survive;
#   6. rebalance: tests/test_rebalance.py, instances 2 and 3 join and
#      leave one by one under a steady ping load, with eager,
#      cooperative-sticky and static membership: no lost or differing
#      event, and the processing pause of each change, measured;
#   7. data_platforms: tests/test_data_platforms.py, Confluent's Python
#      ProtobufSerializer writes framed pings and its ProtobufDeserializer
#      reads events, offers and the DLQ; proto3 JSON pings from protobuf's
#      own printer in, proto3 JSON events and offers out; no dead letter
#      for well-formed input.
# All run; the exit code is non-zero if any failed. docs/testing-e2e.md
# describes each one, how long it takes, and how to run one with pytest.
#
# Usage: bash scripts/e2e.sh [--keep] [PYTEST OPTIONS]
#   (--keep: keep logs and config; any other argument goes to pytest, e.g.
#   -x, or a stage's option such as --rebalance-rate 300)
# PERIMETER_E2E_ONLY="revoke_then_ping ..." runs only the named stages
# (space or comma separated; `pipeline` is another name of run_e2e); unset,
# all of them run.
#
# Installs what it needs when missing, idempotently (scripts/e2e/setup.sh):
#   - a Java runtime, 17 or newer (Debian's openjdk-17-jre-headless, root
#     only) and, for the first install of Kafka only, Maven (Debian, root only);
#   - Apache Kafka 4.4.0 from Maven Central (scripts/e2e/kafka/pom.xml, about
#     45 jars, 43 MB) into ~/.cache/perimeter/kafka-4.4.0
#     (PERIMETER_E2E_KAFKA overrides), once: again only when the pom changes;
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

# Each stage and its test module, in the order they run.
STAGES=(run_e2e store_ops_ui store_ops_concurrency prometheus_scrape revoke_then_ping compaction rebalance data_platforms)
declare -A MODULE=(
    [run_e2e]=tests/test_pipeline.py [store_ops_ui]=tests/test_store_ops_ui.py
    [store_ops_concurrency]=tests/test_store_ops_concurrency.py
    [prometheus_scrape]=tests/test_prometheus_scrape.py [revoke_then_ping]=tests/test_revoke_then_ping.py
    [compaction]=tests/test_compaction.py [rebalance]=tests/test_rebalance.py
    [data_platforms]=tests/test_data_platforms.py
)
ONLY="${PERIMETER_E2E_ONLY:-}"
ONLY=" ${ONLY//,/ } "
ONLY=${ONLY// pipeline / run_e2e }
stage() { [ -z "${PERIMETER_E2E_ONLY:-}" ] || [[ "$ONLY" == *" $1 "* ]]; }
for name in $ONLY; do
    if [ -z "${MODULE[$name]:-}" ]; then
        echo "PERIMETER_E2E_ONLY: unknown stage $name (${STAGES[*]})" >&2
        exit 1
    fi
done
SELECTED=()
for name in "${STAGES[@]}"; do
    if stage "$name"; then SELECTED+=("${MODULE[$name]}"); fi
done

source scripts/e2e/setup.sh

# --- Chromium, chromedriver, Prometheus (Debian) ----------------------------
# The page test drives Debian's chromium through Debian's chromedriver (never
# a downloaded browser or driver); the scrape test runs Debian's prometheus.
MISSING=()
if stage store_ops_ui; then
    [ -x /usr/bin/chromium ] || MISSING+=(chromium)
    [ -x /usr/bin/chromedriver ] || MISSING+=(chromium-driver)
fi
if stage prometheus_scrape; then
    command -v prometheus >/dev/null 2>&1 || MISSING+=(prometheus)
fi
if [ ${#MISSING[@]} -gt 0 ]; then
    if have_root_apt; then
        echo "== installing ${MISSING[*]} (Debian)"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${MISSING[@]}"
    else
        echo "${MISSING[*]} required (Debian: apt-get install chromium chromium-driver prometheus)" >&2
        exit 1
    fi
fi

# --- the tests -------------------------------------------------------------
# One pytest run over the selected modules (marker e2e), printing as it
# goes (-s): every stage's PASS/FAIL lines, tables and summaries.
echo "== end-to-end: Apache Kafka in $KAFKA_DIR ($JAVA), $PERIMETER, Python client in $VENV"
cd scripts/e2e
if "$VENV/bin/python" -B -m pytest -s -m e2e \
    --perimeter "$PERIMETER" --kafka "$KAFKA_DIR" --java "$JAVA" --proto-dir "$ROOT/proto" \
    "${SELECTED[@]}" "$@"; then
    echo "== end-to-end: all passed"
else
    echo "== end-to-end: FAILED (the failed stages are listed above)" >&2
    exit 1
fi
