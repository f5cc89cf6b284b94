/// Sums per network number and period in flat arrays, stored into an `Aggregate` at the end (the cubes' measures).
struct FlatSums {
    private let periodCount: Int
    private var sums: [Int64] = []
    /// Per cell: whether something was summed there.
    private var summed: [Bool] = []

    init(periods: Int) { periodCount = periods }

    /// Adds `amount` to the network's cell of every period holding `month` (with `+` trapping on overflow).
    mutating func add(_ network: Int32, _ slots: MonthSlots, _ month: YearMonth, _ amount: Int64) {
        for period in slots.forMonth(month) { add(network, period: period, amount) }
    }

    /// Adds `amount` to the network's cell of period `period`.
    @inline(__always)
    mutating func add(_ network: Int32, period: Int, _ amount: Int64) {
        let index = cell(network, period)
        sums[index] = sums[index] + amount
        summed[index] = true
    }

    private mutating func cell(_ network: Int32, _ period: Int) -> Int {
        let index = Int(network) * periodCount + period
        if index >= sums.count {
            let size = max(index + 1, sums.count * 2)
            sums += Array(repeating: 0, count: size - sums.count)
            summed += Array(repeating: false, count: size - summed.count)
        }
        return index
    }

    /// Writes every summed cell into `result.sums` and `result.present`.
    func store(into result: inout Aggregate, codes: [String], kind: QuantityKind) {
        for index in summed.indices where summed[index] {
            let key = CellKey(network: codes[index / periodCount], period: index % periodCount)
            result.sums[key] = kind == .count ? .count(sums[index]) : .money(Money(cents: sums[index]))
            result.present.insert(key)
        }
    }
}
