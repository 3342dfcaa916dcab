#!/usr/bin/env bash
# The pipeline benchmark (benches/benches/pipeline.rs) against Apache Kafka
# 4.4.0 in its own process (KRaft, one node, loopback listeners), once
# at-least-once and once exactly-once, each on a fresh broker, then the
# results side by side: pings/s (criterion's mean of 10 passes over 3M
# pings), CPU time per pass of the bench process (the processor) and of the
# broker, and ping-to-offer latency p50/p99 at a fixed offered load.
#
# Not part of scripts/test.sh: about 6-8 minutes per guarantee on 2 cores
# (setup 1-2 min, 10-11 passes, the latency run), plus the release build of
# the bench the first time. docs/performance.md ("Against Apache Kafka")
# has the figures.
#
# Usage: bash scripts/bench_broker.sh
#   PERIMETER_BENCH_ROUNDS=2        rounds; each runs the guarantees in turn
#                                   (default 1)
#   PERIMETER_BENCH_GUARANTEES="at_least_once exactly_once"   (the default)
#   PERIMETER_BENCH_RATE=50000      the latency run's offered load, pings/s
#   PERIMETER_BENCH_SIZES, PERIMETER_BENCH_USERS, PERIMETER_BENCH_KAFKA: as
#                                   for the bench itself
# Logs go to a temporary directory, named at the end.
#
# Installs what it needs when missing, idempotently, as scripts/e2e.sh does
# (scripts/e2e/setup.sh: Java, Apache Kafka from Maven Central into
# ~/.cache/perimeter/kafka-4.4.0, the e2e virtualenv); builds no perimeter
# binary: the processor runs inside the bench. The broker is started and
# stopped by scripts/e2e/perimeter_e2e/broker.py (processes.ApacheKafka), and stopped on
# exit, failure or interrupt.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${PERIMETER_BENCH_ROUNDS:-1}
GUARANTEES=${PERIMETER_BENCH_GUARANTEES:-"at_least_once exactly_once"}
export PERIMETER_BENCH_RATE=${PERIMETER_BENCH_RATE:-50000}
for g in $GUARANTEES; do
    case "$g" in
        at_least_once | exactly_once) ;;
        *) echo "PERIMETER_BENCH_GUARANTEES: unknown guarantee $g (at_least_once, exactly_once)" >&2; exit 1 ;;
    esac
done

PERIMETER_E2E_PROFILE=none
source scripts/e2e/setup.sh

echo "== building the pipeline bench (release)"
cargo bench -p perimeter-benches --bench pipeline --no-run

OUT=$(mktemp -d "${TMPDIR:-/tmp}/perimeter-bench-broker.XXXXXX")
BROKER=""
stop_broker() {
    if [ -n "$BROKER" ]; then
        kill -TERM "$BROKER" 2>/dev/null || true
        wait "$BROKER" 2>/dev/null || true
        BROKER=""
    fi
}
trap stop_broker EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts a broker; sets BOOTSTRAP and BROKER_JVM.
start_broker() {
    local out=$1 deadline=$((SECONDS + 120))
    (cd scripts/e2e && exec "$VENV/bin/python" -B -m perimeter_e2e.broker --kafka "$KAFKA_DIR" --java "$JAVA") >"$out" 2>&1 &
    BROKER=$!
    # perimeter_e2e.broker prints the address once the broker answers a metadata
    # request (its own bounded wait); this only watches for that line.
    until grep -q '^pid=' "$out"; do
        if ! kill -0 "$BROKER" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
            cat "$out" >&2
            echo "the broker did not start" >&2
            exit 1
        fi
        sleep 0.2
    done
    BOOTSTRAP=$(sed -n 's/^bootstrap=//p' "$out")
    BROKER_JVM=$(sed -n 's/^pid=//p' "$out")
}

started=$SECONDS
RESULTS=()
for round in $(seq 1 "$ROUNDS"); do
    for g in $GUARANTEES; do
        log="$OUT/$g-$round.log"
        start_broker "$OUT/broker-$g-$round.log"
        echo "== round $round, $g: Apache Kafka on $BOOTSTRAP (JVM pid $BROKER_JVM), $(uptime | sed 's/.*load/load/')"
        PERIMETER_BENCH_BROKERS=$BOOTSTRAP PERIMETER_BENCH_BROKER_PID=$BROKER_JVM PERIMETER_BENCH_GUARANTEE=$g \
            cargo bench -p perimeter-benches --bench pipeline 2>&1 | tee "$log"
        stop_broker
        RESULTS+=("$log")
    done
done

echo
echo "== pipeline against Apache Kafka: ${#RESULTS[@]} runs in $(((SECONDS - started) / 60)) min, latency at $PERIMETER_BENCH_RATE pings/s (logs in $OUT)"
python3 - "${RESULTS[@]}" <<'EOF'
import re
import sys
from pathlib import Path

rows = []
for path in sys.argv[1:]:
    text = Path(path).read_text("utf-8", "replace")
    name = Path(path).stem
    def find(pattern, group=1):
        m = re.search(pattern, text)
        return m.group(group) if m else "?"
    thrpt = re.search(r"thrpt:\s+\[\S+ \S+ (\S+) (\S+) \S+ \S+\]", text)
    rows.append((
        name,
        f"{thrpt.group(1)} {thrpt.group(2)}" if thrpt else "?",
        find(r"CPU time per pass \([^)]*\): (\S+ s)"),
        find(r"broker CPU time per pass[^:]*: (\S+ s)"),
        find(r"produce -> offer decided\s*: p50 (\S+ ms), p99 (\S+ ms)", 0).split(": ", 1)[-1],
        find(r"produce -> trigger read back: p50 (\S+ ms), p99 (\S+ ms)", 0).split(": ", 1)[-1],
        find(r"\((\d+) pings, \d+ events, (\d+) triggers;", 2),
    ))
header = ("run", "pings/s (mean)", "CPU/pass", "broker CPU/pass", "-> offer decided", "-> trigger read back", "triggers")
widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
for r in [header, *rows]:
    print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))
EOF
