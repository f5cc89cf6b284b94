/// Net spending of the activity rows summed once per (network, period, spending group), for every spending measure:
/// a measure adds the groups it keeps instead of walking the rows again.
///
/// Built only when no row's price might overflow and the amounts' magnitudes total below 2^63: then no partial sum
/// can overflow in any order, and the groups' sums added together are the measure's row-by-row sums. A missing
/// tariff is kept as the first row (in row order) of each group and period that lacks one, so that a measure reports
/// the reason of its first such row, as walking the rows does.
struct SpendingCube {
    private let periodCount: Int
    private static let groupCount = SpendingFunction.allCases.count
    /// Per (network, period, group): the sum in cents, and whether a priced row fell there.
    private var sums: [Int64]
    private var touched: [Bool]
    /// Per (group, period): the first row with a missing tariff, and the reason.
    private var firstMissing: [(row: Int, reason: String)?]

    /// The cube of the priced rows `items` (rows numbered by `networks`, `networkCount` numbers), or nil when a price
    /// might overflow.
    init?(items: SpendingItems, rows: [ActivityRow], networks: [Int32], networkCount: Int, periods periodCount: Int, slots: MonthSlots) {
        self.periodCount = periodCount
        sums = Array(repeating: 0, count: networkCount * periodCount * Self.groupCount)
        touched = Array(repeating: false, count: sums.count)
        firstMissing = Array(repeating: nil, count: Self.groupCount * periodCount)
        var magnitude: UInt64 = 0
        for index in rows.indices {
            guard let group = items.groupSlot(index) else { continue }
            switch items.outcome(index) {
            case .none:
                continue
            case .amount(let cents):
                let (total, overflow) = magnitude.addingReportingOverflow(cents.magnitude)
                guard !overflow, total < UInt64(Int64.max) else { return nil }
                magnitude = total
                for period in slots.forMonth(rows[index].month) {
                    let cell = (Int(networks[index]) * periodCount + period) * Self.groupCount + group
                    sums[cell] += cents
                    touched[cell] = true
                }
            case .missing(let reason):
                for period in slots.forMonth(rows[index].month) where firstMissing[group * periodCount + period] == nil {
                    firstMissing[group * periodCount + period] = (index, reason)
                }
            case .overflow:
                return nil
            }
        }
    }

    /// Adds the sums of the groups `kept` (by `SpendingFunction.slot`) to `flat`, and records in `unavailable` the
    /// reason of the first row of a kept group whose tariff is missing, per period.
    func add(kept: [Bool], to flat: inout FlatSums, unavailable: inout [Int: String]) {
        for cell in stride(from: 0, to: sums.count, by: Self.groupCount) {
            let network = Int32(cell / Self.groupCount / periodCount)
            let period = cell / Self.groupCount % periodCount
            for group in 0..<Self.groupCount where kept[group] && touched[cell + group] {
                flat.add(network, period: period, sums[cell + group])
            }
        }
        for period in 0..<periodCount {
            let first = (0..<Self.groupCount).compactMap { kept[$0] ? firstMissing[$0 * periodCount + period] : nil }.min { $0.row < $1.row }
            if let first, unavailable[period] == nil { unavailable[period] = first.reason }
        }
    }
}
