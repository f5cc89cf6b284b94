/// Patient-experience survey results for one instrument in a network and year.
public struct ExperienceRow: Sendable, Hashable {
    /// The contract column `network`.
    public var network: String
    /// The contract column `year`.
    public var year: Int
    /// The contract column `instrument`.
    public var instrument: String
    /// The contract column `respondents`.
    public var respondents: Int64
    /// The contract column `satisfied`.
    public var satisfied: Int64

    /// Creates a patient-experience row.
    public init(network: String, year: Int, instrument: String, respondents: Int64, satisfied: Int64) {
        self.network = network
        self.year = year
        self.instrument = instrument
        self.respondents = respondents
        self.satisfied = satisfied
    }
}
