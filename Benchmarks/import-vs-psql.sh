#!/usr/bin/env bash
# Import throughput: `fiveaim db import` (validation, SHA-256, slice replacement, COPY, one
# transaction) against a plain `psql \copy` of the same CSV rows into the same tables (same primary
# keys and checks; `month` kept as text since psql cannot turn YYYY-MM into a date), in one
# transaction (`psql -1`). Both run on the demo dataset, on a throw-away server started here
# (scripts/postgres-start.sh: fsync off for both), best and median of $RUNS runs, tables emptied before each run.
#
#   bash Benchmarks/import-vs-psql.sh            # demo at scale 4 (128 networks), until 2026-10
#   SCALE=1 RUNS=5 bash Benchmarks/import-vs-psql.sh
#   FIVEAIM_BIN=path/to/fiveaim bash Benchmarks/import-vs-psql.sh   # skip the release build
set -euo pipefail
cd "$(dirname "$0")/.."

scale=${SCALE:-4}
until=${UNTIL:-2026-10}
runs=${RUNS:-3}
bin=${FIVEAIM_BIN:-}
if [ -z "$bin" ]; then
  swift build -c release --scratch-path .build-bench-pg --product fiveaim >&2
  bin=.build-bench-pg/release/fiveaim
fi
command -v psql >/dev/null || { echo "error: psql not found (Debian postgresql-client)" >&2; exit 69; }

work=$(mktemp -d "${TMPDIR:-/tmp}/fiveaim-bench.XXXXXX")
chmod 755 "$work"
export FIVEAIM_PG_DIR=$work/pg
trap 'bash scripts/postgres-stop.sh; rm -rf "$work"' EXIT
eval "$(bash scripts/postgres-start.sh)"
admin=$FIVEAIM_TEST_DATABASE_URL
base=${admin%/postgres}

