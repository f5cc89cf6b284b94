/// One budget line over the years one text defines it: e.g. `trainee_sessions` 2024–2025, art. 14 §1 b a.
public struct BudgetLinePeriod: Sendable, Hashable {
    /// The line.
    public var line: BudgetLine
    /// The first year it exists.
    public var firstYear: Int
    /// The last year it exists; nil while the text is in force.
    public var lastYear: Int?
    /// The networks it applies to (e.g. only child and adolescent networks for eating disorders).
    public var targetGroups: Set<TargetGroup>
    /// The line it is a part of (the 2026 training modules are part of the operating line): never added to it.
    public var partOf: BudgetLine?
    /// The article that defines it, e.g. `art. 14 §1 b a. (convention 2024)`.
    public var article: String
    /// Labels in every `Language` (French, Dutch, German, English).
    public var labels: Labels

    /// Creates a period.
    public init(
        line: BudgetLine, firstYear: Int, lastYear: Int?, targetGroups: Set<TargetGroup>, partOf: BudgetLine?,
        article: String, labels: Labels
    ) {
        self.line = line
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.targetGroups = targetGroups
        self.partOf = partOf
        self.article = article
        self.labels = labels
    }

    /// Whether the period covers `year`.
    public func covers(_ year: Int) -> Bool { year >= firstYear && year <= (lastYear ?? Int.max) }

    /// `2024–2025`, or `from 2026` (English; for messages).
    public var yearsText: String {
        guard let lastYear else { return "from \(firstYear)" }
        return firstYear == lastYear ? "\(firstYear) only" : "\(firstYear)–\(lastYear)"
    }
}

/// Whether a budget line can be used by a network in a year.
public enum BudgetLineUse: Sendable, Hashable {
    /// The line exists that year for that network.
    case applies(BudgetLinePeriod)
    /// The line does not exist that year (its periods say when it does).
    case notInYear([BudgetLinePeriod])
    /// The line exists that year but not for the network's target group.
    case notForTargetGroup(BudgetLinePeriod)
}

/// The budget lines of art. 14 year by year, read from `Indicators/reference/budget_lines.csv`.
public struct BudgetLineTable: Sendable, Hashable {
    /// Every period, in file order.
    public var periods: [BudgetLinePeriod]

    /// Creates a table.
    public init(_ periods: [BudgetLinePeriod]) { self.periods = periods }

    /// The period of `line` covering `year`, if any.
    public func period(_ line: BudgetLine, in year: Int) -> BudgetLinePeriod? {
        periods.first { $0.line == line && $0.covers(year) }
    }

    /// The lines that exist in `year` (for a network of `group`, when given), in `BudgetLine` order.
    public func lines(in year: Int, for group: TargetGroup? = nil) -> [BudgetLine] {
        BudgetLine.allCases.filter { line in
            guard let period = period(line, in: year) else { return false }
            return group.map(period.targetGroups.contains) ?? true
        }
    }

    /// Whether a network of `group` (nil: unknown, every group accepted) can use `line` in `year`.
    public func use(_ line: BudgetLine, in year: Int, by group: TargetGroup?) -> BudgetLineUse {
        guard let period = period(line, in: year) else { return .notInYear(periods.filter { $0.line == line }) }
        if let group, !period.targetGroups.contains(group) { return .notForTargetGroup(period) }
        return .applies(period)
    }

    /// Whether `line` is a line of its own in `year` (not a part of another line), so that it adds to a total.
    public func addsToTotal(_ line: BudgetLine, in year: Int) -> Bool {
        period(line, in: year).map { $0.partOf == nil } ?? false
    }
}
