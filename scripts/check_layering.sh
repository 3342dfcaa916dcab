#!/usr/bin/env bash
# Keeps the layering of the design brief: the pure crates never depend on
# tokio, rdkafka, metrics or axum (not even through another crate), and only
# perimeter-stream talks to Kafka (the binary's tests, as independent
# clients, may use rdkafka as a dev-dependency).
# Usage: bash scripts/check_layering.sh
set -euo pipefail
cd "$(dirname "$0")/.."

pure=(perimeter-model perimeter-fences perimeter-presence perimeter-offers perimeter-wire perimeter-engine)
forbidden='^(tokio|rdkafka|rdkafka-sys|metrics|metrics-exporter-prometheus|axum|hyper) '
status=0
for crate in "${pure[@]}"; do
    # Normal dependencies only: dev-dependencies never ship.
    found=$(cargo tree -p "$crate" -e normal --prefix none --no-dedupe 2>/dev/null \
        | sort -u | grep -E "$forbidden" || true)
    if [ -n "$found" ]; then
        echo "layering: $crate depends on:" >&2
        echo "$found" >&2
        status=1
    fi
done

# Which workspace crates depend on rdkafka directly.
direct=$(cargo metadata --format-version 1 --no-deps \
    | python3 -c '
import json, sys
m = json.load(sys.stdin)
for p in m["packages"]:
    if any(d["name"] == "rdkafka" and d.get("kind") in (None, "normal") for d in p["dependencies"]):
        print(p["name"])
')
for crate in $direct; do
    case "$crate" in
        perimeter-stream) ;;
        *)
            echo "layering: $crate depends on rdkafka directly; only perimeter-stream talks to Kafka" >&2
            status=1
            ;;
    esac
done
if [ "$status" = 0 ]; then
    echo "layering: pure crates free of tokio, rdkafka, metrics and axum; rdkafka only in perimeter-stream"
fi
exit "$status"
