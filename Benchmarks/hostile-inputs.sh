#!/usr/bin/env bash
# Times `fiveaim validate` on hostile inputs (docs/robustness.md, "Hostile inputs"): each must end in under 5 seconds
# with a clear message. Timings are measured here, never asserted in tests.
#   bash Benchmarks/hostile-inputs.sh [FIVEAIM]     (default: .build-release/release/fiveaim, else .build/debug/fiveaim)
# Inputs (in a temporary folder, removed at the end):
#   utf8  the full demo dataset (2024-04 to 2026-10, 32 networks) with one byte of its last activity file's last line
#         replaced by 0xFF: the reader has read every file before it
#   nul   the same with a NUL byte
#   line  activity.csv: a header and one 100 MB line without a line end (digits)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-}"
if [[ -z $bin ]]; then
    for candidate in .build-release/release/fiveaim .build-robust/release/fiveaim .build/debug/fiveaim .build-robust/debug/fiveaim; do
        if [[ -x $candidate ]]; then bin=$candidate; break; fi
    done
fi
[[ -x $bin ]] || { echo "no fiveaim binary; build one (swift build -c release) or pass its path" >&2; exit 66; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" demo --until 2026-10 --out "$work/demo" > /dev/null

# DIR OFFSET_FROM_END BYTE: a copy of the demo with one byte of the last activity file replaced.
corrupt() {
    cp -r "$work/demo" "$1"
    local file
    file=$(ls "$1"/activity*.csv | sort | tail -1)
    local size
    size=$(stat -c %s "$file")
    printf "\\$(printf '%03o' "$3")" | dd of="$file" bs=1 seek=$((size - $2)) conv=notrunc status=none
}
corrupt "$work/utf8" 5 255
corrupt "$work/nul" 5 0
mkdir "$work/line"
{ echo "network,month,pseudocode,age_band,bim,units"; head -c 100000000 /dev/zero | tr '\0' '7'; } > "$work/line/activity.csv"

printf '%-6s %-8s %-10s %-6s %s\n' input seconds "max RSS" exit message
for case in utf8 nul line; do
    set +e
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" validate "$work/$case" > /dev/null 2> "$work/err"
    status=$?
    set -e
    read -r seconds kilobytes < <(tail -1 "$work/time")
    message=$(head -1 "$work/err" | sed "s|$work/||")
    printf '%-6s %-8s %-10s %-6s %s\n' "$case" "$seconds" "$((kilobytes / 1024)) MB" "$status" "$message"
done
