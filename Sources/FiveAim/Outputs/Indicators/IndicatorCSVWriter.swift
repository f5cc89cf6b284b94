import FiveAimCSV

/// Writes indicator results as CSV with the header
/// `indicator,aim,network,year,numerator,denominator,value,ci_low,ci_high,unit,status`.
///
/// `value` and the interval have six decimals with `.`; a proportion is 0–1. Suppressed and unavailable
/// results leave the numbers empty. `year` is the calendar year or, for `--from/--to`, `YYYY-MM/YYYY-MM`.
public enum IndicatorCSVWriter {
    /// The header line.
    public static let header = "indicator,aim,network,year,numerator,denominator,value,ci_low,ci_high,unit,status"

    /// The CSV text, LF line ends, sorted by indicator, network, year.
    public static func write(_ results: [IndicatorResult]) -> String {
        var text = header + "\n"
        text.reserveCapacity(results.count * 96)
        for result in sortedResults(results) {
            text += csvField(result.indicator)
            text += ","
            text += String(result.aim)
            text += ","
            text += csvField(result.network)
            text += ","
            text += result.period.description
            text += ","
            if let numerator = result.numerator { text += numerator.text }
            text += ","
            if let denominator = result.denominator { text += denominator.text }
            appendDecimal(result.value, to: &text)
            appendDecimal(result.ciLow, to: &text)
            appendDecimal(result.ciHigh, to: &text)
            text += ","
            text += result.unit.rawValue
            text += ","
            text += result.status.rawValue
            text += "\n"
        }
        return text
    }

    /// A comma, then the number with six decimals (nothing when there is none).
    private static func appendDecimal(_ number: Double?, to text: inout String) {
        text += ","
        if let number { text += DecimalText.fixed(number) }
    }

    /// A text cell, through the one CSV cell writer (formula neutralised, RFC 4180 quoting when needed).
    static func csvField(_ text: String) -> String { CSVFormatter.cell(.text(text)) }
}
