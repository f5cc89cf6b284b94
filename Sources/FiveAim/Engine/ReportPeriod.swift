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
        var years = Set(dataset.activity.map(\.month.year))
        years.formUnion(dataset.groupSessions?.map(\.month.year) ?? [])
        years.formUnion(dataset.waits?.map(\.month.year) ?? [])
        years.formUnion(dataset.operatingCosts?.map(\.month.year) ?? [])
        years.formUnion(dataset.population?.map(\.year) ?? [])
        years.formUnion(dataset.beneficiaries?.map(\.year) ?? [])
        years.formUnion(dataset.budget?.map(\.year) ?? [])
        years.formUnion(dataset.outcomes?.map(\.year) ?? [])
        years.formUnion(dataset.experience?.map(\.year) ?? [])
        years.formUnion(dataset.workforce?.map(\.year) ?? [])
        return years.sorted().map(ReportPeriod.year)
    }
}
