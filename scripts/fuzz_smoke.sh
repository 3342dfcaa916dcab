#!/usr/bin/env bash
# Fuzz smoke run: builds every libFuzzer target of fuzz/ and runs each for a
# short, bounded time on the stable toolchain. See docs/fuzzing.md.
#
# Usage: bash scripts/fuzz_smoke.sh [TARGET...]     (default: every target)
#
# Environment:
#   FUZZ_SECONDS   seconds per target (default 20)
#   FUZZ_TIMEOUT   seconds one input may take before it counts as a hang
#                  (default 30)
#   FUZZ_JOBS      targets fuzzed at the same time, one core each
#                  (default: the number of cores, at most 2)
#   FUZZ_SKIP      space-separated targets to leave out
#   FUZZ_SEED      libFuzzer's random seed (default 1, so that the test
#                  command explores the same inputs on every run; 0 picks
#                  a new seed each time, for exploratory runs)
#
# Installs what it needs when missing, idempotently:
#   - cargo-fuzz into ~/.cargo/bin (cargo install --locked, about 1.5 minutes
#     on 2 cores, once; an installed cargo-fuzz is reused);
#   - a C++ compiler from Debian (root only): libfuzzer-sys compiles
#     libFuzzer itself with the cc crate.
#
# The targets are built in fuzz/target, release with debug assertions and
# overflow checks, without a sanitizer (`--sanitizer none`: sanitizers need
# nightly's -Zsanitizer; Perimeter's only unsafe code is two hints in the fence
# index (CPU prefetch and huge-page advice), so the Rust checks are
# what matter). New corpus entries go to a temporary directory: the seed
# corpora in fuzz/corpus/ are only read. A crash, hang or out-of-memory
# leaves its input in fuzz/artifacts/<target>/ and makes the script exit
# non-zero after all targets ran, naming each failing input.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

CARGO_FUZZ_VERSION=0.13.2
SECONDS_PER_TARGET=${FUZZ_SECONDS:-20}
TIMEOUT=${FUZZ_TIMEOUT:-30}
CORES=$(nproc 2>/dev/null || echo 1)
JOBS=${FUZZ_JOBS:-$((CORES < 2 ? CORES : 2))}
SEED=${FUZZ_SEED:-1}
ALL_TARGETS=(ping_proto ping_json fence_geojson fence_csv fence_record consent_record state_record campaigns)

if ! command -v cargo >/dev/null 2>&1; then
    echo "cargo not found: install a Rust toolchain (https://rustup.rs) and re-run" >&2
    exit 1
fi

if ! command -v c++ >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "== installing a C++ compiler for libFuzzer"
        apt-get update -qq && apt-get install -y -qq g++
    else
        echo "a C++ compiler is required to build libFuzzer (Debian: apt-get install g++)" >&2
        exit 1
    fi
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz $CARGO_FUZZ_VERSION (cargo install; about 1.5 minutes on 2 cores, once)"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

if [ $# -gt 0 ]; then
    TARGETS=("$@")
    for t in "${TARGETS[@]}"; do
        [ -f "fuzz/fuzz_targets/$t.rs" ] || { echo "unknown fuzz target: $t" >&2; exit 2; }
    done
else
    TARGETS=()
    for t in "${ALL_TARGETS[@]}"; do
        case " ${FUZZ_SKIP:-} " in
        *" $t "*) echo "== skipping $t (FUZZ_SKIP)" ;;
        *) TARGETS+=("$t") ;;
        esac
    done
fi

# The same flags for build and run, so that `cargo fuzz run` finds the
# targets built and does not rebuild.
FLAGS=(--release --debug-assertions --sanitizer none --target-dir "$ROOT/fuzz/target")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/perimeter-fuzz.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

cd fuzz
echo "== building ${#TARGETS[@]} fuzz targets (fuzz/target, release + debug assertions)"
start=$(date +%s)
cargo fuzz build "${FLAGS[@]}"
echo "   built in $(($(date +%s) - start)) s"

# Runs one target; writes its summary line to $WORK/$t.result and, on
# failure, the failing input to $WORK/$t.failed.
fuzz_one() {
    local t=$1 log="$WORK/$1.log" start status=0 took runs rate result artifact
    mkdir -p "$WORK/corpus/$t" "artifacts/$t"
    start=$(date +%s)
    # New inputs go to the first (temporary) corpus directory; the seeds are
    # only read. -print_final_stats gives the execution count and rate.
    cargo fuzz run "${FLAGS[@]}" "$t" "$WORK/corpus/$t" "corpus/$t" -- \
        -max_total_time="$SECONDS_PER_TARGET" -timeout="$TIMEOUT" -seed="$SEED" \
        -print_final_stats=1 >"$log" 2>&1 || status=$?
    took=$(($(date +%s) - start))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    if [ "$status" = 0 ]; then
        result=ok
    else
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        case "$artifact" in
        "") result="FAILED (exit $status, no input written)" ;;
        /*) result="FAILED: $artifact" ;;
        *) result="FAILED: fuzz/$artifact" ;;
        esac
        echo "$t: $result" >"$WORK/$t.failed"
    fi
    printf '%-16s %8s %12s %8s %s\n' "$t" "$took" "${runs:-?}" "${rate:-?}" "$result" >"$WORK/$t.result"
}

echo "== fuzzing ${#TARGETS[@]} targets for ${SECONDS_PER_TARGET}s each, $JOBS at a time"
running=0
for t in "${TARGETS[@]}"; do
    if [ "$running" -ge "$JOBS" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    echo "   starting $t"
    fuzz_one "$t" &
    running=$((running + 1))
done
wait

failed=()
for t in "${TARGETS[@]}"; do
    if [ -f "$WORK/$t.failed" ]; then
        failed+=("$(cat "$WORK/$t.failed")")
        cp "$WORK/$t.log" "artifacts/$t/smoke.log"
        echo "---- $t: $(cat "$WORK/$t.failed" | cut -d' ' -f2-)"
        grep -m1 '^INFO: Seed:' "$WORK/$t.log" || true
        grep -A6 -m1 'panicked at' "$WORK/$t.log" || grep -B2 -A8 -m1 '==ERROR\|deadly signal\|timeout after\|out-of-memory' "$WORK/$t.log" || true
        echo "   (whole log: fuzz/artifacts/$t/smoke.log)"
        echo "----"
    fi
done

echo "== summary"
printf '%-16s %8s %12s %8s %s\n' target seconds executions exec/s result
for t in "${TARGETS[@]}"; do
    cat "$WORK/$t.result" 2>/dev/null || echo "$t: no result"
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "== ${#failed[@]} fuzz target(s) failed; reproduce with"
    echo "   cd fuzz && cargo fuzz run --release --debug-assertions --sanitizer none TARGET INPUT"
    printf '   %s\n' "${failed[@]}"
    exit 1
fi
echo "== all ${#TARGETS[@]} fuzz targets ran without a failure"
