/// Inhabitants of a network's area in a year, and those with increased reimbursement.
public struct PopulationRow: Sendable, Hashable {
    public var network: String
    public var year: Int
    public var population: Int64
    public var populationBim: Int64

    /// Creates a population row.
    public init(network: String, year: Int, population: Int64, populationBim: Int64) {
        self.network = network
        self.year = year
        self.population = population
        self.populationBim = populationBim
    }
}
