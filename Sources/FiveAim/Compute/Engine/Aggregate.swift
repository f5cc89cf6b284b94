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
struct Aggregate: Equatable {
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

extension Aggregate {
    /// Adds the national figures of `spec` from the networks' sums and cells. Adult networks and the German-speaking
    /// community's partition Belgium; a child network's population is the 0–23 part of an area already counted, so the
    /// national population leaves child networks out.
    mutating func addNational(_ spec: MeasureSpec, dataset: Dataset) {
        let childNetworks = spec.table == .population ? Set(dataset.networks.filter { $0.targetGroup == .child }.map(\.code)) : []
        for (key, value) in sums where key.network != Network.nationalCode && !childNetworks.contains(key.network) {
            national[key.period] = (national[key.period] ?? .zero(spec.measure.quantity)) + value
        }
        for key in present where key.network != Network.nationalCode { nationalPresent.insert(key.period) }
    }
}
