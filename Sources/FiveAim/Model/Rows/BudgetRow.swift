/// A network's yearly allocation on one budget line.
public struct BudgetRow: Sendable, Hashable {
    public var network: String
    public var year: Int
    public var line: BudgetLine
    public var amount: Money
}
