/// Decodes `population`: inhabitants per network and year.
struct PopulationDecoder: TableDecoder {
    var schema: TableSchema { TableKind.population.schema }

    func decode(_ cells: CellReader) -> PopulationRow? {
        let network = cells.network()
        let year = cells.year(.year, in: 2000...cells.context.runMonth.year)
        let population = cells.count(.population)
        let bim = cells.count(.populationBim)
        guard let network, let year, let population, let bim else { return nil }
        if bim > population {
            cells.fail(
                .partExceedsWhole, .populationBim,
                "column '\(ContractColumn.populationBim)': larger than '\(ContractColumn.population)'; expected a part of the population")
            return nil
        }
        return PopulationRow(network: network.code, year: year, population: population, populationBim: bim)
    }

    func key(of row: PopulationRow) -> [AnyHashable] { [row.network, row.year] }
}
