/// Patient-experience survey results for one instrument in a network and year.
public struct ExperienceRow: Sendable, Hashable {
    public var network: String
    public var year: Int
    public var instrument: String
    public var respondents: Int64
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
