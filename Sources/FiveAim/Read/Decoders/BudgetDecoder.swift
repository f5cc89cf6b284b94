/// Decodes `budget`: yearly allocations per budget line. A line is accepted only in the years and for the networks
/// the reference table `budget_lines.csv` gives it (art. 14 §1 of 2024; art. 14 as replaced by the 2026 amendment).
struct BudgetDecoder: TableDecoder {
    var schema: TableSchema { TableKind.budget.schema }

    func decode(_ cells: CellReader) -> BudgetRow? {
        let network = cells.network()
        let year = cells.year(.year, in: YearMonth.conventionStart.year...cells.context.runMonth.year)
        let line = cells.code(.line, as: BudgetLine.self)
        let amount = cells.money(.amountEur)
        guard let network, let year, let line, let amount else { return nil }
        let table = cells.context.reference.budgetLines
        switch table.use(line, in: year, by: network.targetGroup) {
        case .applies:
            break
        case .notInYear(let periods):
            let exists = periods.map { "\($0.yearsText): \($0.article)" }.joined(separator: "; ")
            let expected = table.lines(in: year, for: network.targetGroup).map(\.rawValue).joined(separator: ", ")
            cells.fail(
                .budgetLineNotAllowed, .line,
                "column '\(ContractColumn.line)': \(line.rawValue) is not a budget line in \(year) (it exists \(exists.isEmpty ? "in no year" : exists)); expected a line of \(year): \(expected)"
            )
            return nil
        case .notForTargetGroup(let period):
            let groups = period.targetGroups.map(\.rawValue).sorted().joined(separator: ", ")
            cells.fail(
                .budgetLineNotAllowed, .line,
                "column '\(ContractColumn.line)': \(line.rawValue) is a budget line of \(groups) networks only (\(period.article)); network \(network.code) is \(network.targetGroup?.rawValue ?? "unknown"): remove the row"
            )
            return nil
        }
        return BudgetRow(network: network.code, year: year, line: line, amount: amount)
    }

    func key(of row: BudgetRow) -> [AnyHashable] { [row.network, row.year, row.line] }
}
