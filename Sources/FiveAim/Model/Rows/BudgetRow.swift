/// A network's yearly allocation on one budget line.
public struct BudgetRow: Sendable, Hashable {
    /// The contract column `network`.
    public var network: String
    /// The contract column `year`.
    public var year: Int
    /// The contract column `line`.
    public var line: BudgetLine
    /// The contract column `amount`.
    public var amount: Money

    /// Creates a budget row.
    public init(network: String, year: Int, line: BudgetLine, amount: Money) {
        self.network = network
        self.year = year
        self.line = line
        self.amount = amount
    }
}
