import FiveAim

/// An imported file: where it was, its table, SHA-256, size and data rows.
public struct ImportedFile: Sendable, Hashable {
    /// The file's path as given.
    public var path: String
    /// The table it belongs to.
    public var table: String
    /// Lowercase hexadecimal SHA-256 of its bytes.
    public var sha256: String
    /// Size in bytes.
    public var bytes: Int64
    /// Data rows (header excluded).
    public var rows: Int

    /// Creates a record.
    public init(path: String, table: String, sha256: String, bytes: Int64, rows: Int) {
        self.path = path
        self.table = table
        self.sha256 = sha256
        self.bytes = bytes
        self.rows = rows
    }

    /// Hashes the file of `source` (FiveAim's streaming SHA-256).
    public static func digest(of source: SourceFile) throws(DiagnosticError) -> ImportedFile {
        guard let digest = SHA256Digest.file(source.path) else {
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, .ioFailure, at: SourceLocation(file: source.path, line: 0, column: 0),
                        "cannot read the file again to record its SHA-256; was it moved during the import?")
                ],
                exitCode: .ioError)
        }
        return ImportedFile(path: source.path, table: source.table, sha256: digest.sha256, bytes: digest.bytes, rows: source.rows)
    }
}
