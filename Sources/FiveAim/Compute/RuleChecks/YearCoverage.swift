/// The months with data in each year, for the notes that say a year's figures are partial.
struct YearCoverage {
    let covered: ClosedRange<YearMonth>?

    init(_ covered: ClosedRange<YearMonth>?) { self.covered = covered }

    /// Tables of services, whose codes start in April 2024 (art. 21).
    static let serviceTables: Set<TableKind> = [.activity, .groupSessions, .waits]

    /// The notes of `year` for a rule reading `tables`: for services, the convention's first year (April–December);
    /// for any monthly table (services, operating costs), a year whose data stop before December.
    /// Operating costs invoiced from April 2024 count for the whole of 2024 (art. 14 §2), so they get no 2024 note.
    func notes(_ year: Int, tables: [TableKind]) -> [CheckNote] {
        let services = tables.contains { Self.serviceTables.contains($0) }
        if services, year == YearMonth.conventionStart.year { return [.conventionStartYear(first: YearMonth.conventionStart)] }
        guard services || tables.contains(.operatingCosts), let covered, covered.upperBound.year == year, covered.upperBound.month < 12
        else { return [] }
        let first = covered.lowerBound.year == year ? covered.lowerBound : YearMonth(year: year, month: 1)
        return [.partialYear(first: first, last: covered.upperBound)]
    }
}
