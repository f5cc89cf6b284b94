/// Writes an indicator report as an aligned text table for the terminal, with reasons and the disclosure rule.
public enum IndicatorTableWriter {
    /// The table text; titles in `language` (`fr`, `nl`, `de` or `en`), reasons in the words of `reasons` (English, as the notes).
    public static func write(_ report: IndicatorReport, catalogue: Catalogue, language: Language = .en, reasons: ReasonTexts) -> String {
        let header = ["indicator", "network", "year", "numerator", "denominator", "value", "95% CI", "status"]
        var rows: [[String]] = []
        var notes: [String] = []
        for result in sortedResults(report.results) {
            let interval: String =
                if let low = result.ciLow, let high = result.ciHigh {
                    "\(DecimalText.fixed(low, decimals: 4))–\(DecimalText.fixed(high, decimals: 4))"
                } else { "" }
            var status = result.status.rawValue
            for reason in [result.reason.map(reasons.text)].compactMap({ $0 }) + result.notes.map(reasons.text) {
                if let index = notes.firstIndex(of: reason) {
                    status += " [\(index + 1)]"
                } else {
                    notes.append(reason)
                    status += " [\(notes.count)]"
                }
            }
            rows.append([
                result.indicator, result.network, result.period.description, result.numerator?.text ?? "",
                result.denominator?.text ?? "", result.value.map { DecimalText.fixed($0, decimals: 4) } ?? "",
                interval, status,
            ])
        }
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        let numeric: Set<Int> = [3, 4, 5]
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return numeric.contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })]
        lines += rows.map(line)
        if !notes.isEmpty {
            lines.append("")
            for (index, note) in notes.enumerated() { lines.append("[\(index + 1)] \(note)") }
        }
        let ids = Set(report.results.map(\.indicator))
        lines.append("")
        for indicator in catalogue.indicators where ids.contains(indicator.id) {
            lines.append("\(indicator.id): \(indicator.title.text(in: language)) — \(indicator.formula) (\(indicator.article))")
        }
        lines.append("")
        lines.append("disclosure: \(report.disclosure.description)")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A language of FiveAim's texts.
///
/// Adding one is adding its case here, its `texts.<lang>.yaml` in `Indicators/`, `Exports/compare/`,
/// `Exports/extracts/` (and `Exports/report/` with its templates for reports), and its text in every inline label of
/// the catalogue (`title`, `definition`, `label`, `note`) and extract specs, and its `label_<lang>` reference columns.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case fr
    case nl
    case de
    case en

    /// The language's English name, for diagnostics (`every text is given in French, Dutch, German and English`).
    public var englishName: String {
        switch self {
        case .fr: "French"
        case .nl: "Dutch"
        case .de: "German"
        case .en: "English"
        }
    }

    /// Every language's English name, as `French, Dutch, German and English`.
    static var englishNames: String {
        list(allCases.map(\.englishName))
    }

    /// Every language's code, as `fr, nl, de and en`.
    static var codes: String { list(allCases.map(\.rawValue)) }

    /// Every language's key under `path`, as `title.fr, title.nl, title.de and title.en`.
    static func keys(under path: String) -> String {
        list(allCases.map { "\(path).\($0.rawValue)" })
    }

    /// `a, b and c`.
    private static func list(_ items: [String]) -> String {
        items.dropLast().joined(separator: ", ") + (items.count > 1 ? " and " : "") + (items.last ?? "")
    }
}

extension Labels {
    /// The text in `language`.
    public func text(in language: Language) -> String { self[language] }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
