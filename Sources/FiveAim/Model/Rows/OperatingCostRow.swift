/// Invoiced operating costs of one cost centre in a network and month.
public struct OperatingCostRow: Sendable, Hashable {
    /// The contract column `network`.
    public var network: String
    /// The contract column `month`.
    public var month: YearMonth
    /// The contract column `pseudocode`.
    public var pseudocode: Int
    /// The contract column `amount`.
    public var amount: Money

    /// Creates an operating-costs row.
    public init(network: String, month: YearMonth, pseudocode: Int, amount: Money) {
        self.network = network
        self.month = month
        self.pseudocode = pseudocode
        self.amount = amount
    }
}
