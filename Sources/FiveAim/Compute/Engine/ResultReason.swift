/// Why an indicator result has no value to show (not available, suppressed) or shows a bound (censored), with what a
/// reader needs to act on it. Outputs write it in their own words from the language files: the report's texts
/// (`Exports/report/texts.*.yaml`, key `reason.*`) and `Indicators/texts.*.yaml`, key `reason.*` (`ReasonTexts`).
public enum ResultReason: Sendable, Hashable {
    /// The dataset lacks a table the measure reads.
    case missingTable(TableKind)
    /// A yearly table was asked for a period that is not a calendar year.
    case yearlyTable(MeasureTable, period: ReportPeriod)
    /// A yearly table has no row for the network in the period (a missing row is unknown, not 0).
    case noNetworkRows(network: String, table: MeasureTable, period: ReportPeriod)
    /// A table of distinct people has no national (`BE`) row in the period: distinct people are never summed across
    /// networks.
    case noNationalRows(MeasureTable, period: ReportPeriod)
    /// A yearly table has no network row at all in the period, so there is no national sum.
    case noRows(MeasureTable, period: ReportPeriod)
    /// No tariffs of the year nor of an earlier year to price services of `year` (art. 17).
    case noTariffs(year: Int)
    /// The tariffs of `tariffYear` have no tariff for a pseudocode that has services.
    case noTariff(pseudocode: Int, tariffYear: Int)
    /// Annex 1 has no psychologist group code for a function with group sessions, so their fee cannot be priced.
    case noGroupCode(CareFunction)
    /// A wait median without any first session with a known wait.
    case noKnownWait
    /// The denominator of a ratio is 0.
    case zeroDenominator
    /// The reference share of a ratio of ratios is 0.
    case zeroReferenceShare
    /// A wait median in the last bucket (91+ days): shown as 91, a lower bound.
    case censoredMedian
    /// Disclosure control: a numerator or denominator from 1 to `threshold` − 1.
    case smallCell(threshold: Int64)
    /// Disclosure control: hidden so that the published national figure and network figures cannot narrow a small one.
    case complementarySuppression

    /// The key of the reason's text in the language files (`reasons.*.yaml`).
    public var key: String {
        switch self {
        case .missingTable: "missing_table"
        case .yearlyTable: "yearly_table"
        case .noNetworkRows: "no_network_rows"
        case .noNationalRows: "no_national_rows"
        case .noRows: "no_rows"
        case .noTariffs: "no_tariffs"
        case .noTariff: "no_tariff"
        case .noGroupCode: "no_group_code"
        case .noKnownWait: "no_known_wait"
        case .zeroDenominator: "zero_denominator"
        case .zeroReferenceShare: "zero_reference_share"
        case .censoredMedian: "censored_median"
        case .smallCell: "small_cell"
        case .complementarySuppression: "complementary_suppression"
        }
    }

    /// The values of the text's `{name}` placeholders.
    public var parameters: [String: String] {
        switch self {
        case .missingTable(let table): ["table": table.name]
        case .yearlyTable(let table, let period): ["table": table.name, "period": period.description]
        case .noNetworkRows(let network, let table, let period):
            ["network": network, "table": table.name, "period": period.description]
        case .noNationalRows(let table, let period), .noRows(let table, let period):
            ["table": table.name, "period": period.description]
        case .noTariffs(let year): ["year": String(year)]
        case .noTariff(let pseudocode, let tariffYear): ["pseudocode": String(pseudocode), "tariff_year": String(tariffYear)]
        case .noGroupCode(let function): ["function": function.rawValue]
        case .smallCell(let threshold): ["max": String(threshold - 1)]
        case .noKnownWait, .zeroDenominator, .zeroReferenceShare, .censoredMedian, .complementarySuppression: [:]
        }
    }

    /// One example of every case, for tests and documentation that must cover them all.
    public static let examples: [ResultReason] = [
        .missingTable(.waits), .yearlyTable(.population, period: .year(2025)),
        .noNetworkRows(network: "NETA", table: .beneficiaries, period: .year(2025)),
        .noNationalRows(.beneficiaries, period: .year(2025)), .noRows(.budget, period: .year(2025)), .noTariffs(year: 2023),
        .noTariff(pseudocode: 727031, tariffYear: 2025), .noGroupCode(.support), .noKnownWait, .zeroDenominator,
        .zeroReferenceShare, .censoredMedian, .smallCell(threshold: 5), .complementarySuppression,
    ]
}
