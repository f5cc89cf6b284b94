/// Whether a network kept to a cap of the operating costs in the report's year.
enum OperatingCapOutcome: Equatable {
    /// The figure was checked and is within the cap.
    case respected
    /// The rule checks found a breach.
    case breached
    /// The figure the rule checks is missing or hidden (its result says why).
    case notChecked(IndicatorResult?)
}

/// Writes the operating-costs section: the costs invoiced under each cost centre of art. 14 §2 (727112 … 727285) against
/// the operating budget line, with the caps of `checks.yaml` (727230 at most 30 000 € a year, 727285 at most 5 % of the
/// line, the whole at most the line) and whether each was kept to.
struct ReportOperatingCostsWriter: ReportSectionWriter {
    let context: ReportContext

    /// The rules of `checks.yaml` on the operating costs that apply in the report's year: a rule whose indicator sums one
    /// cost centre caps that centre's row (`code`), one that sums every centre caps the total (`code` nil).
    func rules() -> [(code: Int?, rule: ConventionRule)] {
        catalogue.rules.compactMap { rule in
            guard year >= (rule.fromYear ?? Int.min), let definition = catalogue.indicator(rule.indicator),
                definition.numerator.table == .operatingCosts
            else { return nil }
            guard let codes = definition.numerator.pseudocodes else { return (nil, rule) }
            return codes.count == 1 ? (codes.first, rule) : nil
        }
    }

    /// Whether `network` kept to `rule` in the report's year: a breach is a finding of the rule checks.
    func outcome(_ rule: ConventionRule, _ network: String) -> OperatingCapOutcome {
        let breached = figures.findings.contains {
            guard $0.rule == rule.id, $0.network == .network(network), $0.year == year, case .breach = $0.outcome else { return false }
            return true
        }
        if breached { return .breached }
        let result = figures.current(rule.indicator, network)
        guard let result, result.status == .ok || result.status == .censored else { return .notChecked(result) }
        return .respected
    }

    /// The cap of `rule` in its indicator's unit (`≤ 30 000,00 €`, `≤ 5,0 %`; the whole line: `≤ 100,0 %`).
    func capText(_ rule: ConventionRule, _ network: Network) -> String {
        switch rule.comparison {
        case .atMost, .atLeast:
            guard let limit = rule.limit?.value(for: network.targetGroup) else { return "" }
            return (rule.comparison == .atMost ? "≤ " : "≥ ") + figure.number(limit.doubleValue, rule.indicator)
        case .numeratorAtMostDenominator: return "≤ " + figure.number(1, rule.indicator)
        case .growsFromPreviousYear: return ""
        }
    }

    /// The cap and outcome cells of a row: empty when no rule caps it.
    func capCells(_ rule: ConventionRule?, _ network: Network, notes: inout FootnoteList) -> [ReportCell] {
        guard let rule else { return [ReportCell(""), ReportCell("")] }
        var cap = ReportCell(capText(rule, network))
        if let last = rule.textUntil, last < year {
            cap.note = notes.add(CheckNote.articleReplaced(lastYear: last, year: year).text(catalogue.texts(texts.language)))
        }
        let outcome: ReportCell
        switch self.outcome(rule, network.code) {
        case .respected: outcome = ReportCell(texts[.operatingRespected])
        case .breached: outcome = ReportCell(texts[.operatingBreached])
        case .notChecked(let result):
            outcome = ReportCell(texts[.operatingNotChecked], note: notes.add(result.map(figure.reason) ?? texts[.notAvailable]))
        }
        return [cap, outcome]
    }

    func operatingCosts(_ network: Network) -> ReportSection {
        let code = network.code
        var section = ReportSection()
        let ids = ReportMeasure.costCentreCodes.map { ReportMeasure.operatingCost(code: $0).id }
        if let missing = context.missingParagraph(ids, code) {
            // No operating costs at all (e.g. the table is missing): say why once, not in eleven rows of "not available".
            section.missing = missing
            return section
        }
        var notes = FootnoteList()
        let capped = rules()
        var rows = ReportMeasure.costCentreCodes.map { centre -> ReportRow in
            let amountID = ReportMeasure.operatingCost(code: centre).id
            let label = texts.text(
                .operatingCentre,
                [
                    "code": String(centre), "label": context.title(amountID),
                    "article": texts.article(catalogue.indicator(amountID)?.article ?? ""),
                ])
            return ReportRow(
                [
                    ReportCell(label, numeric: false), figure.value(figures.current(amountID, code), notes: &notes),
                    figure.value(figures.current(ReportMeasure.operatingShare(code: centre).id, code), notes: &notes),
                ] + capCells(capped.first { $0.code == centre }?.rule, network, notes: &notes))
        }
        let total = figures.current("operating_budget_use", code)
        let totalAmount = context.cell(figure.quantity(total, "numerator"))
        rows.append(
            ReportRow(
                [ReportCell(texts[.operatingTotal], numeric: false), totalAmount, figure.value(total, notes: &notes)]
                    + capCells(capped.first { $0.code == nil }?.rule, network, notes: &notes), total: true))
        section.paragraphs.append(
            context.comparison(
                .operatingLine, "operating_budget_use", code,
                extra: [
                    "line": context.fragment(ReportMeasure.budget(.operating).id, code),
                    "total": figure.quantity(total, "numerator"), "share": context.fragment("operating_budget_use", code),
                ]))
        section.paragraphs += capped.map {
            ReportParagraph([
                ReportFragment(
                    texts.text(
                        .operatingCapRule, ["title": $0.rule.title.text(in: texts.language), "article": texts.article($0.rule.article)]))
            ])
        }
        section.tables = [
            ReportTable(
                id: "operating-costs", caption: texts.text(.operatingCaption, ["year": String(year)]),
                columns: [
                    ReportColumn(texts[.operatingColumnCentre], numeric: false),
                    ReportColumn(texts.text(.operatingColumnAmount, ["year": String(year)])),
                    ReportColumn(texts[.operatingColumnShare]), ReportColumn(texts[.operatingColumnCap]),
                    ReportColumn(texts[.operatingColumnRespected]),
                ], rows: rows, notes: notes.notes)
        ]
        return section
    }
}
