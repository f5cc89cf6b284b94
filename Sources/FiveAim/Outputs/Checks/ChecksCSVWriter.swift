import FiveAimCSV

/// Writes convention-rule findings as CSV: `rule,network,year,severity,observed,limit,article,message`.
///
/// `network` is `all` for a rule no network could be checked against; its message says why, in the words of the
/// reason texts (`Indicators/texts.*.yaml`, key `reason.*`), and its observed and limit cells are empty.
public enum ChecksCSVWriter {
    /// The header line.
    public static let header = "rule,network,year,severity,observed,limit,article,message"

    /// The CSV text, LF line ends, in the findings' order; notes in the words of `reasons` (the language of the
    /// findings' messages).
    public static func write(_ findings: [CheckFinding], reasons: ReasonTexts) -> String {
        var lines = [header]
        for finding in findings {
            let (observed, limit) = figures(finding)
            let message: String =
                switch finding.outcome {
                case .breach(_, _, let message): message
                case .notEvaluated(let reason): reasons.notEvaluated(reason)
                }
            lines.append(
                CSVFormatter.record([
                    .text(finding.rule), .text(network(finding.network)), .number(String(finding.year)),
                    .text(finding.severity.rawValue), .figure(observed), .figure(limit), .text(finding.article), .text(message),
                ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `network` cell: the code, or `all`.
    static func network(_ scope: CheckScope) -> String {
        switch scope {
        case .network(let code): code
        case .everyNetwork: "all"
        }
    }

    /// The observed and limit cells: euros with cents, counts whole, values with 4 decimals — or, for a value
    /// compared with a rule's limit, as many decimals as it takes (4, 6 or 8) for the two not to print alike.
    /// A growth limit reads `> 0.4819`. Both empty for a rule not evaluated.
    public static func figures(_ finding: CheckFinding) -> (observed: String, limit: String) {
        guard case .breach(let observed, let limit, _) = finding.outcome else { return ("", "") }
        var decimals = 4
        if case .value(let value) = observed, case .bound(.decimal(let bound)) = limit {
            decimals =
                [4, 6].first { DecimalText.fixed(value, decimals: $0) != DecimalText.fixed(bound.doubleValue, decimals: $0) } ?? 8
        }
        func text(_ number: CheckNumber) -> String {
            switch number {
            case .money(let money): money.description
            case .count(let count): String(count)
            case .decimal(let decimal): DecimalText.fixed(decimal.doubleValue, decimals: decimals)
            case .value(let value): DecimalText.fixed(value, decimals: decimals)
            }
        }
        switch limit {
        case .bound(let number): return (text(observed), text(number))
        case .above(let number): return (text(observed), "> " + text(number))
        }
    }
}
