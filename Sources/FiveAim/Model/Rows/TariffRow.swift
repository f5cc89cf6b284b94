/// A year's fee for a pseudocode and the beneficiary's co-payments (art. 15, 17, 18).
public struct TariffRow: Sendable, Hashable {
    /// The contract column `year`.
    public var year: Int
    /// The contract column `pseudocode`.
    public var pseudocode: Int
    /// The fee, co-payment included.
    public var amount: Money
    /// Co-payment with increased reimbursement, where the age rule of art. 18 asks for one.
    public var copayBim: Money
    /// Co-payment without increased reimbursement (or unknown status).
    public var copayOther: Money

    /// Creates a tariff row.
    public init(year: Int, pseudocode: Int, amount: Money, copayBim: Money, copayOther: Money) {
        self.year = year
        self.pseudocode = pseudocode
        self.amount = amount
        self.copayBim = copayBim
        self.copayOther = copayOther
    }
}
