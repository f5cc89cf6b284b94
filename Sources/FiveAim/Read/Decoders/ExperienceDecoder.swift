/// Decodes `experience`: patient-experience survey results.
struct ExperienceDecoder: TableDecoder {
    var schema: TableSchema { TableKind.experience.schema }

    func decode(_ cells: CellReader) -> ExperienceRow? {
        let network = cells.network()
        let year = cells.year(.year, in: YearMonth.conventionStart.year...cells.context.runMonth.year)
        let instrument = cells.freeText(.instrument)
        let respondents = cells.count(.respondents)
        let satisfied = cells.count(.satisfied)
        guard let network, let year, let instrument, let respondents, let satisfied else { return nil }
        if satisfied > respondents {
            cells.fail(.partExceedsWhole, .satisfied, "column '\(ContractColumn.satisfied)': more than the respondents")
            return nil
        }
        return ExperienceRow(network: network.code, year: year, instrument: instrument, respondents: respondents, satisfied: satisfied)
    }

    func key(of row: ExperienceRow) -> [AnyHashable] { [row.network, row.year, FreeText.comparisonKey(row.instrument)] }
}
