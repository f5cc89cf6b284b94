/// A network (or `BE`) and a period index: the cell a measure is summed into.
struct CellKey: Hashable {
    let network: String
    let period: Int
}

/// A measure's value for one cell, or why it has none.
enum MeasureOutcome: Sendable, Hashable {
    case value(Quantity)
    case unavailable(ResultReason)

    var quantity: Quantity? {
        if case .value(let quantity) = self { return quantity }
        return nil
    }

    var reason: ResultReason? {
        if case .unavailable(let reason) = self { return reason }
        return nil
    }
}

/// A measure summed over a table, per network and period, with the national (`BE`) figures.
struct Aggregate {
    /// Sums per network and period (for distinct counts, `BE` rows under `BE`).
    var sums: [CellKey: Quantity] = [:]
    /// Cells with at least one row of the table (yearly tables: a missing row is unknown, not 0).
    var present: Set<CellKey> = []
    /// Sums over all networks per period, for additive measures.
    var national: [Int: Quantity] = [:]
    /// Periods with at least one network row.
    var nationalPresent: Set<Int> = []
    /// Periods that cannot be computed, with the reason (a missing tariff).
    var unavailable: [Int: ResultReason] = [:]
}
