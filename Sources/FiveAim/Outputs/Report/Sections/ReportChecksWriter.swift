/// Writes the rule checks section: one row per breach of the network, and the rules that could not be evaluated.
struct ReportChecksWriter: ReportSectionWriter {
    let context: ReportContext

    func checks(_ network: String) -> ReportSection {
        var section = ReportSection()
        let findings = figures.findings.filter { $0.network == .network(network) && $0.severity != .note }
        let notes = figures.findings.filter { $0.network == .everyNetwork && $0.severity == .note }
        if findings.isEmpty {
            section.paragraphs = [ReportParagraph([ReportFragment(texts.text(.checksNone, ["year": String(year)]))])]
        } else {
            let rows = findings.map { finding -> ReportRow in
                let rule = catalogue.rules.first { $0.id == finding.rule }
                let (observed, limit) = checkFigures(finding, rule: rule, network: network)
                return ReportRow([
                    ReportCell(rule?.title.text(in: texts.language) ?? finding.rule, numeric: false), observed, ReportCell(limit),
                    ReportCell(texts.article(finding.article), numeric: false),
                    ReportCell(finding.severity == .error ? texts[.severityError] : texts[.severityWarning], numeric: false),
                ])
            }
            section.tables = [
                ReportTable(
                    id: "checks", caption: texts.text(.captionChecks, ["year": String(year)]),
                    columns: [
                        ReportColumn(texts[.columnRule], numeric: false), ReportColumn(texts[.columnObserved]),
                        ReportColumn(texts[.columnLimit]), ReportColumn(texts[.columnArticle], numeric: false),
                        ReportColumn(texts[.columnSeverity], numeric: false),
                    ],
                    rows: rows, notes: [])
            ]
        }
        for note in notes {
            guard case .notEvaluated(let reason) = note.outcome else { continue }
            let rule = catalogue.rules.first { $0.id == note.rule }
            section.paragraphs.append(
                ReportParagraph([
                    ReportFragment(
                        texts.text(
                            .checksNotEvaluated,
                            [
                                "rule": rule?.title.text(in: texts.language) ?? note.rule, "article": texts.article(note.article),
                                "reason": figure.reason(reason, period: .year(note.year)),
                            ]))
                ]))
        }
        section.placeholder = context.placeholder(.placeholderActions)
        return section
    }

    /// The observed value and limit of a breach in the report's number style; hidden when disclosure hides the figure.
    func checkFigures(_ finding: CheckFinding, rule: ConventionRule?, network: String) -> (ReportCell, String) {
        guard case .breach(let observed, let limit, _) = finding.outcome else { return (ReportCell(""), "") }
        guard let rule else {
            let (observed, limit) = ChecksCSVWriter.figures(finding)
            return (ReportCell(observed), limit)
        }
        let result = figures.current(rule.indicator, network)
        guard let result, result.status == .ok || result.status == .censored else {
            return (ReportCell(texts[.suppressed]), "")
        }
        switch rule.comparison {
        case .numeratorAtMostDenominator:
            let observed = figure.quantity(result, "numerator"), limit = figure.quantity(result, "denominator")
            return (ReportCell(observed.text, ref: observed.ref), limit.text)
        case .growsFromPreviousYear:
            // The finding's shares: over the months both years share when the year is partial (the yearly line prorated).
            return (
                ReportCell(figure.number(observed.doubleValue, rule.indicator)),
                "> " + figure.number(limit.number.doubleValue, rule.indicator)
            )
        case .atMost, .atLeast:
            let limit = figure.number(limit.number.doubleValue, rule.indicator)
            return (
                ReportCell(figure.displayed(result) ?? "", ref: FigureText.ref(result, "value")),
                (rule.comparison == .atMost ? "≤ " : "≥ ") + limit
            )
        }
    }
}
