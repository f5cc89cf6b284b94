/// Decodes `Indicators/reference/outreach_site_types.csv`: the kinds of outreach site of art. 8 §2 (and of the 2026
/// amendment), with the first year each can be reported.
///
/// Columns: `code`, `first_year`, `article` and a `label_<lang>` per `Language`.
struct OutreachSiteTypeDecoder: TableDecoder {
    static let columns = ["code", "first_year", "article"] + Labels.columns
    var schema: TableSchema {
        TableSchema(name: "outreach_site_types", columns: Self.columns.map { ColumnSpec($0) })
    }
    var keyColumns: [String] { ["code"] }

    func decode(_ cells: CellReader) -> OutreachSiteTypeInfo? {
        let type = cells.code("code", as: OutreachSiteType.self)
        let first = cells.year("first_year", in: YearMonth.conventionStart.year...2100)
        let labels = cells.labels()
        let article = cells.text("article")
        guard let type, let first, let labels, let article else { return nil }
        return OutreachSiteTypeInfo(type: type, firstYear: first, labels: labels, article: article)
    }

    func key(of row: OutreachSiteTypeInfo) -> String { row.type.rawValue }
}
