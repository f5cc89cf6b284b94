/// Decodes `outcomes`: reliable-change categories per instrument.
struct OutcomesDecoder: TableDecoder {
    var schema: TableSchema { TableKind.outcomes.schema }
    /// The values of its `function` column.
    let functions = FunctionChoices(.outcomes)

    func decode(_ cells: CellReader) -> OutcomeRow? {
        let network = cells.network()
        let year = cells.year(.year, in: YearMonth.conventionStart.year...cells.context.runMonth.year)
        let function = cells.function(functions)
        let instrument = cells.freeText(.instrument)
        let pairs = cells.count(.pairs)
        let improved = cells.count(.improved)
        let unchanged = cells.count(.unchanged)
        let deteriorated = cells.count(.deteriorated)
        let recovered = cells.optionalCount(.recovered)
        guard let network, let year, let function = function ?? nil, let instrument, let pairs, let improved,
            let unchanged, let deteriorated, let recovered
        else { return nil }
        if improved + unchanged + deteriorated > pairs {
            cells.fail(
                .partExceedsWhole, .pairs, "column '\(ContractColumn.pairs)': improved + unchanged + deteriorated exceed the pairs measured"
            )
            return nil
        }
        if let recovered, recovered > improved {
            cells.fail(
                .partExceedsWhole, .recovered,
                "column '\(ContractColumn.recovered)': more recovered than improved; recovered people are a part of the improved")
            return nil
        }
        return OutcomeRow(
            network: network.code, year: year, function: function, instrument: instrument, pairs: pairs,
            improved: improved, unchanged: unchanged, deteriorated: deteriorated, recovered: recovered)
    }

    func key(of row: OutcomeRow) -> [AnyHashable] { [row.network, row.year, row.function, FreeText.comparisonKey(row.instrument)] }
}
