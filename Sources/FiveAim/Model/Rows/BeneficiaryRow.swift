/// Distinct people helped in a network and year (NOT additive across functions, years or networks).
public struct BeneficiaryRow: Sendable, Hashable {
    /// A network code, or `BE` for the national distinct total.
    public var network: String
    public var year: Int
    /// `.support`, `.treatment`, or nil for `all`.
    public var function: CareFunction?
    public var ageBand: AgeBand
    public var bim: BimStatus
    public var beneficiaries: Int64
}
