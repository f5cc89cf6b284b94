/// Distinct people helped in a network and year (NOT additive across functions, years or networks).
public struct BeneficiaryRow: Sendable, Hashable {
    /// A network code, or `BE` for the national distinct total.
    public var network: String
    /// The contract column `year`.
    public var year: Int
    /// `.support`, `.treatment`, or nil for `all`.
    public var function: CareFunction?
    /// The contract column `age_band`.
    public var ageBand: AgeBand
    /// The contract column `bim`.
    public var bim: BimStatus
    /// The contract column `beneficiaries`.
    public var beneficiaries: Int64

    /// Creates a beneficiaries row.
    public init(network: String, year: Int, function: CareFunction?, ageBand: AgeBand, bim: BimStatus, beneficiaries: Int64) {
        self.network = network
        self.year = year
        self.function = function
        self.ageBand = ageBand
        self.bim = bim
        self.beneficiaries = beneficiaries
    }
}
