#!/usr/bin/env bash
# Runs the whole test suite: installs system packages, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-packages.sh
swift test --parallel --num-workers 2 "$@"
