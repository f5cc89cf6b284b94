#!/usr/bin/env bash
# Writes every output FiveAim produces on the demo dataset into DIR and a SHA-256 list of them (DIR/SHA256SUMS),
# so that a refactoring can be checked byte for byte: run it before and after, then `diff` the two SHA256SUMS.
#   bash scripts/output-snapshot.sh DIR [FIVEAIM_BINARY]
# With FIVEAIM_TEST_DATABASE_URL set (scripts/postgres-start.sh), the dataset also goes through `db import` and the
# indicators are read back with --db.
set -euo pipefail
out=${1:?usage: output-snapshot.sh DIR [BINARY]}
cd "$(dirname "$0")/.."
fiveaim=${2:-$(swift build --show-bin-path)/fiveaim}
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
export SOURCE_DATE_EPOCH=1767225600

"$fiveaim" demo --out "$out/demo-data" --until 2026-10 >"$out/demo.txt" 2>&1
"$fiveaim" validate "$out/demo-data" >"$out/validate.txt" 2>&1
data="$out/demo-data"
for format in csv json table; do
  "$fiveaim" indicators "$data" --network all --format "$format" >"$out/indicators.$format" 2>"$out/indicators.$format.err"
  "$fiveaim" indicators "$data" --network all --year 2025 --audience committee --format "$format" >"$out/indicators-committee.$format" 2>/dev/null
done
"$fiveaim" checks "$data" >"$out/checks.csv" 2>"$out/checks.err" || true
"$fiveaim" checks "$data" --audience committee >"$out/checks-committee.csv" 2>/dev/null || true
for id in wait_median_days bim_equity_ratio; do
  for lang in fr nl de en; do "$fiveaim" explain "$id" --lang "$lang" >"$out/explain-$id-$lang.txt"; done
done
"$fiveaim" indicators "$data" --network all --year 2025 --lang nl --format table >"$out/indicators-nl.table" 2>/dev/null
"$fiveaim" report "$data" --network all --year 2025 --lang fr nl --format md html --out "$out/reports" >"$out/report.txt" 2>&1
"$fiveaim" report "$data" --network COM-GER --year 2025 --format md html --out "$out/reports-own-language" >/dev/null 2>&1
"$fiveaim" report "$data" --network all --year 2025 --lang fr --format md --audience committee --out "$out/reports-committee" >/dev/null 2>&1
for lang in fr nl de en; do
  "$fiveaim" compare "$data" --year 2025 --lang "$lang" --format html --out "$out/compare-$lang" >/dev/null 2>&1
done
"$fiveaim" compare "$data" --year 2025 --format csv >"$out/compare.csv" 2>/dev/null
mkdir -p "$out/extracts"
for spec in Exports/extracts/*.yaml; do
  name=$(basename "$spec" .yaml)
  case "$name" in texts.*) continue ;; esac  # the codebook's texts, not a spec
  "$fiveaim" extract "$data" --spec "$name" --out "$out/extracts/$name" >"$out/extract-$name.txt" 2>&1
done
if [ -n "${FIVEAIM_TEST_DATABASE_URL:-}" ]; then
  "$fiveaim" db init --db "$FIVEAIM_TEST_DATABASE_URL" >/dev/null
  "$fiveaim" db import "$data" --db "$FIVEAIM_TEST_DATABASE_URL" >/dev/null
  "$fiveaim" indicators --db "$FIVEAIM_TEST_DATABASE_URL" --network all --format csv >"$out/indicators-db.csv" 2>/dev/null
fi
(cd "$out" && find . -type f ! -name SHA256SUMS ! -path './demo-data/*' | LC_ALL=C sort | xargs sha256sum >SHA256SUMS)
echo "snapshot in $out: $(wc -l <"$out/SHA256SUMS") files"
