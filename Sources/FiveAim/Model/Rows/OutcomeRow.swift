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
}
