/// Writes what `fiveaim explain` prints: definition, formula, codes, article and tables of an indicator or a rule.
public enum ExplainWriter {
    /// The explanation of indicator `indicator` in `language`.
    public static func write(_ indicator: IndicatorDefinition, catalogue: Catalogue, language: Language) -> String {
        var lines = ["\(indicator.id) — \(indicator.title.text(in: language))", ""]
        lines.append(indicator.definition.text(in: language))
        lines.append("")
        lines.append("aim:         \(indicator.aim)")
        lines.append("formula:     \(indicator.formula)")
        lines.append("unit:        \(indicator.unit.rawValue)\(intervalNote(indicator))")
        lines.append("better:      \(indicator.better.rawValue)")
        if let target = indicator.target {
            let parts = [
                target.min.map { "≥ \(DecimalText.fixed($0, decimals: 2))" }, target.max.map { "≤ \(DecimalText.fixed($0, decimals: 2))" },
            ]
            // Who sets it: only a target with an article is the convention's (issue 14).
            let owner =
                switch target.setBy {
                case .convention: "the convention's" + (target.article.map { ", \($0)" } ?? "")
                case .network: "the network's target; the convention sets no figure"
                case .committee: "the committee's target; the convention sets no figure"
                }
            lines.append("target:      \(parts.compactMap { $0 }.joined(separator: " and ")) (\(owner))")
        }
        lines.append("article:     \(indicator.article)")
        lines.append("tables:      \(indicator.requires.map(\.name).joined(separator: ", "))")
        for (name, spec) in [
            ("numerator", indicator.numerator), ("denominator", indicator.denominator),
            ("reference numerator", indicator.referenceNumerator), ("reference denominator", indicator.referenceDenominator),
        ] {
            guard let spec, let codes = spec.pseudocodes, spec.table == .activity else { continue }
            lines.append("\(name) codes: \(codes.sorted().map(String.init).joined(separator: ", "))")
        }
        let national =
            indicator.measures.contains { !$0.measure.additive }
            ? "BE: distinct counts come only from the BE rows of beneficiaries; otherwise not_available, never a sum"
            : "BE: network numerators and denominators are summed"
        lines.append("national:    \(national)")
        for rule in catalogue.rules where rule.indicator == indicator.id {
            lines.append("rule:        \(rule.id) (\(rule.article)): \(rule.title.text(in: language))")
        }
        lines.append("file:        \(indicator.file)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The explanation of convention rule `rule` in `language`.
    public static func write(_ rule: ConventionRule, catalogue: Catalogue, language: Language) -> String {
        var lines = ["\(rule.id) — \(rule.title.text(in: language))", ""]
        lines.append("indicator:   \(rule.indicator)")
        if let indicator = catalogue.indicator(rule.indicator) { lines.append("formula:     \(indicator.formula)") }
        let limit: String =
            switch rule.limit {
            case .fixed(let value): value.description
            case .byTargetGroup(let adult, let child, let all):
                "\(adult) (adult networks), \(child) (child networks), \(all) (German-speaking network)"
            case nil: ""
            }
        let comparison: String =
            switch rule.comparison {
            case .atMost: "breach when the value is above \(limit)"
            case .atLeast: "breach when the value is below \(limit)"
            case .numeratorAtMostDenominator: "breach when the numerator is above the denominator"
            case .growsFromPreviousYear:
                "breach when the numerator is zero or the value does not grow from the previous year (same months for a partial year)"
            }
        lines.append("comparison:  \(comparison)")
        if let year = rule.fromYear { lines.append("from year:   \(year)") }
        lines.append("severity:    \(rule.severity.rawValue)")
        if let note = rule.note { lines.append("note:        \(note.text(in: language))") }
        lines.append("article:     \(rule.article)")
        lines.append("file:        \(rule.file)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func intervalNote(_ indicator: IndicatorDefinition) -> String {
        switch (indicator.method, indicator.unit) {
        case (.ratioOfRatios, _): " (95 % Wilson interval of the share, divided by the population share)"
        case (_, .proportion) where indicator.numerator.measure.quantity == .count: " (95 % Wilson interval)"
        case (_, .per1000): " (95 % exact Poisson interval)"
        default: ""
        }
    }
}
