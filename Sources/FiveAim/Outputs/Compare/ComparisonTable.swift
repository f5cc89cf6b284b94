import FiveAimCSV

/// The tidy table of a comparison, shared by the CSV and xlsx writers so that both hold the same figures:
/// one row per network (and `BE`), indicator and year.
public enum ComparisonTable {
    /// The column names, in order.
    public static let columns = [
        "indicator", "aim", "unit", "group", "network", "year", "months", "status", "numerator", "denominator", "value",
        "ci_low", "ci_high", "population", "per_1000", "per_1000_low", "per_1000_high", "rank", "change", "centre", "phi",
        "tau2", "adjusted", "z_score", "limit_95_low", "limit_95_high", "limit_998_low", "limit_998_high", "outlier",
        "extreme",
    ]

    /// A cell: text, an exact whole number, a number written with six decimals, or empty.
    public enum Cell: Sendable, Hashable {
        /// Text.
        case text(String)
        /// A whole number (counts, years, ranks).
        case integer(Int64)
        /// Euros, exact to the cent (written with two decimals).
        case euros(Int64)
        /// A measured value, written with six decimals.
        case decimal(Double)
        /// Nothing.
        case empty

        /// The CSV text of the cell: six decimals for values, two for euros, nothing for empty.
        public var text: String {
            switch self {
            case .text(let text): text
            case .integer(let value): String(value)
            case .euros(let cents): Money(cents: cents).description
            case .decimal(let value): DecimalText.fixed(value)
            case .empty: ""
            }
        }

        /// The number a spreadsheet stores: the value rounded as in the CSV (six decimals), so both outputs agree.
        public var number: Double? {
            switch self {
            case .integer(let value): Double(value)
            case .euros(let cents): Double(cents) / 100
            case .decimal: Double(text)
            case .text, .empty: nil
            }
        }
    }

    /// The cells of `row`, in the order of `columns`.
    public static func cells(_ row: ComparisonRow, comparison: NetworkComparison, indicator: IndicatorComparison) -> [Cell] {
        func decimal(_ value: Double?) -> Cell { value.map { .decimal($0) } ?? .empty }
        func quantity(_ value: Quantity?) -> Cell {
            switch value {
            case .count(let count): .integer(count)
            case .money(let money): .euros(money.cents)
            case nil: .empty
            }
        }
        let funnel = row.group.flatMap { indicator.panel($0, year: row.year)?.funnel }
        let hasFunnel = funnel != nil && row.centre != nil
        let overdispersion = hasFunnel ? funnel?.overdispersion : nil
        let result = row.result
        return [
            .text(row.indicator), .integer(Int64(indicator.definition.aim)), .text(indicator.definition.unit.rawValue),
            .text(row.group?.rawValue ?? ""), .text(row.network), .integer(Int64(row.year)),
            comparison.monthsWithActivity[row.year].map { .integer(Int64($0)) } ?? .integer(0),
            .text(result.status.rawValue), quantity(result.numerator), quantity(result.denominator), decimal(result.value),
            decimal(result.ciLow), decimal(result.ciHigh), row.population.map { .integer($0) } ?? .empty, decimal(row.perThousand),
            decimal(row.perThousandLow), decimal(row.perThousandHigh), row.rank.map { .integer(Int64($0)) } ?? .empty,
            decimal(row.change), decimal(row.centre), decimal(overdispersion?.phi), decimal(overdispersion?.tau2),
            hasFunnel ? .text(funnel!.adjusted ? "yes" : "no") : .empty, decimal(row.zScore), decimal(row.limits?.low95),
            decimal(row.limits?.high95), decimal(row.limits?.low998), decimal(row.limits?.high998), .text(outlierCell(row.outlier)),
            .text(extremeCell(row.outlier, zScore: row.zScore)),
        ]
    }

    /// `better` or `worse` beyond the 99.8 % limits, empty otherwise (and for indicators with no better direction).
    static func outlierCell(_ side: OutlierSide?) -> String {
        switch side {
        case .better?: "better"
        case .worse?: "worse"
        default: ""
        }
    }

    /// `high` or `low` for any value beyond the 99.8 % limits, whatever the indicator's direction; empty otherwise.
    static func extremeCell(_ side: OutlierSide?, zScore: Double?) -> String {
        switch side {
        case .high?: "high"
        case .low?: "low"
        case nil: ""
        case .better?, .worse?: (zScore ?? 0) > 0 ? "high" : "low"
        }
    }

    /// Every row of the comparison as cells, sorted by indicator, network, year (national `BE` rows included).
    public static func rows(_ comparison: NetworkComparison) -> [(aim: Int, cells: [Cell])] {
        comparison.indicators.flatMap { indicator in
            indicator.rows.map { (indicator.definition.aim, cells($0, comparison: comparison, indicator: indicator)) }
        }
    }
}

/// Writes a comparison as tidy CSV: the columns of `ComparisonTable`, LF line ends, `.` decimals, six decimals for
/// values, rows sorted by indicator, network, year. The same input gives the same bytes.
public enum ComparisonCSVWriter {
    /// The header line.
    public static var header: String { ComparisonTable.columns.joined(separator: ",") }

    /// The CSV text.
    public static func write(_ comparison: NetworkComparison) -> String {
        var lines = [header]
        for row in ComparisonTable.rows(comparison) {
            lines.append(CSVFormatter.record(row.cells.map(\.csvCell)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
