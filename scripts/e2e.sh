#!/usr/bin/env bash
# End-to-end tests: the real `perimeter run` binary against a real broker
# process, Apache Kafka 4.4 in KRaft mode (one node, loopback listeners),
# driven by an independent Python client (confluent-kafka and protobuf
# classes generated from proto/) whose producers batch as applications' do.
# Each stage starts its own broker in its own temporary directory. In order:
#   1. run_e2e: scripts/e2e/run_e2e.py, the pipeline (pings in; events,
#      offers, dead letters out, compared exactly);
#   2. store_ops_ui: scripts/e2e/store_ops_ui.py, the store-ops web page in
#      headless Chromium (Selenium), `perimeter fences validate|upload`, the
#      admin API;
#   3. prometheus_scrape: scripts/e2e/prometheus_scrape.py, a real
#      Prometheus scrapes Perimeter;
#   4. revoke_then_ping: scripts/e2e/revoke_then_ping.py, consent before
#      pings (1,000 revocations and 200 grants, each acknowledged, then a
#      ping; batching producers);
#   5. compaction: scripts/e2e/compaction.py, the consent, fences and
#      changelog topics compacted by the broker's log cleaner, then a
#      restart of Perimeter from them: visits, offer history and an erasure
#      survive;
#   6. rebalance: scripts/e2e/rebalance.py, instances 2 and 3 join and
#      leave one by one under a steady ping load, with eager and with
#      cooperative-sticky assignment: no lost or differing event, and the
#      processing pause of each change, measured.
# All run; the exit code is non-zero if any failed. docs/testing-e2e.md
# describes each one and how long it takes.
#
# Usage: bash scripts/e2e.sh [--keep]      (--keep: keep logs and config)
# PERIMETER_E2E_ONLY="revoke_then_ping ..." runs only the named stages
# (space or comma separated); unset, all of them run.
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

ONLY="${PERIMETER_E2E_ONLY:-}"
ONLY=" ${ONLY//,/ } "
stage() { [ -z "${PERIMETER_E2E_ONLY:-}" ] || [[ "$ONLY" == *" $1 "* ]]; }
for name in $ONLY; do
    case "$name" in
        run_e2e | store_ops_ui | prometheus_scrape | revoke_then_ping | compaction | rebalance) ;;
        *) echo "PERIMETER_E2E_ONLY: unknown stage $name (run_e2e, store_ops_ui, prometheus_scrape, revoke_then_ping, compaction, rebalance)" >&2; exit 1 ;;
    esac
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
BROKER=(--kafka "$KAFKA_DIR" --java "$JAVA")
FAILED=()
if stage run_e2e; then
    echo "== end-to-end: Apache Kafka in $KAFKA_DIR ($JAVA), $PERIMETER, Python client in $VENV"
    "$VENV/bin/python" -B scripts/e2e/run_e2e.py \
        --perimeter "$PERIMETER" "${BROKER[@]}" --proto-dir "$ROOT/proto" "$@" || FAILED+=(run_e2e.py)
fi

if stage store_ops_ui; then
    echo "== store ops: the web page in $(/usr/bin/chromium --version 2>/dev/null | head -1), the fences CLI, the admin API"
    "$VENV/bin/python" -B scripts/e2e/store_ops_ui.py \
        --perimeter "$PERIMETER" "${BROKER[@]}" "$@" || FAILED+=(store_ops_ui.py)
fi

if stage prometheus_scrape; then
    PROMETHEUS=$(command -v prometheus)
    echo "== Prometheus scrape: $("$PROMETHEUS" --version 2>&1 | head -1)"
    "$VENV/bin/python" -B scripts/e2e/prometheus_scrape.py \
        --perimeter "$PERIMETER" "${BROKER[@]}" --proto-dir "$ROOT/proto" --prometheus "$PROMETHEUS" "$@" \
        || FAILED+=(prometheus_scrape.py)
fi

if stage revoke_then_ping; then
    echo "== consent before pings: revocations and grants acknowledged, then pings (batching producers)"
    "$VENV/bin/python" -B scripts/e2e/revoke_then_ping.py \
        --perimeter "$PERIMETER" "${BROKER[@]}" --proto-dir "$ROOT/proto" "$@" || FAILED+=(revoke_then_ping.py)
fi

if stage compaction; then
    echo "== compaction: the broker's log cleaner compacts consent, fences and the changelog; Perimeter restarts from them"
    "$VENV/bin/python" -B scripts/e2e/compaction.py \
        --perimeter "$PERIMETER" "${BROKER[@]}" --proto-dir "$ROOT/proto" "$@" || FAILED+=(compaction.py)
fi

if stage rebalance; then
    echo "== rebalancing: instances join and leave under load, eager and cooperative-sticky; the pause of each change"
    "$VENV/bin/python" -B scripts/e2e/rebalance.py \
        --perimeter "$PERIMETER" "${BROKER[@]}" --proto-dir "$ROOT/proto" "$@" || FAILED+=(rebalance.py)
fi

if [ ${#FAILED[@]} -gt 0 ]; then
    echo "== end-to-end: FAILED: ${FAILED[*]}" >&2
    exit 1
fi
echo "== end-to-end: all passed"
