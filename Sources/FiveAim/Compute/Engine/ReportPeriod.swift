/// The months an indicator result covers: a calendar year, or the months of `--from … --to`.
public struct ReportPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The first month.
    public let first: YearMonth
    /// The last month.
    public let last: YearMonth

    /// The months `first`…`last`; `first` must not come after `last`.
    public init(first: YearMonth, last: YearMonth) {
        precondition(first <= last, "a period ends after it starts")
        self.first = first
        self.last = last
    }

    /// A calendar year.
    public static func year(_ year: Int) -> ReportPeriod {
        ReportPeriod(first: YearMonth(year: year, month: 1), last: YearMonth(year: year, month: 12))
    }

    /// The calendar year, when the period is exactly one.
    public var calendarYear: Int? {
        first.year == last.year && first.month == 1 && last.month == 12 ? first.year : nil
    }

    /// Whether every month of the period is in one calendar year.
    public var liesWithinOneYear: Bool { first.year == last.year }

    /// Whether `month` falls in the period.
    public func contains(_ month: YearMonth) -> Bool { first <= month && month <= last }

    /// `2025` for a calendar year, else `2025-01/2025-06` (ISO 8601 interval of months).
    public var description: String {
        if let year = calendarYear { return String(year) }
        return "\(first)/\(last)"
    }

    /// Orders by start, then end.
    public static func < (lhs: ReportPeriod, rhs: ReportPeriod) -> Bool {
        (lhs.first, lhs.last) < (rhs.first, rhs.last)
    }

    /// Every calendar year with data in `dataset` (any table but the shipped networks and tariffs), ascending.
    public static func yearsPresent(in dataset: Dataset) -> [ReportPeriod] {
        var years = Set<Int>()
        // Rows come grouped: a year is inserted only when it differs from the row before (no array of years is made).
        func collect(_ rowYears: some Sequence<Int>) {
            var previous: Int?
            for year in rowYears where year != previous {
                years.insert(year)
                previous = year
            }
        }
        collect(dataset.activity.lazy.map(\.month.year))
        collect((dataset.groupSessions ?? []).lazy.map(\.month.year))
        collect((dataset.waits ?? []).lazy.map(\.month.year))
        collect((dataset.operatingCosts ?? []).lazy.map(\.month.year))
        collect((dataset.population ?? []).lazy.map(\.year))
        collect((dataset.beneficiaries ?? []).lazy.map(\.year))
        collect((dataset.budget ?? []).lazy.map(\.year))
        collect((dataset.outcomes ?? []).lazy.map(\.year))
        collect((dataset.experience ?? []).lazy.map(\.year))
        collect((dataset.workforce ?? []).lazy.map(\.year))
        collect((dataset.outreachSites ?? []).lazy.map(\.year))
        return years.sorted().map(ReportPeriod.year)
    }
}
