#!/usr/bin/env bash
# The main job on the shipped demo: installs what FiveAim needs, builds it, generates the
# deterministic demo dataset into demo-data/ and validates it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-packages.sh
swift build --product fiveaim
fiveaim=$(swift build --show-bin-path)/fiveaim

"$fiveaim" demo --out demo-data
"$fiveaim" validate demo-data

# The demo's annual report drafts: every network, the last complete year, each in its own languages (networks.csv:
# Brussels French and Dutch, COM-GER German), Word + HTML + Markdown.
"$fiveaim" report demo-data --network all --year "$(( $(date +%Y) - 1 ))" --format docx html md --out reports
