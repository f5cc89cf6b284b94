/// A rule of the convention checked against an indicator, defined in `Indicators/checks.yaml`.
public struct ConventionRule: Sendable, Hashable {
    /// Stable id, e.g. `function3_budget_share`.
    public var id: String
    /// The indicator whose result is checked.
    public var indicator: String
    /// How the result is compared.
    public var comparison: RuleComparison
    /// The limit for `at_most` and `at_least` (a value in the indicator's unit).
    public var limit: Double?
    /// The first year the rule applies to.
    public var fromYear: Int?
    /// How serious a breach is.
    public var severity: RuleSeverity
    /// The convention article.
    public var article: String
    /// What the rule demands, in French, Dutch and English.
    public var title: Labels
    /// The file it was read from.
    public var file: String
}

/// How a rule compares an indicator's result.
public enum RuleComparison: String, Sendable, Hashable, CaseIterable {
    /// Breach when the value is above `limit`.
    case atMost = "at_most"
    /// Breach when the value is below `limit`.
    case atLeast = "at_least"
    /// Breach when the numerator is above the denominator (spending above a budget).
    case numeratorAtMostDenominator = "numerator_at_most_denominator"
    /// Breach when the value does not grow from the previous calendar year.
    case increasing
}

/// How serious a breach is.
public enum RuleSeverity: String, Sendable, Hashable, CaseIterable {
    case error
    case warning
}
