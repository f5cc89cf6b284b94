/// A network's yearly allocation on one budget line.
public struct BudgetRow: Sendable, Hashable {
    public var network: String
    public var year: Int
    public var line: BudgetLine
    public var amount: Money

    /// Creates a budget row.
    public init(network: String, year: Int, line: BudgetLine, amount: Money) {
        self.network = network
        self.year = year
        self.line = line
        self.amount = amount
    }
}
