/// Attested services of one code in one network, month, age band and status (additive).
public struct ActivityRow: Sendable, Hashable {
    public var network: String
    public var month: YearMonth
    public var pseudocode: Int
    public var ageBand: AgeBand
    public var bim: BimStatus
    /// Sessions, participations, hours or fees, by the code's unit kind.
    public var units: Int64
}
