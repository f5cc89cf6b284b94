/// Reliable-change categories for one instrument in a network, year and function.
public struct OutcomeRow: Sendable, Hashable {
    public var network: String
    public var year: Int
    public var function: CareFunction
    public var instrument: String
    public var pairs: Int64
    public var improved: Int64
    public var unchanged: Int64
    public var deteriorated: Int64
    public var recovered: Int64?

    /// Creates an outcomes row.
    public init(network: String, year: Int, function: CareFunction, instrument: String, pairs: Int64, improved: Int64,
                unchanged: Int64, deteriorated: Int64, recovered: Int64?) {
        self.network = network
        self.year = year
        self.function = function
        self.instrument = instrument
        self.pairs = pairs
        self.improved = improved
        self.unchanged = unchanged
        self.deteriorated = deteriorated
        self.recovered = recovered
    }
}
