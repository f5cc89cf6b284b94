/// A table's amounts summed per (network, period, category) over the cells that hold rows, so that each measure of
/// the table reads the cells (far fewer than the rows) and keeps those of its categories. A category packs the
/// columns measures filter on (for activity: code slot, age band, status).
///
/// Built only when the sums cannot depend on the order of the rows: no month in two periods, every amount ≥ 0 and no
/// overflow. Then summing the cells a measure keeps gives the sums (and traps) of summing its rows one by one.
struct CellCube {
    private var networks: [Int32] = []
    private var periods: [Int32] = []
    private var categories: [Int32] = []
    private var amounts: [Int64] = []

    /// The cube of `count` rows, or nil when the sums could depend on the order of the rows or the table of cells
    /// would be large for the rows. `row(i)` gives row i's network number, month, category (< `categoryCount`) and amount.
    init?(
        rows count: Int, networks networkCount: Int, periods periodCount: Int, categories categoryCount: Int, slots: MonthSlots,
        row: (Int) -> (network: Int32, month: YearMonth, category: Int, amount: Int64)
    ) {
        let cellCount = networkCount * periodCount * categoryCount
        guard cellCount <= 2 * count + 65_536 else { return nil }
        var sums = [Int64](repeating: 0, count: cellCount)
        var touched = [Bool](repeating: false, count: cellCount)
        for index in 0..<count {
            let (network, month, category, amount) = row(index)
            guard amount >= 0 else { return nil }
            let found = slots.forMonth(month)
            guard found.count <= 1 else { return nil }
            guard let period = found.first else { continue }
            let cell = (Int(network) * periodCount + period) * categoryCount + category
            let (sum, overflow) = sums[cell].addingReportingOverflow(amount)
            guard !overflow else { return nil }
            sums[cell] = sum
            touched[cell] = true
        }
        for cell in touched.indices where touched[cell] {
            categories.append(Int32(cell % categoryCount))
            periods.append(Int32(cell / categoryCount % periodCount))
            networks.append(Int32(cell / categoryCount / periodCount))
            amounts.append(sums[cell])
        }
    }

    /// Calls `body` with each cell holding rows: network number, period, category, amount.
    func forEachCell(_ body: (Int32, Int, Int, Int64) -> Void) {
        for index in amounts.indices {
            body(networks[index], Int(periods[index]), Int(categories[index]), amounts[index])
        }
    }
}
