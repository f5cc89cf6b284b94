/// One evaluation of a convention rule that the output reports: a breach, or a note that the rule could not be evaluated.
public struct CheckFinding: Sendable, Hashable {
    /// The rule's id.
    public var rule: String
    /// The network the finding is about, or every network (a rule that could not be evaluated).
    public var network: CheckScope
    /// The calendar year.
    public var year: Int
    /// How serious the finding is.
    public var severity: CheckSeverity
    /// The convention article.
    public var article: String
    /// The breach, or why the rule was not evaluated.
    public var outcome: CheckOutcome

    /// Creates a finding.
    public init(rule: String, network: CheckScope, year: Int, severity: CheckSeverity, article: String, outcome: CheckOutcome) {
        self.rule = rule
        self.network = network
        self.year = year
        self.severity = severity
        self.article = article
        self.outcome = outcome
    }
}

/// Whom a finding is about.
public enum CheckScope: Sendable, Hashable, Comparable {
    /// One network, by its code.
    case network(String)
    /// Every network at once (a rule that no network could be checked against); ordered after every network.
    case everyNetwork
}

/// How serious a finding is.
public enum CheckSeverity: String, Sendable, Hashable, CaseIterable {
    /// A breach of a rule of severity error.
    case error
    /// A breach of a rule of severity warning.
    case warning
    /// Not a breach: a rule that could not be evaluated.
    case note

    /// The severity of a breach of a rule of `severity`.
    public init(_ severity: RuleSeverity) {
        switch severity {
        case .error: self = .error
        case .warning: self = .warning
        }
    }
}

/// What a finding says.
public enum CheckOutcome: Sendable, Hashable {
    /// The rule is breached: the figure observed, the limit it was compared with, and what the rule demands with the
    /// notes a reader needs to judge the finding (in the language asked for).
    case breach(observed: CheckNumber, limit: CheckLimit, message: String)
    /// No network could be checked against the rule, for this reason (a table the rule needs is missing).
    case notEvaluated(ResultReason)
}

/// A number a finding compares, written by each output in its own style (`ChecksCSVWriter`, the report).
public enum CheckNumber: Sendable, Hashable {
    /// Euros, exact to the cent.
    case money(Money)
    /// A count.
    case count(Int64)
    /// A limit as the rules give it.
    case decimal(ExactDecimal)
    /// A computed value compared with a limit or with another year (a ratio, a median, a share).
    case value(Double)

    /// The number as a floating-point value, for outputs that write it in an indicator's style.
    public var doubleValue: Double {
        switch self {
        case .money(let money): Double(money.cents) / 100
        case .count(let count): Double(count)
        case .decimal(let decimal): decimal.doubleValue
        case .value(let value): value
        }
    }

    /// A quantity as a finding's number.
    init(_ quantity: Quantity) {
        switch quantity {
        case .count(let count): self = .count(count)
        case .money(let money): self = .money(money)
        }
    }
}

/// The limit a finding's figure was compared with.
public enum CheckLimit: Sendable, Hashable {
    /// A bound the figure must stay within (at most or at least, as the rule says).
    case bound(CheckNumber)
    /// A figure the observed one must be above (a growth rule: the previous year's share, or 0).
    case above(CheckNumber)

    /// The number compared with.
    public var number: CheckNumber {
        switch self {
        case .bound(let number), .above(let number): number
        }
    }
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
                var missingTables: Set<TableKind> = []
                let yearNotes = coverage.notes(year, tables: definition.requires)
                for network in groups.keys.sorted() {
                    guard let result = byKey["\(rule.indicator)|\(network)|\(year)"] else { continue }
                    if case .missingTable(let table)? = result.reason { missingTables.insert(table) }
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
                            rule: rule.id, network: .network(network), year: year, severity: CheckSeverity(rule.severity),
                            article: rule.article,
                            outcome: .breach(
                                observed: breach.observed, limit: breach.limit,
                                message: ([rule.title.text(in: language)] + notes).joined(separator: " — "))))
                }
                for table in missingTables.sorted(by: { $0.name < $1.name }) {
                    findings.append(
                        CheckFinding(
                            rule: rule.id, network: .everyNetwork, year: year, severity: .note, article: rule.article,
                            outcome: .notEvaluated(.missingTable(table))))
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
                observed: CheckNumber(numerator), limit: .bound(.money(Money(cents: limit.significand * 100 / limit.denominator))),
                notes: [])
        }
        return RuleBreach(observed: .value(value), limit: .bound(.decimal(limit)), notes: [])
    }

    /// `numerator_at_most_denominator`: cents against cents (or counts against counts), never through a `Double`.
    static func budgetBreach(_ result: IndicatorResult) -> RuleBreach? {
        guard let top = result.numerator, let bottom = result.denominator, top.exceeds(bottom) == true else { return nil }
        return RuleBreach(observed: CheckNumber(top), limit: .bound(CheckNumber(bottom)), notes: [])
    }
}
