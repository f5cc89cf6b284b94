/// Reliable-change categories for one instrument in a network, year and function.
public struct OutcomeRow: Sendable, Hashable {
    /// The contract column `network`.
    public var network: String
    /// The contract column `year`.
    public var year: Int
    /// The contract column `function`.
    public var function: CareFunction
    /// The contract column `instrument`.
    public var instrument: String
    /// The contract column `pairs`.
    public var pairs: Int64
    /// The contract column `improved`.
    public var improved: Int64
    /// The contract column `unchanged`.
    public var unchanged: Int64
    /// The contract column `deteriorated`.
    public var deteriorated: Int64
    /// The contract column `recovered`.
    public var recovered: Int64?

    /// Creates an outcomes row.
    public init(
        network: String, year: Int, function: CareFunction, instrument: String, pairs: Int64, improved: Int64,
        unchanged: Int64, deteriorated: Int64, recovered: Int64?
    ) {
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
