/// The requested periods holding each month and each calendar year, by array index rather than a dictionary lookup.
struct MonthSlots {
    private let first: Int
    /// Per month from `first`: the periods containing it, in period order.
    private let periods: [[Int]]
    private let firstYear: Int
    /// Per year from `firstYear`: the periods that are exactly that calendar year, in period order.
    private let years: [[Int]]

    init(_ periods: [ReportPeriod]) {
        let lower = periods.map(\.first.ordinal).min() ?? 0
        let upper = periods.map(\.last.ordinal).max() ?? -1
        var table = Array(repeating: [Int](), count: max(0, upper - lower + 1))
        for (index, period) in periods.enumerated() {
            for ordinal in period.first.ordinal...period.last.ordinal { table[ordinal - lower].append(index) }
        }
        first = lower
        self.periods = table
        let calendarYears = periods.compactMap(\.calendarYear)
        let lowerYear = calendarYears.min() ?? 0
        var yearTable = Array(repeating: [Int](), count: (calendarYears.max() ?? -1) - lowerYear + 1)
        for (index, period) in periods.enumerated() {
            if let year = period.calendarYear { yearTable[year - lowerYear].append(index) }
        }
        firstYear = lowerYear
        years = yearTable
    }

    /// The periods containing `month`.
    func forMonth(_ month: YearMonth) -> [Int] {
        let slot = month.ordinal - first
        return slot >= 0 && slot < periods.count ? periods[slot] : []
    }

    /// The periods that are exactly the calendar year `year` (yearly tables fit no other period).
    func forYear(_ year: Int) -> [Int] {
        let slot = year - firstYear
        return slot >= 0 && slot < years.count ? years[slot] : []
    }
}
