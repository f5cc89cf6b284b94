/// One evaluation of a convention rule that the output reports: a breach, or a note that the rule could not be evaluated.
public struct CheckFinding: Sendable, Hashable {
    /// The rule's id.
    public var rule: String
    /// The network, or `all` for a note about every network.
    public var network: String
    /// The calendar year.
    public var year: Int
    /// `error`, `warning` or `note`.
    public var severity: String
    /// What was observed (a value, or euros for a budget comparison).
    public var observed: String
    /// The limit it was compared with.
    public var limit: String
    /// The convention article.
    public var article: String
    /// What the rule demands, or why it was not evaluated.
    public var message: String
}

/// Evaluates the rules of `checks.yaml` per network and calendar year, from the engine's indicator results.
///
/// Limits are compared exactly: for a plain sum or ratio, numerator against limit × denominator in cents or counts
/// (`ExactValue`); only a median or a ratio of ratios is compared as a floating-point value.
public enum ConventionChecks {
    /// Findings for every network in force (not `BE`: the rules bind each network) and every year of `years`,
    /// sorted by rule, network, year. `limits` overrides a rule's limit by rule id (e.g. the wait target). For committee
    /// and research, the rules are evaluated on the published (suppressed, rounded) figures, so that a finding shows
    /// nothing the indicators do not.
    public static func evaluate(
        _ dataset: Dataset, catalogue: Catalogue, years: [Int], limits: [String: Double] = [:],
        language: Language = .en, disclosure: DisclosurePolicy = DisclosurePolicy(audience: .network)
    ) -> [CheckFinding] {
        guard !years.isEmpty else { return [] }
        let ids = Array(Set(catalogue.rules.map(\.indicator))).sorted()
        // The year before the first is computed too, for rules comparing with the previous year.
        let periods = ((years.min()! - 1)...years.max()!).map(ReportPeriod.year)
        let engine = IndicatorEngine(catalogue: catalogue)
        let results = Disclosure.apply(engine.evaluate(dataset, periods: periods, ids: ids), catalogue: catalogue, policy: disclosure)
        var byKey: [String: IndicatorResult] = [:]
        for result in results { byKey["\(result.indicator)|\(result.network)|\(result.period)"] = result }
        let groups = Dictionary(dataset.networks.map { ($0.code, $0.targetGroup) }, uniquingKeysWith: { first, _ in first })
        let growth = SameMonthsGrowth(
            dataset, catalogue: catalogue, rules: catalogue.rules.filter { $0.comparison == .growsFromPreviousYear },
            years: years)
        let coverage = YearCoverage(dataset.monthsCovered)
        var findings: [CheckFinding] = []
        for rule in catalogue.rules {
            guard let definition = catalogue.indicator(rule.indicator) else { continue }
            let limit = limits[rule.id].map { RuleLimit.fixed(ExactDecimal(rounding: $0)) } ?? rule.limit
            for year in years.sorted() where year >= (rule.fromYear ?? Int.min) {
                var missingTables: Set<String> = []
                let yearNotes = coverage.notes(year, tables: definition.requires)
                for network in groups.keys.sorted() {
                    guard let result = byKey["\(rule.indicator)|\(network)|\(year)"] else { continue }
                    if let reason = result.reason, reason.hasPrefix("missing table") { missingTables.insert(reason) }
                    guard result.status == .ok || result.status == .censored, let value = result.value else { continue }
                    let breach: RuleBreach? =
                        switch rule.comparison {
                        case .atMost, .atLeast:
                            limit.flatMap { limit in
                                Self.limitBreach(
                                    result, definition, value: value, limit: limit.value(for: groups[network] ?? .adult),
                                    atMost: rule.comparison == .atMost)
                            }
                        case .numeratorAtMostDenominator:
                            Self.budgetBreach(result)
                        case .growsFromPreviousYear:
                            growth.breach(
                                rule, network: network, year: year, current: result,
                                previous: byKey["\(rule.indicator)|\(network)|\(year - 1)"])
                        }
                    guard let breach else { continue }
                    // A same-months comparison names its months itself.
                    let kept = breach.notes.isEmpty ? yearNotes : yearNotes.filter { if case .partialYear = $0 { false } else { true } }
                    let replaced = rule.textUntil.flatMap { $0 < year ? CheckNote.articleReplaced(lastYear: $0, year: year) : nil }
                    let notes =
                        (kept + breach.notes + [replaced].compactMap { $0 }).map { $0.text(catalogue.texts(language)) }
                        + [rule.note?.text(in: language)].compactMap { $0 }
                    findings.append(
                        CheckFinding(
                            rule: rule.id, network: network, year: year, severity: rule.severity.rawValue,
                            observed: breach.observed, limit: breach.limit, article: rule.article,
                            message: ([rule.title.text(in: language)] + notes).joined(separator: " — ")))
                }
                for reason in missingTables.sorted() {
                    findings.append(
                        CheckFinding(
                            rule: rule.id, network: "all", year: year, severity: "note", observed: "", limit: "",
                            article: rule.article, message: "not evaluated: \(reason)"))
                }
            }
        }
        return findings.sorted { ($0.rule, $0.network, $0.year) < ($1.rule, $1.network, $1.year) }
    }

    /// `at_most` / `at_least`: exact for a plain sum or ratio, else on the floating-point value (a median, a ratio of ratios).
    static func limitBreach(
        _ result: IndicatorResult, _ definition: IndicatorDefinition, value: Double, limit: ExactDecimal,
        atMost: Bool
    ) -> RuleBreach? {
        let breached =
            ExactValue.of(result, definition).map { $0.breaches(limit, atMost: atMost) }
            ?? (atMost ? value > limit.doubleValue : value < limit.doubleValue)
        guard breached else { return nil }
        if definition.unit == .eur, definition.method == .sum, let numerator = result.numerator {
            // Euros keep their cents: 30000.00, not 30000.0000.
            return RuleBreach(
                observed: numerator.text, limit: Money(cents: limit.significand * 100 / limit.denominator).description, notes: [])
        }
        // A value just above the limit would print as the limit with 4 decimals: then show as many as it takes (up to 8).
        let decimals = [4, 6].first { DecimalText.fixed(value, decimals: $0) != DecimalText.fixed(limit.doubleValue, decimals: $0) } ?? 8
        return RuleBreach(
            observed: DecimalText.fixed(value, decimals: decimals), limit: DecimalText.fixed(limit.doubleValue, decimals: decimals),
            notes: [])
    }

    /// `numerator_at_most_denominator`: cents against cents (or counts against counts), never through a `Double`.
    static func budgetBreach(_ result: IndicatorResult) -> RuleBreach? {
        guard let top = result.numerator, let bottom = result.denominator, top.exceeds(bottom) == true else { return nil }
        return RuleBreach(observed: top.text, limit: bottom.text, notes: [])
    }
}
