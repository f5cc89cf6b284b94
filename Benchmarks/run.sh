#!/usr/bin/env bash
# FiveAim side by side with DuckDB and a plain-C libcsv floor, whole processes, at national and 10x national scale (issue 9).
#
#   bash Benchmarks/run.sh                 # builds, generates the data once, measures, writes Benchmarks/results/results.md
#
# Environment (all optional):
#   RUNS=5              runs per command; the table shows the median wall time and the largest peak RSS of the runs
#   SCALES="1 10"       demo scales measured
#   UNTIL=2026-10       last month of the demo data (fixed, so the data never changes with the date)
#   REPORT_YEAR=2025    the year of the report batch (`--network all`: 32 reports at scale 1, 320 at scale 10)
#   REPORT_SCALES="1 10" scales at which the HTML report batch is measured
#   DOCX_SCALES="1"     scales at which the .docx batch is measured (pandoc: about a second per report and core)
#   BENCH_DATA=DIR      where the datasets are generated (default: bench-data/ at the project root, git-ignored)
#   QUIET_LOAD=1.2      before measuring, wait until the 1-minute load average is below this (0: do not wait)
#   QUIET_TIMEOUT=1800  ... but at most this many seconds, then measure anyway (the table shows the load)
#   SKIP_BUILD=1        use the binaries already built
#
# Timings are never asserted (not here, not in tests): the script fails only when DuckDB's indicators differ from
# FiveAim's, or a command fails.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-5}
SCALES=${SCALES:-"1 10"}
UNTIL=${UNTIL:-2026-10}
REPORT_YEAR=${REPORT_YEAR:-2025}
REPORT_SCALES=${REPORT_SCALES:-"1 10"}
DOCX_SCALES=${DOCX_SCALES:-"1"}
BENCH_DATA=${BENCH_DATA:-$ROOT/bench-data}
QUIET_LOAD=${QUIET_LOAD:-1.2}
QUIET_TIMEOUT=${QUIET_TIMEOUT:-1800}
RESULTS=$ROOT/Benchmarks/results
WORK=$RESULTS/work
# The month after UNTIL: validation refuses months after the run month, so the run month is fixed too.
AS_OF=$(python3 -c "y, m = map(int, '$UNTIL'.split('-')); print(f'{y + m // 12:04d}-{m % 12 + 1:02d}')")
CORE="individual_sessions outreach_share group_participation_share mean_group_size_f23 wait_within_30d wait_median_days bim_share function3_share_of_care_budget"

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

# --- Tools ---------------------------------------------------------------------------------------------------------
[ -x /usr/bin/time ] || { [ "$(id -u)" = 0 ] && apt-get install -y -q time >/dev/null; } || die "needs GNU time: apt-get install time"
[ -f /usr/include/csv.h ] || die "needs libcsv-dev: bash scripts/install-system-packages.sh"
python3 -c 'import duckdb' 2>/dev/null || die "needs DuckDB for Python: pip install duckdb (pip index versions duckdb lists the newest)"
mkdir -p "$RESULTS" "$WORK" "$BENCH_DATA"

# --- Build ---------------------------------------------------------------------------------------------------------
FIVEAIM=$ROOT/.build-release/release/fiveaim
CSVCOUNT=$ROOT/.build-bench/release/csv-count
FLOOR=$WORK/csv_floor
# build ARGS...: swift build, retried a few times when a source file changes under it (a tree shared with editors).
build() {
    for attempt in 1 2 3 4 5; do
        if swift build "$@" >"$WORK/build.log" 2>&1; then return 0; fi
        grep -q "was modified during the build" "$WORK/build.log" || { cat "$WORK/build.log" >&2; die "build failed: swift build $*"; }
        say "a source file changed during the build; retrying ($attempt)"; sleep 30
    done
    cat "$WORK/build.log" >&2; die "build failed: swift build $*"
}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    say "building release binaries"
    build -c release --scratch-path "$ROOT/.build-release" --product fiveaim
    (export FIVEAIM_BENCHMARKS=1; build -c release --scratch-path "$ROOT/.build-bench" --product csv-count)
fi
cc -O2 -o "$FLOOR" "$ROOT/Benchmarks/floor/csv_floor.c" -lcsv
for binary in "$FIVEAIM" "$CSVCOUNT" "$FLOOR"; do [ -x "$binary" ] || die "missing $binary (run without SKIP_BUILD=1)"; done

# --- Data, generated once ------------------------------------------------------------------------------------------
dataset() { echo "$BENCH_DATA/scale$1-until$UNTIL"; }
for scale in $SCALES; do
    dir=$(dataset "$scale")
    if [ ! -f "$dir/waits.csv" ]; then  # the demo writes a staging folder and swaps it in whole
        say "generating the demo at scale $scale until $UNTIL into $dir"
        "$FIVEAIM" demo --out "$dir" --until "$UNTIL" --scale "$scale" >/dev/null
    fi
    "$FIVEAIM" validate "$dir" --as-of "$AS_OF" >/dev/null || die "the scale-$scale dataset does not validate"
done

