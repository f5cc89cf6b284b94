/// Inhabitants of a network's area in a year, and those with increased reimbursement.
public struct PopulationRow: Sendable, Hashable {
    /// The contract column `network`.
    public var network: String
    /// The contract column `year`.
    public var year: Int
    /// The contract column `population`.
    public var population: Int64
    /// The contract column `population_bim`.
    public var populationBim: Int64

    /// Creates a population row.
    public init(network: String, year: Int, population: Int64, populationBim: Int64) {
        self.network = network
        self.year = year
        self.population = population
        self.populationBim = populationBim
    }
}
