/// Decodes `Indicators/reference/cost_centres.csv`: the operating-cost centres of art. 14 §2.
struct CostCentreDecoder: TableDecoder {
    var schema: TableSchema {
        TableSchema(name: "cost_centres", columns: (["pseudocode", "article"] + Labels.columns).map { ColumnSpec($0) })
    }
    var keyColumns: [String] { ["pseudocode"] }

    func decode(_ cells: CellReader) -> CostCentre? {
        let code = cells.count("pseudocode").map(Int.init)
        let article = cells.text("article")
        let labels = cells.labels()
        guard let code, let article, let labels else { return nil }
        return CostCentre(code: code, article: article, labels: labels)
    }

    func key(of row: CostCentre) -> Int { row.code }
}
