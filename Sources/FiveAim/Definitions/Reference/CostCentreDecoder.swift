/// Decodes `Indicators/reference/cost_centres.csv`: the operating-cost centres of art. 14 §2.
struct CostCentreDecoder: TableDecoder {
    var schema: TableSchema {
        TableSchema(name: "cost_centres", columns: ["pseudocode", "article", "label_fr", "label_nl", "label_en"].map { ColumnSpec($0) })
    }
    var keyColumns: [String] { ["pseudocode"] }

    func decode(_ cells: CellReader) -> CostCentre? {
        let code = cells.count("pseudocode").map(Int.init)
        let article = cells.text("article")
        let fr = cells.text("label_fr"), nl = cells.text("label_nl"), en = cells.text("label_en")
        guard let code, let article, let fr, let nl, let en else { return nil }
        return CostCentre(code: code, article: article, labels: Labels(fr: fr, nl: nl, en: en))
    }

    func key(of row: CostCentre) -> Int { row.code }
}
