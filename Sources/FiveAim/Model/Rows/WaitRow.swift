/// First individual sessions by wait since the help request, as a histogram.
public struct WaitRow: Sendable, Hashable {
    /// The contract column `network`.
    public var network: String
    /// Month of the first session.
    public var month: YearMonth
    /// `.support` or `.treatment`.
    public var function: CareFunction
    /// The contract column `age_band`.
    public var ageBand: AgeBand
    /// The contract column `bucket`.
    public var bucket: WaitBucket
    /// The contract column `count`.
    public var count: Int64

    /// Creates a waits row.
    public init(network: String, month: YearMonth, function: CareFunction, ageBand: AgeBand, bucket: WaitBucket, count: Int64) {
        self.network = network
        self.month = month
        self.function = function
        self.ageBand = ageBand
        self.bucket = bucket
        self.count = count
    }
}
