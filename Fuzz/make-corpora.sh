#!/usr/bin/env bash
# Builds the seed corpora of the libFuzzer targets from the test fixtures and the shipped definitions:
#   bash Fuzz/make-corpora.sh [OUT]        (default OUT: .fuzz-corpora, one folder per target)
# Each target reads its own input layout (see the target's source in Fuzz/<Target>/):
#   CSVReaderFuzzer      a file's bytes                        <- every *.csv under Tests/
#   DatasetReaderFuzzer  1 byte (table index) + a table's file <- every *.csv under Tests/ named after a table
#   CatalogueFuzzer      1 byte (even: indicator, odd: catalog.yaml) + YAML text
#                                                             <- Indicators/indicators/*.yaml, Exports/report/measures/*.yaml, Indicators/catalog.yaml
#   ExtractSpecFuzzer    1 byte (index of the spec's name) + YAML text <- Exports/extracts/*.yaml
# libFuzzer adds what it finds to the first corpus folder it is given; keep OUT out of git (.fuzz-corpora is ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.fuzz-corpora}"
mkdir -p "$out"/{CSVReaderFuzzer,DatasetReaderFuzzer,CatalogueFuzzer,ExtractSpecFuzzer}

# One byte, then a file: the layout of the targets that pick a mode or a name from the first byte.
prefixed() { # BYTE FILE DEST
    { printf "\\$(printf '%03o' "$1")"; cat "$2"; } > "$3"
}

# The order of TableKind.allCases (Sources/FiveAim/Model/Schema/TableKind.swift): the DatasetReaderFuzzer's first byte.
tables=(networks population activity group_sessions operating_costs beneficiaries waits budget tariffs outcomes experience workforce)

n=0
while IFS= read -r -d '' file; do
    n=$((n + 1))
    cp "$file" "$out/CSVReaderFuzzer/seed-$n.csv"
    name=$(basename "$file" | tr 'A-Z' 'a-z')
    for index in "${!tables[@]}"; do
        table=${tables[$index]}
        if [[ $name == "$table.csv" || $name == "$table"[-_.\ ]* ]]; then
            prefixed "$index" "$file" "$out/DatasetReaderFuzzer/seed-$n-$table"
        fi
    done
done < <(find Tests -name '*.csv' -print0 | sort -z)

m=0
for file in Indicators/indicators/*.yaml Exports/report/measures/*.yaml; do
    m=$((m + 1))
    prefixed 0 "$file" "$out/CatalogueFuzzer/indicator-$m"
done
prefixed 1 Indicators/catalog.yaml "$out/CatalogueFuzzer/catalog"

# The order of the names in Fuzz/ExtractSpecFuzzer/ExtractSpecFuzzer.swift (sorted, as `ls` lists them).
index=0
for file in $(ls Exports/extracts/*.yaml | sort); do
    prefixed "$index" "$file" "$out/ExtractSpecFuzzer/$(basename "$file" .yaml)"
    index=$((index + 1))
done

for target in CSVReaderFuzzer DatasetReaderFuzzer CatalogueFuzzer ExtractSpecFuzzer; do
    echo "$out/$target: $(ls "$out/$target" | wc -l) seeds"
done
