/// One network's share of the 2026 amendment's "return to work" budget in a year (avenant 2026, « Répartition
/// budgétaire »): the addition to the art. 8 line and the addition to the base care budget, as the table prints them.
public struct ReturnToWorkAllocation: Sendable, Hashable {
    /// The network's code.
    public var network: String
    /// The year the amounts apply from (until the next row of the network).
    public var year: Int
    /// Added to the budget for the missions of art. 8 (art. 14 §1 b a, as replaced by the amendment's art. 2).
    public var art8Addition: Money
    /// Added to the base care budget (art. 14 §1 a), split by the precarity index; nil when the amendment sets none
    /// for the year (it prints 2026 only).
    public var careBaseAddition: Money?
    /// The total as printed (for four networks one cent off the sum of its parts); nil when no care base addition is set.
    public var total: Money?
    /// Where the row comes from: the amendment's table, or its rule for the years after 2026.
    public var source: String

    /// Creates an allocation.
    public init(network: String, year: Int, art8Addition: Money, careBaseAddition: Money?, total: Money?, source: String) {
        self.network = network
        self.year = year
        self.art8Addition = art8Addition
        self.careBaseAddition = careBaseAddition
        self.total = total
        self.source = source
    }
}

/// The 2026 amendment's "return to work" budget per network and year, read from
/// `Indicators/reference/return_to_work_budget.csv`: the 20 adult networks and the German-speaking community's.
public struct ReturnToWorkBudgetTable: Sendable, Hashable {
    /// Every row, in file order.
    public var allocations: [ReturnToWorkAllocation]

    /// The first year of the measure (the amendment's art. 3: in force on 1 January 2026).
    public static let firstYear = 2026

    /// Creates a table.
    public init(_ allocations: [ReturnToWorkAllocation]) { self.allocations = allocations }

    /// The allocation of `network` in `year`: its row of the latest year not after `year`, nil before 2026 or for a
    /// network the amendment does not list (the child and adolescent networks).
    public func allocation(_ network: String, in year: Int) -> ReturnToWorkAllocation? {
        allocations.filter { $0.network == network && $0.year <= year }.max { $0.year < $1.year }
    }
}