# --- The peer's answer must equal FiveAim's --------------------------------------------------------------------------
core_args=()
for id in $CORE; do core_args+=(--indicator "$id"); done
for scale in $SCALES; do
    dir=$(dataset "$scale")
    say "checking DuckDB's indicators against FiveAim's at scale $scale"
    "$FIVEAIM" indicators "$dir" --network all --format csv --as-of "$AS_OF" > "$WORK/fiveaim-scale$scale.csv"
    python3 "$ROOT/Benchmarks/peer/duckdb_indicators.py" "$dir" "$ROOT/Indicators" --out "$WORK/duckdb-scale$scale.csv"
    python3 "$ROOT/Benchmarks/peer/compare.py" "$WORK/fiveaim-scale$scale.csv" "$WORK/duckdb-scale$scale.csv" >&2 \
        || die "DuckDB's indicators differ from FiveAim's at scale $scale (files in $WORK)"
done

# --- Waiting for a quiet machine ------------------------------------------------------------------------------------
load1() { cut -d' ' -f1 /proc/loadavg; }
if [ "$QUIET_LOAD" != 0 ]; then
    waited=0
    while python3 -c "import sys; sys.exit(0 if $(load1) >= $QUIET_LOAD else 1)"; do
        if [ "$waited" -ge "$QUIET_TIMEOUT" ]; then say "the machine is still loaded ($(load1)); measuring anyway"; break; fi
        [ "$waited" = 0 ] && say "waiting for the 1-minute load average ($(load1)) to fall below $QUIET_LOAD"
        sleep 30; waited=$((waited + 30))
    done
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Measuring ------------------------------------------------------------------------------------------------------
# measure NAME COMMAND...: one warm-up run (file cache), then RUNS runs; appends "NAME median_s max_rss_kb median_cpu_s".
MEASURES=$WORK/measures.txt
: > "$MEASURES"
measure() {
    local name=$1; shift
    say "$name"
    "$@" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt" >&2; die "failed: $*"; }
    local walls=() rss=() cpus=()
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f '%e %M %U %S' -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" \
            || { cat "$WORK/stderr.txt" >&2; die "failed: $*"; }
        read -r wall kb user sys < "$WORK/time.txt"
        walls+=("$wall"); rss+=("$kb"); cpus+=("$(python3 -c "print($user + $sys)")")
        printf '   %s s  %s KB\n' "$wall" "$kb" >&2
    done
    python3 - "$name" "${walls[*]}" "${rss[*]}" "${cpus[*]}" >> "$MEASURES" <<'EOF'
import statistics, sys
name, walls, rss, cpus = sys.argv[1], *[list(map(float, a.split())) for a in sys.argv[2:]]
print(f"{name}\t{statistics.median(walls):.3f}\t{int(max(rss))}\t{statistics.median(cpus):.3f}")
EOF
}

for scale in $SCALES; do
    dir=$(dataset "$scale")
    files=("$dir"/*.csv)
    measure "floor/$scale" "$FLOOR" "${files[@]}"
    measure "reader/$scale" "$CSVCOUNT" "${files[@]}"
    # Below scale 10 a pass takes a few tens of milliseconds: process start (the Swift runtime's, the C program's) and
    # the timer's 10 ms steps weigh on the figure. The same files are then also read over and over in one process,
    # so that the throughput is the reader's.
    repeat=$(( scale < 10 ? 10 / scale : 1 ))
    if [ "$repeat" -gt 1 ]; then
        repeated=()
        for _ in $(seq "$repeat"); do repeated+=("${files[@]}"); done
        echo "$repeat" > "$WORK/reader-repeat-scale$scale.count"
        measure "floor-repeated/$scale" "$FLOOR" "${repeated[@]}"
        measure "reader-repeated/$scale" "$CSVCOUNT" "${repeated[@]}"
    fi
    measure "validate/$scale" "$FIVEAIM" validate "$dir" --as-of "$AS_OF"
    measure "indicators/$scale" "$FIVEAIM" indicators "$dir" --network all --format csv --as-of "$AS_OF"
    measure "indicators-core/$scale" "$FIVEAIM" indicators "$dir" --network all --format csv --as-of "$AS_OF" "${core_args[@]}"
    measure "duckdb/$scale" python3 "$ROOT/Benchmarks/peer/duckdb_indicators.py" "$dir" "$ROOT/Indicators" --out /dev/null
    if "$FIVEAIM" report --help >/dev/null 2>&1 && [[ " $REPORT_SCALES " == *" $scale "* ]]; then
        for format in html docx; do
            [ "$format" = docx ] && [[ " $DOCX_SCALES " != *" $scale "* ]] && continue
            rm -rf "$WORK/reports-$format"
            measure "report-$format/$scale" "$FIVEAIM" report "$dir" --network all --year "$REPORT_YEAR" --lang fr \
                --format "$format" --out "$WORK/reports-$format" --as-of "$AS_OF"
            ls "$WORK/reports-$format" | wc -l > "$WORK/reports-$format-scale$scale.count"
        done
    fi
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- The table ------------------------------------------------------------------------------------------------------
python3 "$ROOT/Benchmarks/tools/results_table.py" "$MEASURES" "$WORK" "$BENCH_DATA" "$UNTIL" "$RUNS" "$LOAD_BEFORE" "$LOAD_AFTER" "$SCALES" \
    > "$RESULTS/results.md"
cat "$RESULTS/results.md"
