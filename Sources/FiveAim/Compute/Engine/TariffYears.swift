/// How the services of one year are priced (art. 17: the amounts of art. 15 are indexed every year).
public struct TariffYearUse: Sendable, Hashable {
    /// The calendar year of the services.
    public let year: Int
    /// The tariff year used: `year` itself, the latest earlier year with tariffs, or nil when no tariffs reach back that far.
    public let tariffYear: Int?

    /// Creates a use.
    public init(year: Int, tariffYear: Int?) {
        self.year = year
        self.tariffYear = tariffYear
    }

    /// Whether the year is priced at an earlier year's tariffs because it has none of its own.
    public var isFallback: Bool { tariffYear.map { $0 < year } ?? false }

    /// The warning a fallback gets (FA2091), nil for a year priced at its own tariffs or not priced at all.
    public var warning: Diagnostic? {
        guard isFallback, let tariffYear else { return nil }
        return Diagnostic(
            .warning, .tariffsOfEarlierYear,
            "\(year) priced at \(tariffYear) tariffs: no \(year) tariffs shipped or supplied")
    }
}

/// The tariff year used for each year with services, computed once from the tariffs in force (shipped or supplied) and the
/// years of `activity` and `group_sessions`, and read by every command that prices services and by the report drafts.
public struct TariffYears: Sendable {
    /// The years with services (activity or group sessions), ascending, each with its tariff year.
    public let uses: [TariffYearUse]
    private let book: TariffBook

    /// The tariff years of `dataset`'s years with services.
    public init(_ dataset: Dataset) {
        let book = TariffBook(dataset.tariffs)
        var years: Set<Int> = []
        var last = Int.min  // rows come grouped by month: a set insertion per change of year, not per row
        for row in dataset.activity where row.month.year != last {
            last = row.month.year
            years.insert(last)
        }
        for row in dataset.groupSessions ?? [] { years.insert(row.month.year) }
        self.book = book
        uses = years.sorted().map { TariffYearUse(year: $0, tariffYear: book.tariffYear(for: $0)) }
    }

    /// How services of `year` are (or would be) priced, whether or not the dataset has services that year.
    public func use(for year: Int) -> TariffYearUse { TariffYearUse(year: year, tariffYear: book.tariffYear(for: year)) }

    /// The years with services priced at an earlier year's tariffs.
    public var fallbacks: [TariffYearUse] { uses.filter(\.isFallback) }

    /// One warning (FA2091) per year among `years` that has services and no tariffs of its own, in year order.
    public func warnings(for years: some Sequence<Int>) -> [Diagnostic] {
        let asked = Set(years)
        return fallbacks.filter { asked.contains($0.year) }.compactMap(\.warning)
    }

    /// One warning (FA2091) per year with services and no tariffs of its own.
    public var warnings: [Diagnostic] { fallbacks.compactMap(\.warning) }
}
