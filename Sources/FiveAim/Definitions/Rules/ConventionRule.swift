/// A rule of the convention checked against an indicator, defined in `Indicators/checks.yaml`.
public struct ConventionRule: Sendable, Hashable {
    /// Stable id, e.g. `function3_budget_share`.
    public var id: String
    /// The indicator whose result is checked.
    public var indicator: String
    /// How the result is compared.
    public var comparison: RuleComparison
    /// The limit for `at_most` and `at_least`, in the indicator's unit (exact, e.g. 0.45 or 30000 euros).
    public var limit: RuleLimit?
    /// The first year the rule applies to.
    public var fromYear: Int?
    /// The last year the cited article's text sets the rule; a later year is checked as the follow-up committee's reading
    /// of the text in force, and its findings say so (the 2026 amendment, art. 2, replaced art. 14 by a new §1 only).
    public var textUntil: Int?
    /// How serious a breach is.
    public var severity: RuleSeverity
    /// The convention article.
    public var article: String
    /// What the rule demands, in French, Dutch, German and English.
    public var title: Labels
    /// What a reader must know to judge a breach (e.g. that a cap runs per 12 months, not per calendar year); optional.
    public var note: Labels?
    /// The file it was read from.
    public var file: String

    /// A rule as the catalogue loader builds it from `Indicators/checks.yaml`.
    public init(
        id: String, indicator: String, comparison: RuleComparison, limit: RuleLimit? = nil, fromYear: Int? = nil,
        textUntil: Int? = nil, severity: RuleSeverity, article: String, title: Labels, note: Labels? = nil, file: String
    ) {
        self.id = id
        self.indicator = indicator
        self.comparison = comparison
        self.limit = limit
        self.fromYear = fromYear
        self.textUntil = textUntil
        self.severity = severity
        self.article = article
        self.title = title
        self.note = note
        self.file = file
    }

    /// The limit when it is the same for every network, as a floating-point number for charts (e.g. the 45 % line).
    public var fixedLimit: Double? {
        if case .fixed(let value) = limit { return value.doubleValue }
        return nil
    }
}

/// How a rule compares an indicator's result.
public enum RuleComparison: String, Sendable, Hashable, CaseIterable {
    /// Breach when the value is above `limit` (numerator > limit × denominator, exactly, for a plain ratio or sum).
    case atMost = "at_most"
    /// Breach when the value is below `limit` (numerator < limit × denominator, exactly, for a plain ratio or sum).
    case atLeast = "at_least"
    /// Breach when the numerator is above the denominator (spending above a budget), compared exactly.
    case numeratorAtMostDenominator = "numerator_at_most_denominator"
    /// Breach when the numerator is zero, or when numerator ÷ denominator does not grow from the previous calendar year;
    /// for a partial year both years are taken over the same months, the yearly denominator prorated by months covered.
    case growsFromPreviousYear = "grows_from_previous_year"

    /// Whether the comparison needs a limit.
    public var needsLimit: Bool { self == .atMost || self == .atLeast }
}

/// How serious a breach is.
public enum RuleSeverity: String, Sendable, Hashable, CaseIterable {
    case error
    case warning
}
