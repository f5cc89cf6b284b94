/// Writes convention-rule findings as CSV: `rule,network,year,severity,observed,limit,article,message`.
public enum ChecksCSVWriter {
    /// The header line.
    public static let header = "rule,network,year,severity,observed,limit,article,message"

    /// The CSV text, LF line ends, in the findings' order.
    public static func write(_ findings: [CheckFinding]) -> String {
        var lines = [header]
        for finding in findings {
            lines.append([finding.rule, finding.network, String(finding.year), finding.severity, finding.observed, finding.limit,
                          finding.article, finding.message].map(IndicatorCSVWriter.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
