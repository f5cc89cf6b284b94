/// A network's care workers in a year: size, training, intervision and survey.
public struct WorkforceRow: Sendable, Hashable {
    public var network: String
    public var year: Int
    public var providers: Int64
    /// Full-time equivalents in hundredths (exact), when given.
    public var fteHundredths: Int64?
    public var trained: Int64
    public var intervisionSessions: Int64
    public var providersSurveyed: Int64
    public var providersSatisfied: Int64

    /// Creates a workforce row.
    public init(network: String, year: Int, providers: Int64, fteHundredths: Int64?, trained: Int64, intervisionSessions: Int64,
                providersSurveyed: Int64, providersSatisfied: Int64) {
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
