#!/usr/bin/env bash
# Perimeter's whole test suite. Installs what it needs on a fresh machine.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit, property and integration tests"
cargo test --workspace --all-targets
cargo test --workspace --doc
