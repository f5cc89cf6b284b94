import FiveAimCSV

/// The columns of one file's header, matched case-insensitively against its table's columns.
struct HeaderMap {
    private var indexByName: [String: Int] = [:]
    /// Number of fields a record must have.
    let fieldCount: Int

    /// Reads a header, reporting duplicated, unknown and missing columns; nil when it cannot be used.
    init?(record: CSVRecord, table: TableSchema, file: String, allowExtraColumns: Bool, sink: DiagnosticSink) {
        fieldCount = record.count
        let known = Set(table.columns.map(\.name))
        var usable = true
        var firstIndex: [String: Int] = [:]
        for index in 0..<record.count {
            let location = SourceLocation(file: file, line: record.line, column: index + 1)
            // A header cell is screened like a data cell, whatever --allow-extra-columns says, and never shown.
            if let kind = IdentifierScreen.inspect(record.bytes(index)) {
                sink.error(
                    .identifierInName, at: location,
                    "the header cell looks like a direct identifier (\(kind.rawValue)); the whole dataset is refused: direct identifiers must never leave the network (rename the column and export again)"
                )
                usable = false
                continue
            }
            let name = record.string(index).trimmingASCIISpaces().lowercased()
            if let earlier = firstIndex[name] {
                sink.error(
                    .duplicatedColumn, at: location,
                    "column \(UntrustedText.quoted(name)) appears twice in the header (also column \(earlier + 1)); expected each column once"
                )
                usable = false
                continue
            }
            firstIndex[name] = index
            if known.contains(name) {
                indexByName[name] = index
            } else if !allowExtraColumns {
                let hint = Suggestion.closest(to: name, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                sink.error(
                    .unknownColumn, at: location,
                    "unknown column \(UntrustedText.quoted(name)) in table \(table.name)\(hint); expected \(table.columns.map(\.name).joined(separator: ", ")), or run with --allow-extra-columns"
                )
                usable = false
            }
        }
        for column in table.columns where column.required && indexByName[column.name] == nil {
            sink.error(
                .missingColumn, at: SourceLocation(file: file, line: record.line, column: 0),
                "missing column '\(column.name)' in table \(table.name); expected \(table.columns.map(\.name).joined(separator: ", "))")
            usable = false
        }
        if !usable { return nil }
    }

    /// The 0-based field index of a column, when the header has it.
    func index(of column: String) -> Int? { indexByName[column] }
}
