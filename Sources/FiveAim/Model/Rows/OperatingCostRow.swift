/// Invoiced operating costs of one cost centre in a network and month.
public struct OperatingCostRow: Sendable, Hashable {
    public var network: String
    public var month: YearMonth
    public var pseudocode: Int
    public var amount: Money

    /// Creates an operating-costs row.
    public init(network: String, month: YearMonth, pseudocode: Int, amount: Money) {
        self.network = network
        self.month = month
        self.pseudocode = pseudocode
        self.amount = amount
    }
}
