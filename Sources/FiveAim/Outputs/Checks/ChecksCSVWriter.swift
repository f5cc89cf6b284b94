import FiveAimCSV

/// Writes convention-rule findings as CSV: `rule,network,year,severity,observed,limit,article,message`.
public enum ChecksCSVWriter {
    /// The header line.
    public static let header = "rule,network,year,severity,observed,limit,article,message"

    /// The CSV text, LF line ends, in the findings' order.
    public static func write(_ findings: [CheckFinding]) -> String {
        var lines = [header]
        for finding in findings {
            lines.append(
                CSVFormatter.record([
                    .text(finding.rule), .text(finding.network), .number(String(finding.year)),
                    .text(finding.severity), .figure(finding.observed), .figure(finding.limit),
                    .text(finding.article), .text(finding.message),
                ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
