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
        var lines = [header]
        for result in sortedResults(results) {
            let fields: [String] = [
                result.indicator, String(result.aim), result.network, result.period.description,
                result.numerator?.text ?? "", result.denominator?.text ?? "",
                result.value.map { DecimalText.fixed($0) } ?? "",
                result.ciLow.map { DecimalText.fixed($0) } ?? "", result.ciHigh.map { DecimalText.fixed($0) } ?? "",
                result.unit.rawValue, result.status.rawValue,
            ]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting when a field needs it.
    static func csvField(_ text: String) -> String {
        // Fast path: ASCII without `,` `"` LF CR needs no quotes (no character of it is one of those).
        if !text.utf8.contains(where: { $0 >= 0x80 || $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) { return text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
