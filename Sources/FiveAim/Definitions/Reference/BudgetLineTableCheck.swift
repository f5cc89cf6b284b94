/// What the rows of `budget_lines.csv` must hold together: one period per line and year, every line of `BudgetLine`
/// present, and a part (`part_of`) inside a line that exists in each of its years.
struct BudgetLineTableCheck {
    let file: String
    let sink: DiagnosticSink

    func check(_ loaded: LoadedTable<BudgetLineDecoder>) {
        let decoder = BudgetLineDecoder()
        let table = BudgetLineTable(loaded.rows)
        func location(_ period: BudgetLinePeriod) -> SourceLocation {
            loaded.locations[decoder.key(of: period)] ?? SourceLocation(file: file, line: 0, column: 0)
        }
        for (index, period) in loaded.rows.enumerated() {
            if let earlier = loaded.rows[..<index].first(where: { $0.line == period.line && overlap($0, period) }) {
                sink.error(
                    .referenceData, at: location(period),
                    "line \(period.line.rawValue) \(period.yearsText) overlaps its period \(earlier.yearsText); expected one period per line and year"
                )
            }
            guard let whole = period.partOf else { continue }
            let lastChecked = period.lastYear ?? period.firstYear
            for year in period.firstYear...lastChecked where table.period(whole, in: year) == nil {
                sink.error(
                    .referenceData, at: location(period),
                    "line \(period.line.rawValue) is part of \(whole.rawValue), which does not exist in \(year); expected part_of a line of the same years"
                )
                break
            }
        }
        for line in BudgetLine.allCases where !loaded.rows.contains(where: { $0.line == line }) {
            sink.error(
                .referenceData, at: SourceLocation(file: file, line: 0, column: 0),
                "budget line \(line.rawValue) has no row; expected at least one period per line (art. 14 §1)")
        }
    }

    private func overlap(_ a: BudgetLinePeriod, _ b: BudgetLinePeriod) -> Bool {
        a.firstYear <= (b.lastYear ?? Int.max) && b.firstYear <= (a.lastYear ?? Int.max)
    }
}
