/// The fast path for net spending: the activity cube's cells priced once and summed per (network, period, spending
/// group), so that each spending measure adds the groups it keeps. The aggregates equal `RowWalk`'s.
///
/// When every period lies within one calendar year, all rows of a cell cost the same per unit (one code, year, age
/// band and status), and a cell costs that price, as `SpendingCalculator.unitPrice` gives it, times its units. Nil
/// when a period spans two years, a tariff is missing (the reason is that of the first row lacking it: rows are
/// needed), a price might overflow or the magnitudes total 2^63 or more (then no partial sum can overflow in any
/// order, and the groups' sums added together are the row walk's sums).
struct SpendingCube {
    private let periodCount: Int
    private static let groupCount = SpendingFunction.slotCount
    /// Per (network, period, group): the sum in cents, and whether a priced row fell there.
    private var sums: [Int64]
    private var touched: [Bool]
    /// The activity rows' networks, numbered as in the activity cube.
    private let numbering: NetworkNumbering

    /// The cube of `activity`'s cells over `periods`, priced by `calculator`.
    init?(_ activity: ActivityCube, periods: [ReportPeriod], calculator: SpendingCalculator) {
        guard periods.allSatisfy(\.liesWithinOneYear) else { return nil }
        periodCount = periods.count
        numbering = activity.numbering
        sums = Array(repeating: 0, count: numbering.codes.count * periodCount * Self.groupCount)
        touched = Array(repeating: false, count: sums.count)
        let bims = BimStatus.slotCount
        let bandBims = AgeBand.slotCount * bims
        let categoryCount = activity.codeList.count * bandBims
        // Per period and category (code slot, age band, status): unpriced, no care spending, or the group and unit price.
        var prices = [UnitPrice](repeating: .unpriced, count: periodCount * categoryCount)
        var magnitude: UInt64 = 0
        var valid = true
        activity.cells.forEachCell { network, period, category, units in
            guard valid else { return }
            let slot = period * categoryCount + category
            if case .unpriced = prices[slot] {
                let band = AgeBand.allCases[category % bandBims / bims], bim = BimStatus.allCases[category % bims]
                let code = activity.codeList[category / bandBims]
                switch calculator.unitPrice(code: code, year: periods[period].first.year, ageBand: band, bim: bim) {
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

    /// What a unit of one code costs in one period, for one age band and status.
    private enum UnitPrice {
        case unpriced
        case noSpending
        case price(group: Int, cents: Int64)
    }

    /// The aggregate of the spending measure `spec`: the activity of the groups it keeps, then the group fees
    /// (`group_sessions`, a small table) priced row by row as `RowWalk` prices them.
    func aggregate(_ spec: MeasureSpec, calculator: SpendingCalculator, slots: MonthSlots, dataset: Dataset) -> Aggregate {
        let functions = spec.functions.map { Set($0.compactMap(SpendingFunction.init(rawValue:))) } ?? Set(SpendingFunction.allCases)
        let kept = SpendingFunction.allCases.map { functions.contains($0) }
        var flat = FlatSums(periods: periodCount)
        for cell in stride(from: 0, to: sums.count, by: Self.groupCount) {
            let network = Int32(cell / Self.groupCount / periodCount)
            let period = cell / Self.groupCount % periodCount
            for group in 0..<Self.groupCount where kept[group] && touched[cell + group] {
                flat.add(network, period: period, sums[cell + group])
            }
        }
        var numbering = self.numbering  // group sessions may add networks without activity
        var result = Aggregate()
        calculator.forEachGroupFee(dataset, functions: functions) { network, month, amount in
            flat.add(numbering.number(network), slots, month, amount.cents)
        } missingTariff: { month, reason in
            for period in slots.forMonth(month) where result.unavailable[period] == nil { result.unavailable[period] = reason }
        }
        flat.store(into: &result, codes: numbering.codes, kind: .money)
        result.addNational(spec, dataset: dataset)
        return result
    }
}
