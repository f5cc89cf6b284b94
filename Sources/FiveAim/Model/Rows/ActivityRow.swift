/// Attested services of one code in one network, month, age band and status (additive).
public struct ActivityRow: Sendable, Hashable {
    /// The contract column `network`.
    public var network: String
    /// The contract column `month`.
    public var month: YearMonth
    /// The contract column `pseudocode`.
    public var pseudocode: Int
    /// The contract column `age_band`.
    public var ageBand: AgeBand
    /// The contract column `bim`.
    public var bim: BimStatus
    /// Sessions, participations, hours or fees, by the code's unit kind.
    public var units: Int64

    /// Creates an activity row.
    public init(network: String, month: YearMonth, pseudocode: Int, ageBand: AgeBand, bim: BimStatus, units: Int64) {
        self.network = network
        self.month = month
        self.pseudocode = pseudocode
        self.ageBand = ageBand
        self.bim = bim
        self.units = units
    }
}
