/// Decodes `budget`: yearly allocations per budget line.
struct BudgetDecoder: TableDecoder {
    var schema: TableSchema { TableKind.budget.schema }
    var keyColumns: [String] { ["network", "year", "line"] }

    func decode(_ cells: CellReader) -> BudgetRow? {
        let network = cells.network()
        let year = cells.year("year", in: YearMonth.conventionStart.year...cells.context.runMonth.year)
        let line = cells.code("line", as: BudgetLine.self)
        let amount = cells.money("amount_eur")
        guard let network, let year, let line, let amount else { return nil }
        if line == .eatingDisorders, let target = network.targetGroup, target != .child {
            cells.fail(.notInCodeList, "line", "column 'line': eating_disorders is a budget line of child and adolescent networks only (art. 14 §1 b)")
            return nil
        }
        return BudgetRow(network: network.code, year: year, line: line, amount: amount)
    }

    func key(of row: BudgetRow) -> [AnyHashable] { [row.network, row.year, row.line] }
}
