/// Decodes `Indicators/reference/budget_lines.csv`: the budget lines of art. 14, each over the years a text defines it.
///
/// Columns: `line`, `first_year`, `last_year` (empty: still in force), `target_groups` (space-separated `adult`,
/// `child`, `all`), `part_of` (empty, or the line it is a part of), `article`, `label_fr`, `label_nl`, `label_de`, `label_en`.
struct BudgetLineDecoder: TableDecoder {
    static let columns = ["line", "first_year", "last_year", "target_groups", "part_of", "article"] + Labels.columns
    var schema: TableSchema {
        TableSchema(name: "budget_lines", columns: Self.columns.map { ColumnSpec($0) })
    }
    var keyColumns: [String] { ["line", "first_year"] }

    func decode(_ cells: CellReader) -> BudgetLinePeriod? {
        let years = YearMonth.conventionStart.year...2100
        let line = cells.code("line", as: BudgetLine.self)
        let first = cells.year("first_year", in: years)
        let last: Int?? = cells.isMissing("last_year") ? .some(nil) : cells.year("last_year", in: years).map { .some($0) }
        let groups = targetGroups(cells)
        let partOf: BudgetLine?? = cells.isMissing("part_of") ? .some(nil) : cells.code("part_of", as: BudgetLine.self).map { .some($0) }
        let article = cells.text("article")
        let labels = cells.labels()
        guard let line, let first, let last, let groups, let partOf, let article, let labels else { return nil }
        if let last, last < first {
            cells.fail(
                .badYear, "last_year",
                "column 'last_year': before first_year \(first); expected empty (still in force) or a year ≥ \(first)")
            return nil
        }
        if partOf == line {
            cells.fail(.notInCodeList, "part_of", "column 'part_of': a line cannot be a part of itself; expected empty or another line")
            return nil
        }
        return BudgetLinePeriod(
            line: line, firstYear: first, lastYear: last, targetGroups: groups, partOf: partOf, article: article,
            labels: labels)
    }

    /// `adult child all` → the groups; reported when empty or when a word is not a group.
    private func targetGroups(_ cells: CellReader) -> Set<TargetGroup>? {
        guard let text = cells.text("target_groups") else { return nil }
        var groups: Set<TargetGroup> = []
        for word in text.split(separator: " ") {
            guard let group = TargetGroup(rawValue: String(word)) else {
                cells.fail(
                    .notInCodeList, "target_groups",
                    "column 'target_groups': not a list of \(TargetGroup.allCases.map(\.rawValue).joined(separator: ", ")) separated by spaces"
                )
                return nil
            }
            groups.insert(group)
        }
        return groups
    }

    func key(of row: BudgetLinePeriod) -> String { "\(row.line.rawValue)|\(row.firstYear)" }
}
