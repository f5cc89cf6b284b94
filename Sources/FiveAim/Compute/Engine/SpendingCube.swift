/// Net spending of the activity rows summed once per (network, period, spending group), for every spending measure:
/// a measure adds the groups it keeps instead of walking the rows again. Built from the activity cube's cells when it
/// can be, else from the rows priced one by one.
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
    private var firstMissing: [(row: Int, reason: ResultReason)?]

    /// The cube of the priced rows `items` (rows numbered by `networks`, `networkCount` numbers), or nil when a price
    /// might overflow.
    init?(items: SpendingItems, rows: [ActivityRow], networks: [Int32], networkCount: Int, periods periodCount: Int, slots: MonthSlots) {
        self.init(networks: networkCount, periods: periodCount)
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

    /// The cube from the activity cube's cells when every period lies within one calendar year: all rows of a cell
    /// then cost the same per unit, and a cell costs that price times its units. Nil when a period spans two years,
    /// a tariff is missing (the reason is that of the first row lacking it: rows are needed), a price might overflow
    /// or the magnitudes total 2^63 or more.
    init?(cells: CellCube, codeList: [Int], periods: [ReportPeriod], networkCount: Int, calculator: SpendingCalculator) {
        guard periods.allSatisfy(\.liesWithinOneYear) else { return nil }
        self.init(networks: networkCount, periods: periods.count)
        let bims = BimStatus.allCases.count
        let bandBims = AgeBand.allCases.count * bims
        let categoryCount = codeList.count * bandBims
        // Per period and category (code slot, age band, status): unpriced, no care spending, or the group and unit price.
        var prices = [UnitPrice](repeating: .unpriced, count: periodCount * categoryCount)
        var magnitude: UInt64 = 0
        var valid = true
        cells.forEachCell { network, period, category, units in
            guard valid else { return }
            let slot = period * categoryCount + category
            if case .unpriced = prices[slot] {
                let band = AgeBand.allCases[category % bandBims / bims], bim = BimStatus.allCases[category % bims]
                switch calculator.unitPrice(code: codeList[category / bandBims], year: periods[period].first.year, ageBand: band, bim: bim)
                {
                case nil, (_, .none)?: prices[slot] = .noSpending
                case (let group, .amount(let cents))?: prices[slot] = .price(group: group.slot, cents: cents)
                case (_, .missing)?, (_, .overflow)?: valid = false
                }
            }
            guard valid, case .price(let group, let cents) = prices[slot] else { return }
            let (amount, overflow) = cents.multipliedReportingOverflow(by: units)
            let (total, beyond) = magnitude.addingReportingOverflow(amount.magnitude)
            guard !overflow, !beyond, total < UInt64(Int64.max) else {
                valid = false
                return
            }
            magnitude = total
            let cell = (Int(network) * periodCount + period) * Self.groupCount + group
            sums[cell] += amount
            touched[cell] = true
        }
        guard valid else { return nil }
    }

    /// An empty cube.
    private init(networks networkCount: Int, periods periodCount: Int) {
        self.periodCount = periodCount
        sums = Array(repeating: 0, count: networkCount * periodCount * Self.groupCount)
        touched = Array(repeating: false, count: sums.count)
        firstMissing = Array(repeating: nil, count: Self.groupCount * periodCount)
    }

    /// What a unit of one code costs in one period, for one age band and status.
    private enum UnitPrice {
        case unpriced
        case noSpending
        case price(group: Int, cents: Int64)
    }

    /// Adds the sums of the groups `kept` (by `SpendingFunction.slot`) to `flat`, and records in `unavailable` the
    /// reason of the first row of a kept group whose tariff is missing, per period.
    func add(kept: [Bool], to flat: inout FlatSums, unavailable: inout [Int: ResultReason]) {
        for cell in stride(from: 0, to: sums.count, by: Self.groupCount) {
            let network = Int32(cell / Self.groupCount / periodCount)
            let period = cell / Self.groupCount % periodCount
            for group in 0..<Self.groupCount where kept[group] && touched[cell + group] {
                flat.add(network, period: period, sums[cell + group])
            }
        }
        for period in 0..<periodCount {
            let first = (0..<Self.groupCount).compactMap { kept[$0] ? firstMissing[$0 * periodCount + period] : nil }.min {
                $0.row < $1.row
            }
            if let first, unavailable[period] == nil { unavailable[period] = first.reason }
        }
    }
}
