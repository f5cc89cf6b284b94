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

    /// The largest total of a column bounded as `total`.
    public static func limit(of total: ColumnTotal) -> Int64 {
        switch total {
        case .count, .countWith: countTotal
        case .money: moneyTotalCents
        }
    }

    /// The totals of `dataset` that exceed the bounds, one diagnostic per column (FA2053): every column whose schema
    /// declares a bound (`ColumnSpec.total`), with the row's values read by `values`.
    public static func check(_ dataset: Dataset) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func total<Row>(_ table: TableKind, _ rows: [Row]?, _ value: @escaping (Row, ContractColumn) -> Int64?) {
            guard let rows else { return }
            for spec in table.columns {
                guard let bound = spec.total, let column = spec.column else { continue }
                let limit = limit(of: bound)
                // A column priced with another is bounded with it: its value is the sum of both.
                var label = spec.name
                var read: (Row) -> Int64? = { value($0, column) }
                if case .countWith(let other) = bound {
                    label = "\(other) + \(spec.name)"
                    read = { row in
                        guard let first = value(row, other), let second = value(row, column) else { return nil }
                        let (sum, overflow) = first.addingReportingOverflow(second)
                        return overflow ? .max : sum
                    }
                }
                if let exceeded = firstRowPassing(limit, rows, read) {
                    // The row where the running total passes the bound: its own file and line (a table may be split by year).
                    let place = RowPlaces.locate([exceeded], of: table, in: dataset)[exceeded] ?? dataset.location(of: table)
                    problems.append(
                        Diagnostic(
                            .error, .numberTooLarge, at: place,
                            "table \(table.name), column '\(label)': the total passes \(limit) at this row; FiveAim keeps every sum exact below that bound and real totals are far smaller (check the export)"
                        ))
                }
            }
        }
        total(.activity, dataset.activity) { row, column in column == .units ? row.units : nil }
        total(.population, dataset.population) { row, column in
            switch column {
            case .population: row.population
            case .populationBim: row.populationBim
            default: nil
            }
        }
        total(.groupSessions, dataset.groupSessions) { row, column in
            switch column {
            case .sessions: row.sessions
            case .sessionsTwoPsychologists: row.sessionsTwoPsychologists
            default: nil
            }
        }
        total(.beneficiaries, dataset.beneficiaries) { row, column in column == .beneficiaries ? row.beneficiaries : nil }
        total(.waits, dataset.waits) { row, column in column == .count ? row.count : nil }
        total(.outcomes, dataset.outcomes) { row, column in column == .pairs ? row.pairs : nil }
        total(.experience, dataset.experience) { row, column in column == .respondents ? row.respondents : nil }
        total(.workforce, dataset.workforce) { row, column in
            switch column {
            case .providers: row.providers
            case .fte: row.fteHundredths
            case .intervisionSessions: row.intervisionSessions
            case .providersSurveyed: row.providersSurveyed
            default: nil
            }
        }
        total(.outreachSites, dataset.outreachSites) { row, column in
            switch column {
            case .sites: row.sites
            case .sessions: row.sessions
            default: nil
            }
        }
        total(.operatingCosts, dataset.operatingCosts) { row, column in column == .amountEur ? row.amount.cents : nil }
        total(.budget, dataset.budget) { row, column in column == .amountEur ? row.amount.cents : nil }
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

    /// The index of the row where the running total of `read` passes `limit` (or overflows), nil when it never does.
    private static func firstRowPassing<Row>(_ limit: Int64, _ rows: [Row], _ read: (Row) -> Int64?) -> Int? {
        var sum: Int64 = 0
        return rows.withUnsafeBufferPointer { rows in  // rows read in place, not copied one by one
            for index in rows.indices {
                guard let amount = read(rows[index]) else { continue }
                let (next, overflow) = sum.addingReportingOverflow(amount)
                if overflow || next > limit { return index }
                sum = next
            }
            return nil
        }
    }
}
