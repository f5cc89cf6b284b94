/// Patient-experience survey results for one instrument in a network and year.
public struct ExperienceRow: Sendable, Hashable {
    public var network: String
    public var year: Int
    public var instrument: String
    public var respondents: Int64
    public var satisfied: Int64
}
