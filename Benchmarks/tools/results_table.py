#!/usr/bin/env python3
"""Writes Benchmarks/run.sh's results as a markdown table, with the machine and the issue-9 targets.

Usage: results_table.py MEASURES WORK BENCH_DATA UNTIL RUNS LOAD_BEFORE LOAD_AFTER SCALES
MEASURES holds one line per measurement: name, median wall seconds, largest peak RSS in KB, median CPU seconds.
"""
import glob
import os
import platform
import subprocess
import sys


def machine():
    cores = os.cpu_count()
    memory = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) / 1024 / 1024
    model = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{cores} × {platform.machine()} cores ({model}), {memory:.0f} GB memory, {platform.system()} {platform.release()}"


def version(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip().splitlines()[0]
    except Exception:
        return "?"


def dataset_size(folder):
    files = glob.glob(os.path.join(folder, "*.csv"))
    size = sum(os.path.getsize(f) for f in files)
    rows = 0
    for name in files:
        with open(name, "rb") as f:
            rows += sum(1 for _ in f) - 1
    return size, rows


def main(measures, work, data, until, runs, load_before, load_after, scales):
    scales = scales.split()
    m = {}
    with open(measures) as f:
        for line in f:
            name, wall, rss, cpu = line.rstrip("\n").split("\t")
            m[name] = (float(wall), int(rss) / 1024, float(cpu))
    sizes = {s: dataset_size(os.path.join(data, f"scale{s}-until{until}")) for s in scales}
    import duckdb

    out = []
    p = out.append
    p(f"Machine: {machine()}. Load average (1, 5, 15 min) {load_before} before the measurements, {load_after} after.")
    p(f"Tools: {version(['swift', '--version'])}; DuckDB {duckdb.__version__} (Python {platform.python_version()}, "
      f"{duckdb.connect().execute('SELECT current_setting(' + repr('threads') + ')').fetchone()[0]} threads); libcsv 3 (Debian); cc -O2.")
    p(f"Data: `fiveaim demo --until {until} --scale N` (seed 2024): "
      + "; ".join(f"scale {s}: {sizes[s][1]:,} rows, {sizes[s][0] / 1e6:.1f} MB" for s in scales) + ".")
    p(f"Median wall time of {runs} runs after one warm-up run (files in the page cache); peak RSS: the largest of the runs; "
      "CPU: user + system, median. Whole processes, start to last byte.")
    p("")
    head = "| command | " + " | ".join(f"scale {s}: wall | peak RSS | CPU" for s in scales) + " |"
    p(head)
    p("|---|" + "---:|---:|---:|" * len(scales))
    labels = [
        ("floor", "C floor: libcsv parse only, fields counted (`Benchmarks/floor/csv_floor.c`)"),
        ("reader", "FiveAim reader: `FiveAimCSV` only, fields counted (`csv-count`)"),
        ("floor-repeated", "C floor, the same files read N times in one process (below scale 10)"),
        ("reader-repeated", "FiveAim reader, the same files read N times in one process (below scale 10)"),
        ("validate", "`fiveaim validate`"),
        ("indicators", "`fiveaim indicators --network all` (34 indicators, every year)"),
        ("indicators-core", "`fiveaim indicators --network all` (the 8 core indicators)"),
        ("duckdb", "DuckDB: the 8 core indicators in SQL (`Benchmarks/peer/duckdb_indicators.py`)"),
        ("report-html", "`fiveaim report --network all --format html` (one year)"),
        ("report-docx", "`fiveaim report --network all --format docx` (one year)"),
    ]
    for key, label in labels:
        cells = []
        present = False
        for s in scales:
            value = m.get(f"{key}/{s}")
            if value is None:
                cells.append("– | – | –")
                continue
            present = True
            wall, rss, cpu = value
            extra = ""
            count_file = os.path.join(work, f"{key}-scale{s}.count".replace("report-", "reports-"))
            if key.startswith("report") and os.path.exists(count_file):
                extra = f" ({open(count_file).read().strip()} files)"
            cells.append(f"{wall:.2f} s{extra} | {rss:.0f} MB | {cpu:.2f} s")
        if present:
            p(f"| {label} | " + " | ".join(cells) + " |")
    p("")
    p("| ratio | " + " | ".join(f"scale {s}" for s in scales) + " |")
    p("|---|" + "---:|" * len(scales))

    def ratio_row(label, top, bottom, fmt):
        cells = []
        for s in scales:
            a, b = m.get(f"{top}/{s}"), m.get(f"{bottom}/{s}")
            cells.append(fmt(a, b, s) if a and b else "–")
        p(f"| {label} | " + " | ".join(cells) + " |")

    ratio_row("FiveAim ÷ DuckDB, wall: 34 indicators (target ≤ 1.0)", "indicators", "duckdb", lambda a, b, s: f"{a[0] / b[0]:.2f}")
    ratio_row("FiveAim ÷ DuckDB, wall: the same 8 indicators", "indicators-core", "duckdb", lambda a, b, s: f"{a[0] / b[0]:.2f}")
    ratio_row("FiveAim ÷ DuckDB, CPU: 34 indicators", "indicators", "duckdb", lambda a, b, s: f"{a[2] / b[2]:.2f}")
    ratio_row("FiveAim ÷ DuckDB, peak RSS: 34 indicators", "indicators", "duckdb", lambda a, b, s: f"{a[1] / b[1]:.2f}")
    def repeat(s):
        path = os.path.join(work, f"reader-repeat-scale{s}.count")
        return int(open(path).read().strip()) if os.path.exists(path) else 1

    def throughput(a, b, s, n):
        return f"{sizes[s][0] * n / 1e6 / a[0]:.0f} / {sizes[s][0] * n / 1e6 / b[0]:.0f} = {b[0] / a[0]:.2f}"

    # The target compares throughput: below scale 10 one pass over the files takes a few hundredths of a second, where
    # process start and the timer's 10 ms steps weigh, so the files read N times in one process stand for that scale.
    cells = []
    for s in scales:
        if repeat(s) > 1 and m.get(f"reader-repeated/{s}") and m.get(f"floor-repeated/{s}"):
            cells.append(f"N = {repeat(s)}: " + throughput(m[f"reader-repeated/{s}"], m[f"floor-repeated/{s}"], s, repeat(s)))
        elif m.get(f"reader/{s}") and m.get(f"floor/{s}"):
            cells.append(throughput(m[f"reader/{s}"], m[f"floor/{s}"], s, 1))
        else:
            cells.append("–")
    p("| reader MB/s: FiveAim / C floor (target ≥ 0.7; below scale 10 the files read N times in one process) | " + " | ".join(cells) + " |")
    ratio_row("reader MB/s, one pass per process (process start included): FiveAim / C floor", "reader", "floor",
              lambda a, b, s: throughput(a, b, s, 1))
    ratio_row("`fiveaim validate`: MB/s, rows/s", "validate", "validate",
              lambda a, b, s: f"{sizes[s][0] / 1e6 / a[0]:.0f} MB/s, {sizes[s][1] / a[0] / 1e6:.2f} M rows/s")
    print("\n".join(out))


if __name__ == "__main__":
    main(*sys.argv[1:])
