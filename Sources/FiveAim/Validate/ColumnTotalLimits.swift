/// Bounds on each table's column totals that keep every sum and product the engine forms exact in Int64.
///
/// Each count column's total stays at most 2^40 (≈ 1.1 × 10^12; Belgium's yearly sessions are about 10^6), each
/// money column's total at most 2^53 cents, and each tariff at most 2^22 cents (41 943.04 €). Every engine sum is a
/// sum over part of one column, and every product is a tariff times units (≤ 2^22 × 2^40 = 2^62), so nothing reaches
/// 2^63: a dataset within these bounds can never make the engine overflow. Checked for directories and `--db` alike.
public enum ColumnTotalLimits {
    /// Largest total of a count column.
    public static let countTotal: Int64 = 1 << 40
    /// Largest total of a money column, in cents.
    public static let moneyTotalCents: Int64 = 1 << 53
    /// Largest single tariff or co-payment, in cents.
    public static let tariffCents: Int64 = 1 << 22

    /// The totals of `dataset` that exceed the bounds, one diagnostic per column (FA2053).
    public static func check(_ dataset: Dataset) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func total<Row>(_ table: TableKind, _ rows: [Row]?, _ column: String, limit: Int64, _ value: (Row) -> Int64?) {
            guard let rows else { return }
            var sum: Int64 = 0
            let exceeded: Int? = rows.withUnsafeBufferPointer { rows in  // rows read in place, not copied one by one
                for index in rows.indices {
                    guard let amount = value(rows[index]) else { continue }
                    let (next, overflow) = sum.addingReportingOverflow(amount)
                    if overflow || next > limit { return index }
                    sum = next
                }
                return nil
            }
            if let exceeded {
                // The row where the running total passes the bound: its own file and line (a table may be split by year).
                let place = RowPlaces.locate([exceeded], of: table, in: dataset)[exceeded] ?? dataset.location(of: table)
                problems.append(
                    Diagnostic(
                        .error, .numberTooLarge, at: place,
                        "table \(table.name), column '\(column)': the total passes \(limit) at this row; FiveAim keeps every sum exact below that bound and real totals are far smaller (check the export)"
                    ))
            }
        }
        total(.activity, dataset.activity, "units", limit: countTotal) { $0.units }
        total(.population, dataset.population, "population", limit: countTotal) { $0.population }
        total(.population, dataset.population, "population_bim", limit: countTotal) { $0.populationBim }
        total(.groupSessions, dataset.groupSessions, "sessions", limit: countTotal) { $0.sessions }
        // The group fees are priced on sessions + sessions_two_psychologists (art. 15 §2 3°): that sum is bounded too.
        total(.groupSessions, dataset.groupSessions, "sessions + sessions_two_psychologists", limit: countTotal) { row in
            let (fees, overflow) = row.sessions.addingReportingOverflow(row.sessionsTwoPsychologists)
            return overflow ? .max : fees
        }
        total(.beneficiaries, dataset.beneficiaries, "beneficiaries", limit: countTotal) { $0.beneficiaries }
        total(.waits, dataset.waits, "count", limit: countTotal) { $0.count }
        total(.outcomes, dataset.outcomes, "pairs", limit: countTotal) { $0.pairs }
        total(.experience, dataset.experience, "respondents", limit: countTotal) { $0.respondents }
        total(.workforce, dataset.workforce, "providers", limit: countTotal) { $0.providers }
        total(.workforce, dataset.workforce, "intervision_sessions", limit: countTotal) { $0.intervisionSessions }
        total(.workforce, dataset.workforce, "providers_surveyed", limit: countTotal) { $0.providersSurveyed }
        total(.workforce, dataset.workforce, "fte", limit: countTotal) { $0.fteHundredths }
        total(.operatingCosts, dataset.operatingCosts, "amount_eur", limit: moneyTotalCents) { $0.amount.cents }
        total(.budget, dataset.budget, "amount_eur", limit: moneyTotalCents) { $0.amount.cents }
        for tariff in dataset.tariffs where max(tariff.amount.cents, tariff.copayBim.cents, tariff.copayOther.cents) > tariffCents {
            problems.append(
                Diagnostic(
                    .error, .numberTooLarge, at: dataset.location(of: .tariffs),
                    "table tariffs, year \(tariff.year), pseudocode \(tariff.pseudocode): an amount above \(Money(cents: tariffCents)) euros; expected a convention tariff"
                ))
            break
        }
        return problems
    }
}
