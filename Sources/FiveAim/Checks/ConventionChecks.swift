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
public enum ConventionChecks {
    /// Findings for every network in force (not `BE`: the rules bind each network) and every year of `years`,
    /// sorted by rule, network, year. `limits` overrides a rule's limit by rule id (e.g. the wait target). For committee
    /// and research, the rules are evaluated on the published (suppressed, rounded) figures, so that a finding shows
    /// nothing the indicators do not.
    public static func evaluate(_ dataset: Dataset, catalogue: Catalogue, years: [Int], limits: [String: Double] = [:],
                                language: Language = .en, disclosure: DisclosurePolicy = DisclosurePolicy(audience: .network)) -> [CheckFinding] {
        guard !years.isEmpty else { return [] }
        let ids = Array(Set(catalogue.rules.map(\.indicator))).sorted()
        // The year before the first is computed too, for rules comparing with the previous year.
        let periods = ((years.min()! - 1)...years.max()!).map(ReportPeriod.year)
        let engine = IndicatorEngine(catalogue: catalogue)
        let results = Disclosure.apply(engine.evaluate(dataset, periods: periods, ids: ids), catalogue: catalogue, policy: disclosure)
        var byKey: [String: IndicatorResult] = [:]
        for result in results { byKey["\(result.indicator)|\(result.network)|\(result.period)"] = result }
        let networks = dataset.networks.map(\.code).sorted()
        var findings: [CheckFinding] = []
        for rule in catalogue.rules {
            let limit = limits[rule.id] ?? rule.limit
            for year in years.sorted() where year >= (rule.fromYear ?? Int.min) {
                var missingTables: Set<String> = []
                for network in networks {
                    guard let result = byKey["\(rule.indicator)|\(network)|\(year)"] else { continue }
                    if let reason = result.reason, reason.hasPrefix("missing table") { missingTables.insert(reason) }
                    guard result.status == .ok || result.status == .censored, let value = result.value else { continue }
                    var breach: (observed: String, limit: String)?
                    switch rule.comparison {
                    case .atMost:
                        if let limit, value > limit { breach = (text(value), text(limit)) }
                    case .atLeast:
                        if let limit, value < limit { breach = (text(value), text(limit)) }
                    case .numeratorAtMostDenominator:
                        if let top = result.numerator, let bottom = result.denominator, top.doubleValue > bottom.doubleValue {
                            breach = (top.text, bottom.text)
                        }
                    case .increasing:
                        if let previous = byKey["\(rule.indicator)|\(network)|\(year - 1)"], previous.status == .ok,
                           let before = previous.value, value <= before {
                            breach = (text(value), "> " + text(before))
                        }
                    }
                    if let breach {
                        findings.append(CheckFinding(rule: rule.id, network: network, year: year, severity: rule.severity.rawValue,
                                                     observed: breach.observed, limit: breach.limit, article: rule.article,
                                                     message: rule.title.text(in: language)))
                    }
                }
                for reason in missingTables.sorted() {
                    findings.append(CheckFinding(rule: rule.id, network: "all", year: year, severity: "note", observed: "", limit: "",
                                                 article: rule.article, message: "not evaluated: \(reason)"))
                }
            }
        }
        return findings.sorted { ($0.rule, $0.network, $0.year) < ($1.rule, $1.network, $1.year) }
    }

    private static func text(_ value: Double) -> String { DecimalText.fixed(value, decimals: 4) }
}
