/// Distinct group sessions held in a network, month and function.
public struct GroupSessionRow: Sendable, Hashable {
    public var network: String
    public var month: YearMonth
    /// `.community`, `.support` or `.treatment`.
    public var function: CareFunction
    public var sessions: Int64
}
