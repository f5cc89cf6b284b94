#!/usr/bin/env python3
"""Checks DuckDB's core indicators against FiveAim's: same rows, numerators, denominators, values to 4 decimals.

Usage: compare.py FIVEAIM_CSV DUCKDB_CSV
FIVEAIM_CSV is `fiveaim indicators --format csv` output (any indicators; only those DuckDB computed are compared).
Exits 1 and lists every difference (up to 20) when they disagree; prints one summary line when they agree.
"""
import csv
import sys


def load(path, fields):
    with open(path, newline="") as f:
        return {(r["indicator"], r["network"], r["year"]): tuple(r[k] for k in fields) for r in csv.DictReader(f)}


def same_number(a, b, tolerance):
    if a == "" or b == "":
        return a == b
    return abs(float(a) - float(b)) <= tolerance


def main(fiveaim_path, duckdb_path):
    fields = ("numerator", "denominator", "value")
    peer = load(duckdb_path, fields)
    indicators = {key[0] for key in peer}
    ours = {key: row for key, row in load(fiveaim_path, fields).items() if key[0] in indicators}
    problems = []
    for key in sorted(set(ours) | set(peer)):
        if key not in ours:
            problems.append(f"{key}: only in DuckDB's output")
        elif key not in peer:
            problems.append(f"{key}: only in FiveAim's output")
        else:
            (n1, d1, v1), (n2, d2, v2) = ours[key], peer[key]
            # Counts and euro amounts are exact; values agree to 4 decimals (half a unit of the 4th).
            if not (same_number(n1, n2, 0.001) and same_number(d1, d2, 0.001) and same_number(v1, v2, 0.00005)):
                problems.append(f"{key}: FiveAim {ours[key]} vs DuckDB {peer[key]}")
    if problems or not peer:
        print(f"MISMATCH: FiveAim and DuckDB disagree on {len(problems)} of {len(set(ours) | set(peer))} results"
              + ("" if peer else " (DuckDB produced no rows)"), file=sys.stderr)
        for line in problems[:20]:
            print("  " + line, file=sys.stderr)
        sys.exit(1)
    print(f"DuckDB = FiveAim: {len(peer)} results ({len(indicators)} indicators x networks and BE x years), "
          "numerators, denominators and values to 4 decimals")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: compare.py FIVEAIM_CSV DUCKDB_CSV")
    main(sys.argv[1], sys.argv[2])
