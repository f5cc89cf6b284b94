#!/usr/bin/env python3
"""The peer of `fiveaim indicators`: eight core 5AIM indicators computed by DuckDB with SQL from the same CSV files.

Usage: duckdb_indicators.py DATASET_DIR CATALOG_DIR [--out FILE]

Writes `indicator,network,year,numerator,denominator,value` (value with six decimals, empty when not available),
one row per indicator, network in force (and BE) and calendar year with data, sorted like FiveAim's CSV.
The definitions follow Indicators/indicators/*.yaml and docs/indicators.md: monthly tables count a missing
row as 0, yearly tables (beneficiaries, budget) make a network without a row for the year not available,
BE sums networks except for distinct beneficiaries (the dataset's own BE rows), money is exact (DECIMAL).
This is what an analyst would write; it does not validate the data contract (FiveAim does).
"""
import os
import sys

import duckdb


def csv(path, columns):
    """A read_csv call with explicit column types (no sniffing of types)."""
    cols = ", ".join(f"'{name}': '{kind}'" for name, kind in columns)
    files = path if isinstance(path, str) else "[" + ", ".join(f"'{p}'" for p in path) + "]"
    if isinstance(path, str):
        files = f"'{path}'"
    return f"read_csv({files}, header = true, delim = ',', quote = '\"', columns = {{{cols}}})"


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--out")]
    out = None
    for i, a in enumerate(argv):
        if a == "--out":
            out = argv[i + 1]
            args.remove(out)
    if len(args) != 2:
        sys.exit("usage: duckdb_indicators.py DATASET_DIR CATALOG_DIR [--out FILE]")
    data, catalog = args
    ref = os.path.join(catalog, "reference")
    activity = sorted(os.path.join(data, f) for f in os.listdir(data)
                      if f == "activity.csv" or (f.startswith("activity-") and f.endswith(".csv")))
    networks_csv = os.path.join(data, "networks.csv")
    if not os.path.exists(networks_csv):
        networks_csv = os.path.join(ref, "networks.csv")
    tariff_files = [os.path.join(ref, "tariffs.csv")]

    con = duckdb.connect()
    q = con.execute
    q(f"CREATE TEMP TABLE networks AS SELECT network FROM {csv(networks_csv, [('network', 'VARCHAR'), ('name', 'VARCHAR'), ('target_group', 'VARCHAR'), ('region', 'VARCHAR')])}")
    q(f"""CREATE TEMP TABLE codes AS SELECT pseudocode, function, modality, setting, unit
          FROM read_csv('{os.path.join(ref, 'pseudocodes.csv')}', header = true, all_varchar = true)""")
    q("ALTER TABLE codes ALTER pseudocode TYPE INTEGER")
    # Tariffs: the dataset's own tariffs.csv replaces the shipped ones for the years it covers.
    tariff_cols = [("year", "INTEGER"), ("pseudocode", "INTEGER"), ("amount_eur", "DECIMAL(18,2)"),
                   ("copay_bim_eur", "DECIMAL(18,2)"), ("copay_other_eur", "DECIMAL(18,2)")]
    q(f"CREATE TEMP TABLE tariffs AS SELECT * FROM {csv(tariff_files[0], tariff_cols)}")
    own = os.path.join(data, "tariffs.csv")
    if os.path.exists(own):
        q(f"CREATE TEMP TABLE own_tariffs AS SELECT * FROM {csv(own, tariff_cols)}")
        q("DELETE FROM tariffs WHERE year IN (SELECT year FROM own_tariffs)")
        q("INSERT INTO tariffs SELECT * FROM own_tariffs")

    activity_src = csv(activity, [("network", "VARCHAR"), ("month", "VARCHAR"), ("pseudocode", "INTEGER"),
                                  ("age_band", "VARCHAR"), ("bim", "VARCHAR"), ("units", "BIGINT")])
    groups_csv = os.path.join(data, "group_sessions.csv")
    with open(groups_csv, encoding="utf-8") as header_file:
        co_led = "sessions_two_psychologists" in header_file.readline().strip().lower().split(",")
    groups_src = csv(groups_csv, [("network", "VARCHAR"), ("month", "VARCHAR"), ("function", "VARCHAR"), ("sessions", "BIGINT")]
                     + ([("sessions_two_psychologists", "BIGINT")] if co_led else []))
    # Each of two psychologists bills the group fee (art. 15 §2 3°): fees = sessions + sessions_two_psychologists.
    fees_expr = "sessions + sessions_two_psychologists" if co_led else "sessions"
    waits_src = csv(os.path.join(data, "waits.csv"), [("network", "VARCHAR"), ("month", "VARCHAR"), ("function", "VARCHAR"),
                                                      ("age_band", "VARCHAR"), ("bucket", "VARCHAR"), ("count", "BIGINT")])
    benef_src = csv(os.path.join(data, "beneficiaries.csv"), [("network", "VARCHAR"), ("year", "INTEGER"), ("function", "VARCHAR"),
                                                              ("age_band", "VARCHAR"), ("bim", "VARCHAR"), ("beneficiaries", "BIGINT")])
    budget_src = csv(os.path.join(data, "budget.csv"), [("network", "VARCHAR"), ("year", "INTEGER"), ("line", "VARCHAR"),
                                                        ("amount_eur", "DECIMAL(18,2)")])

    # One pass per table, aggregated to (network, year).
    q(f"""CREATE TEMP TABLE act AS
        WITH rows AS (
            SELECT a.network, CAST(substr(a.month, 1, 4) AS INTEGER) AS year, a.age_band, a.bim, a.units, c.*
            FROM {activity_src} a JOIN codes c USING (pseudocode)),
        priced AS (
            SELECT r.*, t.amount_eur, CASE WHEN r.age_band IN ('0-11', '12-14', '15-17', '18-23') THEN 0
                                           WHEN r.bim = 'yes' THEN t.copay_bim_eur ELSE t.copay_other_eur END AS copay
            FROM rows r ASOF LEFT JOIN tariffs t ON r.pseudocode = t.pseudocode AND r.year >= t.year)
        SELECT network, year,
            coalesce(sum(units) FILTER (WHERE function IN ('2', '3') AND modality = 'individual'), 0) AS i23,
            coalesce(sum(units) FILTER (WHERE function IN ('2', '3') AND modality = 'individual' AND setting = 'outreach'), 0) AS outreach,
            coalesce(sum(units) FILTER (WHERE function IN ('2', '3') AND modality = 'group'), 0) AS g23,
            coalesce(sum(CASE modality WHEN 'individual' THEN (amount_eur - copay) * units
                                       WHEN 'group' THEN -copay * units
                                       ELSE amount_eur * units END)
                     FILTER (WHERE function = '3' OR unit = 'professional_participation'), 0) AS f3_eur
        FROM priced GROUP BY ALL""")
    # Group fees of function 3: fees (sessions, twice when co-led) x the fee of its psychologist group code (the lowest such code).
    q(f"""CREATE TEMP TABLE grp AS
        WITH rows AS (SELECT network, CAST(substr(month, 1, 4) AS INTEGER) AS year, function, sessions,
                             {fees_expr} AS fees FROM {groups_src}),
        fee AS (SELECT t.year, t.amount_eur FROM tariffs t
                WHERE t.pseudocode = (SELECT min(pseudocode) FROM codes WHERE function = '3' AND modality = 'group'))
        SELECT r.network, r.year,
            coalesce(sum(r.sessions) FILTER (WHERE r.function IN ('2', '3')), 0) AS sessions23,
            coalesce(sum(r.fees * f.amount_eur) FILTER (WHERE r.function = '3'), 0) AS f3_fees
        FROM rows r ASOF LEFT JOIN fee f ON r.year >= f.year GROUP BY ALL""")
    q(f"""CREATE TEMP TABLE wts AS
        SELECT network, CAST(substr(month, 1, 4) AS INTEGER) AS year,
            coalesce(sum(count) FILTER (WHERE bucket = '0-7'), 0) AS b0,
            coalesce(sum(count) FILTER (WHERE bucket = '8-14'), 0) AS b1,
            coalesce(sum(count) FILTER (WHERE bucket = '15-30'), 0) AS b2,
            coalesce(sum(count) FILTER (WHERE bucket = '31-60'), 0) AS b3,
            coalesce(sum(count) FILTER (WHERE bucket = '61-90'), 0) AS b4,
            coalesce(sum(count) FILTER (WHERE bucket = '91+'), 0) AS b5
        FROM {waits_src} GROUP BY ALL""")
    q(f"""CREATE TEMP TABLE ben AS
        SELECT network, year,
            coalesce(sum(beneficiaries) FILTER (WHERE bim = 'yes'), 0) AS bim_yes,
            coalesce(sum(beneficiaries) FILTER (WHERE bim IN ('yes', 'no')), 0) AS bim_known
        FROM {benef_src} WHERE function = 'all' GROUP BY ALL""")
    q(f"""CREATE TEMP TABLE bud AS
        SELECT network, year, coalesce(sum(amount_eur) FILTER (WHERE line = 'care_base'), 0) AS care_base
        FROM {budget_src} GROUP BY ALL""")
    # BE: sums over the networks (present when any network has a row), and the beneficiaries' own BE rows.
    q("INSERT INTO act SELECT 'BE', year, sum(i23), sum(outreach), sum(g23), sum(f3_eur) FROM act GROUP BY year")
    q("INSERT INTO grp SELECT 'BE', year, sum(sessions23), sum(f3_fees) FROM grp GROUP BY year")
    q("INSERT INTO wts SELECT 'BE', year, sum(b0), sum(b1), sum(b2), sum(b3), sum(b4), sum(b5) FROM wts GROUP BY year")
    q("INSERT INTO bud SELECT 'BE', year, sum(care_base) FROM bud WHERE network <> 'BE' GROUP BY year")

    rows = q("""
        WITH years AS (SELECT year FROM act UNION SELECT year FROM grp UNION SELECT year FROM wts
                       UNION SELECT year FROM ben UNION SELECT year FROM bud),
        grid AS (SELECT n.network, y.year FROM (SELECT network FROM networks WHERE network <> 'BE' UNION ALL SELECT 'BE') n, years y),
        cell AS (
            SELECT g.network, g.year,
                coalesce(a.i23, 0) AS i23, coalesce(a.outreach, 0) AS outreach, coalesce(a.g23, 0) AS g23,
                coalesce(a.f3_eur, 0) + coalesce(r.f3_fees, 0) AS f3, coalesce(r.sessions23, 0) AS s23,
                coalesce(w.b0, 0) AS b0, coalesce(w.b1, 0) AS b1, coalesce(w.b2, 0) AS b2,
                coalesce(w.b3, 0) AS b3, coalesce(w.b4, 0) AS b4, coalesce(w.b5, 0) AS b5,
                b.bim_yes, b.bim_known, d.care_base
            FROM grid g LEFT JOIN act a USING (network, year) LEFT JOIN grp r USING (network, year)
                LEFT JOIN wts w USING (network, year) LEFT JOIN ben b USING (network, year) LEFT JOIN bud d USING (network, year)),
        h AS (SELECT *, b0 + b1 + b2 + b3 + b4 + b5 AS known, (b0 + b1 + b2 + b3 + b4 + b5) / 2.0 AS half FROM cell),
        results AS (
            SELECT 'individual_sessions' AS indicator, network, year, i23::VARCHAR AS numerator, NULL AS denominator, i23::DOUBLE AS value FROM h
            UNION ALL SELECT 'outreach_share', network, year, outreach::VARCHAR, i23::VARCHAR, CASE WHEN i23 > 0 THEN outreach / i23 END FROM h
            UNION ALL SELECT 'group_participation_share', network, year, g23::VARCHAR, (g23 + i23)::VARCHAR,
                CASE WHEN g23 + i23 > 0 THEN g23 / (g23 + i23) END FROM h
            UNION ALL SELECT 'mean_group_size_f23', network, year, g23::VARCHAR, s23::VARCHAR, CASE WHEN s23 > 0 THEN g23 / s23 END FROM h
            UNION ALL SELECT 'wait_within_30d', network, year, (b0 + b1 + b2)::VARCHAR, known::VARCHAR,
                CASE WHEN known > 0 THEN (b0 + b1 + b2) / known END FROM h
            UNION ALL SELECT 'wait_median_days', network, year, known::VARCHAR, NULL,
                CASE WHEN known = 0 THEN NULL
                     WHEN b0 > 0 AND b0 >= half THEN 0 + (half) / b0 * 8
                     WHEN b1 > 0 AND b0 + b1 >= half THEN 8 + (half - b0) / b1 * 7
                     WHEN b2 > 0 AND b0 + b1 + b2 >= half THEN 15 + (half - b0 - b1) / b2 * 16
                     WHEN b3 > 0 AND b0 + b1 + b2 + b3 >= half THEN 31 + (half - b0 - b1 - b2) / b3 * 30
                     WHEN b4 > 0 AND b0 + b1 + b2 + b3 + b4 >= half THEN 61 + (half - b0 - b1 - b2 - b3) / b4 * 30
                     ELSE 91 END FROM h
            UNION ALL SELECT 'bim_share', network, year, bim_yes::VARCHAR, bim_known::VARCHAR,
                CASE WHEN bim_known > 0 THEN bim_yes / bim_known END FROM h
            UNION ALL SELECT 'function3_share_of_care_budget', network, year,
                f3::VARCHAR, care_base::VARCHAR,
                CASE WHEN care_base > 0 THEN f3::DOUBLE / care_base::DOUBLE END FROM h)
        SELECT indicator, network, year, numerator, denominator, value FROM results ORDER BY indicator, network, year
    """).fetchall()
    lines = ["indicator,network,year,numerator,denominator,value"]
    for indicator, network, year, numerator, denominator, value in rows:
        lines.append(f"{indicator},{network},{year},{numerator or ''},{denominator or ''},{'' if value is None else f'{value:.6f}'}")
    text = "\n".join(lines) + "\n"
    if out:
        with open(out, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv)
