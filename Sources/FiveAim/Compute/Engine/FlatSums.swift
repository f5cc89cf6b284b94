/// Sums per network number and period in flat arrays, stored into an `Aggregate` at the end.
struct FlatSums {
    private let periodCount: Int
    private var sums: [Int64] = []
    /// Per cell: `unseen`, `present` (a row of the table, nothing summed) or `summed`.
    private var states: [UInt8] = []
    private static let unseen: UInt8 = 0
    private static let present: UInt8 = 1
    private static let summed: UInt8 = 2

    init(periods: Int) { periodCount = periods }

    /// Adds `amount` to the network's cell of every period holding `month` (with `+` trapping on overflow).
    mutating func add(_ network: Int32, _ slots: MonthSlots, _ month: YearMonth, _ amount: Int64) {
        for period in slots.forMonth(month) { add(network, period: period, amount) }
    }

    /// Adds `amount` to the network's cell of each period of `periods`.
    mutating func add(_ network: Int32, periods: [Int], _ amount: Int64) {
        for period in periods { add(network, period: period, amount) }
    }

    /// Adds `amount` to the network's cell of period `period`.
    @inline(__always)
    mutating func add(_ network: Int32, period: Int, _ amount: Int64) {
        let index = cell(network, period)
        sums[index] = sums[index] + amount
        states[index] = Self.summed
    }

    /// Marks the network's cells of `periods` as holding rows (a yearly table's missing row is unknown, not 0).
    mutating func mark(_ network: Int32, periods: [Int]) {
        for period in periods {
            let index = cell(network, period)
            states[index] = max(states[index], Self.present)
        }
    }

    private mutating func cell(_ network: Int32, _ period: Int) -> Int {
        let index = Int(network) * periodCount + period
        if index >= sums.count {
            let size = max(index + 1, sums.count * 2)
            sums += Array(repeating: 0, count: size - sums.count)
            states += Array(repeating: Self.unseen, count: size - states.count)
        }
        return index
    }

    /// Writes every summed cell into `result.sums`, and every cell seen into `result.present`.
    func store(into result: inout Aggregate, codes: [String], kind: QuantityKind) {
        for index in states.indices where states[index] != Self.unseen {
            let key = CellKey(network: codes[index / periodCount], period: index % periodCount)
            if states[index] == Self.summed {
                result.sums[key] = kind == .count ? .count(sums[index]) : .money(Money(cents: sums[index]))
            }
            result.present.insert(key)
        }
    }
}
