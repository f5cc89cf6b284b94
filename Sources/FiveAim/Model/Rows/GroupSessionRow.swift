/// Distinct group sessions held in a network, month and function.
public struct GroupSessionRow: Sendable, Hashable {
    public var network: String
    public var month: YearMonth
    /// `.community`, `.support` or `.treatment`.
    public var function: CareFunction
    public var sessions: Int64

    /// Creates a group-sessions row.
    public init(network: String, month: YearMonth, function: CareFunction, sessions: Int64) {
        self.network = network
        self.month = month
        self.function = function
        self.sessions = sessions
    }
}