"$bin" demo --out "$work/demo" --until "$until" --scale "$scale" >/dev/null
chmod -R a+rX "$work/demo"
rows=0
for file in "$work"/demo/*.csv; do rows=$(( rows + $(wc -l < "$file") - 1 )); done
echo "dataset: demo --scale $scale --until $until: $(ls "$work"/demo/*.csv | wc -l) files, $rows rows, $(du -sh "$work/demo" | cut -f1)" >&2

psql "$admin" -qc "CREATE DATABASE bench_fiveaim" -c "CREATE DATABASE bench_psql"
"$bin" db init --db "$base/bench_fiveaim" >/dev/null
"$bin" db init --db "$base/bench_psql" >/dev/null
tables="networks tariffs population activity group_sessions operating_costs beneficiaries waits budget outcomes experience workforce"
{
  echo "CREATE SCHEMA plain;"
  for table in $tables; do echo "CREATE TABLE plain.$table (LIKE fiveaim.$table INCLUDING ALL);"; done
  for table in activity group_sessions operating_costs waits; do
    echo "ALTER TABLE plain.$table DROP CONSTRAINT ${table}_month_check, ALTER COLUMN month TYPE text;"
  done
} | psql "$base/bench_psql" -q -v ON_ERROR_STOP=1

# The psql script: one \copy per file, with the file's own header as column list.
script=$work/copy.sql
: > "$script"
for file in "$work"/demo/*.csv; do
  name=$(basename "$file" .csv)
  table=${name%%-*}
  echo "\\copy plain.$table ($(head -n 1 "$file")) FROM '$file' WITH (FORMAT csv, HEADER true)" >> "$script"
done

now() { date +%s.%N; }
best_fiveaim=""
best_psql=""
all_fiveaim=""
all_psql=""
for run in $(seq 1 "$runs"); do
  psql "$base/bench_fiveaim" -qc "TRUNCATE $(for t in $tables; do printf 'fiveaim.%s, ' "$t"; done) fiveaim.import_files, fiveaim.import_tables, fiveaim.import_networks, fiveaim.imports"
  psql "$base/bench_psql" -qc "TRUNCATE $(for t in $tables; do printf 'plain.%s, ' "$t"; done | sed 's/, $//')"
  start=$(now)
  "$bin" db import "$work/demo" --db "$base/bench_fiveaim" >/dev/null
  seconds=$(echo "$(now) $start" | awk '{ printf "%.3f", $1 - $2 }')
  best_fiveaim=$(echo "$seconds ${best_fiveaim:-$seconds}" | awk '{ print ($1 < $2 ? $1 : $2) }')
  start=$(now)
  psql "$base/bench_psql" -q -1 -v ON_ERROR_STOP=1 -f "$script" >/dev/null
  seconds_psql=$(echo "$(now) $start" | awk '{ printf "%.3f", $1 - $2 }')
  best_psql=$(echo "$seconds_psql ${best_psql:-$seconds_psql}" | awk '{ print ($1 < $2 ? $1 : $2) }')
  all_fiveaim="$all_fiveaim $seconds"
  all_psql="$all_psql $seconds_psql"
  echo "run $run: fiveaim db import ${seconds}s, psql \\copy ${seconds_psql}s" >&2
done

loaded_fiveaim=$(psql "$base/bench_fiveaim" -Atc "SELECT sum(n) FROM (SELECT count(*) n FROM fiveaim.activity UNION ALL SELECT count(*) FROM fiveaim.waits UNION ALL SELECT count(*) FROM fiveaim.operating_costs UNION ALL SELECT count(*) FROM fiveaim.beneficiaries UNION ALL SELECT count(*) FROM fiveaim.group_sessions UNION ALL SELECT count(*) FROM fiveaim.budget UNION ALL SELECT count(*) FROM fiveaim.population UNION ALL SELECT count(*) FROM fiveaim.outcomes UNION ALL SELECT count(*) FROM fiveaim.experience UNION ALL SELECT count(*) FROM fiveaim.workforce UNION ALL SELECT count(*) FROM fiveaim.networks) s")
loaded_psql=$(psql "$base/bench_psql" -Atc "SELECT sum(n) FROM (SELECT count(*) n FROM plain.activity UNION ALL SELECT count(*) FROM plain.waits UNION ALL SELECT count(*) FROM plain.operating_costs UNION ALL SELECT count(*) FROM plain.beneficiaries UNION ALL SELECT count(*) FROM plain.group_sessions UNION ALL SELECT count(*) FROM plain.budget UNION ALL SELECT count(*) FROM plain.population UNION ALL SELECT count(*) FROM plain.outcomes UNION ALL SELECT count(*) FROM plain.experience UNION ALL SELECT count(*) FROM plain.workforce UNION ALL SELECT count(*) FROM plain.networks) s")
[ "$loaded_fiveaim" = "$rows" ] && [ "$loaded_psql" = "$rows" ] \
  || { echo "error: rows loaded differ: files $rows, fiveaim $loaded_fiveaim, psql $loaded_psql" >&2; exit 1; }

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
median_fiveaim=$(echo "$all_fiveaim" | median)
median_psql=$(echo "$all_psql" | median)
awk -v rows="$rows" -v f="$best_fiveaim" -v p="$best_psql" -v mf="$median_fiveaim" -v mp="$median_psql" -v runs="$runs" 'BEGIN {
  printf "rows: %d; best and median of %d runs\n", rows, runs
  printf "fiveaim db import: best %8.3f s  %10.0f rows/s; median %8.3f s  %10.0f rows/s (validation, SHA-256, slices, COPY, one transaction)\n", f, rows / f, mf, rows / mf
  printf "psql \\copy:        best %8.3f s  %10.0f rows/s; median %8.3f s  %10.0f rows/s\n", p, rows / p, mp, rows / mp
  printf "ratio fiveaim / psql: best %.2f x, median %.2f x\n", (rows / f) / (rows / p), (rows / mf) / (rows / mp)
}'
