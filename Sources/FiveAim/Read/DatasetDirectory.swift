import Foundation

/// The CSV files of a dataset directory, grouped by table.
struct DatasetDirectory {
    /// Files per table, sorted by name (split files read in a stable order).
    var files: [TableKind: [String]] = [:]

    /// Lists `path`, reporting CSV files that match no table.
    init(path: String, sink: DiagnosticSink) throws(DiagnosticError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, .cannotOpen, at: SourceLocation(file: path, line: 0, column: 0),
                        "no dataset directory here; expected a directory of CSV files (see docs/data-contract.md)")
                ],
                exitCode: .noInput)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, .cannotOpen, at: SourceLocation(file: path, line: 0, column: 0),
                        "cannot list the dataset directory; check its permissions")
                ], exitCode: .ioError)
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        for name in names where name.lowercased().hasSuffix(".csv") {
            // A name is screened like a cell; one that looks like an identifier is neither read nor named (its path
            // would reach messages, the database's import_files and manifests).
            if let kind = IdentifierScreen.inspect(name) {
                sink.error(
                    .identifierInName, at: SourceLocation(file: path, line: 0, column: 0),
                    "a CSV file of this directory has a name that looks like a direct identifier (\(kind.rawValue)); the whole dataset is refused: rename the file and export again"
                )
                continue
            }
            // Nor one with a control, bidirectional or invisible character (as free text, FA2094): it would reach
            // messages, import_files and manifests, shown in another order or as nothing.
            if name.unicodeScalars.contains(where: UntrustedText.isUnsafe) {
                sink.error(
                    .unsafeText, at: SourceLocation(file: path, line: 0, column: 0),
                    "a CSV file of this directory has a control, bidirectional or invisible character in its name; the whole dataset is refused: rename the file (letters, digits, '-', '_', '.')"
                )
                continue
            }
            if let table = TableKind.forFile(named: name) {
                files[table, default: []].append(base + name)
            } else {
                let stem = String(name.dropLast(4).prefix { $0 != "-" && $0 != "." && $0 != " " })
                let hint = Suggestion.closest(to: stem, among: TableKind.allCases.map(\.name)).map { " (did you mean '\($0).csv'?)" } ?? ""
                sink.error(
                    .unknownFile, at: SourceLocation(file: base + name, line: 0, column: 0),
                    "this file's name matches no table\(hint); expected a name starting with one of \(TableKind.allCases.map(\.name).joined(separator: ", "))"
                )
            }
        }
    }
}
