import FiveAimXLSX

/// Writes a comparison as an .xlsx workbook through libxlsxwriter: one sheet per aim, a title row and a header row
/// frozen above the data, then the rows of the CSV (with the indicator's title beside its id); numbers are stored as
/// numbers, rounded as in the CSV, so that both outputs hold the same figures.
public enum ComparisonXLSXWriter {
    /// The header row: the CSV columns with `title` after `indicator`.
    public static let columns: [String] = {
        var columns = ComparisonTable.columns
        columns.insert("title", at: 1)
        return columns
    }()

    /// Writes the workbook to `path` (FA4210 when libxlsxwriter fails). `created` (seconds since 1970, UTC) is the
    /// creation time stored in the workbook: by default `SOURCE_DATE_EPOCH` when set, so that the same data gives the
    /// same bytes, else the clock (as for extracts).
    public static func write(
        _ comparison: NetworkComparison, texts: ComparisonTexts, language: Language, to path: String,
        created: Int64 = ExtractProvenance.creationTime().0
    ) throws(DiagnosticError) {
        do {
            try build(comparison, texts: texts, language: language, path: path, created: created)
        } catch {
            throw DiagnosticError(
                [Diagnostic(.error, .compareWriteFailed, at: SourceLocation(file: path, line: 0, column: 0), error.message)],
                exitCode: .ioError)
        }
    }

    private static func build(
        _ comparison: NetworkComparison, texts: ComparisonTexts, language: Language, path: String,
        created: Int64
    ) throws(XLSXError) {
        let workbook = try XLSXWorkbook(path: path, created: max(created, 1))
        let bold = try workbook.addFormat(bold: true)
        let decimals = try workbook.addFormat(numberFormat: "0.000000")
        let euros = try workbook.addFormat(numberFormat: "#,##0.00")
        let whole = try workbook.addFormat(numberFormat: "0")
        let titles = Dictionary(
            uniqueKeysWithValues: comparison.indicators.map { ($0.definition.id, $0.definition.title.text(in: language)) })
        let rows = ComparisonTable.rows(comparison)
        for aim in Set(comparison.indicators.map(\.definition.aim)).sorted() {
            let sheet = try workbook.addSheet(
                named: String(
                    texts.text(.sheetAim, language, ["aim": String(aim)])
                        .prefix(XLSXWorkbook.maximumSheetNameLength)))
            let aimTitle = CompareTextKey.aim(aim).map { texts.text($0, language) } ?? String(aim)
            try sheet.write(
                string: texts.text(.sheetTitle, language, ["aim": aimTitle, "year": String(comparison.year)]), row: 0, column: 0,
                format: bold)
            for (index, name) in columns.enumerated() { try sheet.write(string: name, row: 1, column: index, format: bold) }
            sheet.freezePanes(rows: 2, columns: 0)
            try sheet.setColumnWidth(30, first: 0, last: 1)
            try sheet.setColumnWidth(12, first: 2, last: columns.count - 1)
            var line = 2
            for row in rows where row.aim == aim {
                var cells = row.cells
                if case .text(let id) = cells[0] { cells.insert(.text(titles[id] ?? ""), at: 1) }
                for (column, cell) in cells.enumerated() {
                    switch cell {
                    case .text(let text): try sheet.write(string: text, row: line, column: column)
                    case .integer: try sheet.write(number: cell.number!, row: line, column: column, format: whole)
                    case .euros: try sheet.write(number: cell.number!, row: line, column: column, format: euros)
                    case .decimal: try sheet.write(number: cell.number!, row: line, column: column, format: decimals)
                    case .empty: break
                    }
                }
                line += 1
            }
        }
        try workbook.close()
    }
}
