/// First individual sessions by wait since the help request, as a histogram.
public struct WaitRow: Sendable, Hashable {
    public var network: String
    /// Month of the first session.
    public var month: YearMonth
    /// `.support` or `.treatment`.
    public var function: CareFunction
    public var ageBand: AgeBand
    public var bucket: WaitBucket
    public var count: Int64
}
