/// A network's care workers in a year: size, training, intervision and survey.
public struct WorkforceRow: Sendable, Hashable {
    /// The contract column `network`.
    public var network: String
    /// The contract column `year`.
    public var year: Int
    /// The contract column `providers`.
    public var providers: Int64
    /// Full-time equivalents in hundredths (exact), when given.
    public var fteHundredths: Int64?
    /// The contract column `trained`.
    public var trained: Int64
    /// The contract column `intervision_sessions`.
    public var intervisionSessions: Int64
    /// The contract column `providers_surveyed`.
    public var providersSurveyed: Int64
    /// The contract column `providers_satisfied`.
    public var providersSatisfied: Int64

    /// Creates a workforce row.
    public init(
        network: String, year: Int, providers: Int64, fteHundredths: Int64?, trained: Int64, intervisionSessions: Int64,
        providersSurveyed: Int64, providersSatisfied: Int64
    ) {
        self.network = network
        self.year = year
        self.providers = providers
        self.fteHundredths = fteHundredths
        self.trained = trained
        self.intervisionSessions = intervisionSessions
        self.providersSurveyed = providersSurveyed
        self.providersSatisfied = providersSatisfied
    }
}
