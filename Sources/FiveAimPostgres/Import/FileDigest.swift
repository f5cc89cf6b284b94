import Crypto
import FiveAim
import Foundation

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

    /// Hashes the file of `source`, streaming it in 1 MiB blocks.
    public static func digest(of source: SourceFile) throws(DiagnosticError) -> ImportedFile {
        guard let handle = FileHandle(forReadingAtPath: source.path) else {
            throw DiagnosticError([Diagnostic(.error, .cannotOpen, at: SourceLocation(file: source.path, line: 0, column: 0),
                                              "cannot open the file again to record its SHA-256; was it moved during the import?")],
                                  exitCode: .ioError)
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var size: Int64 = 0
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                hasher.update(data: block)
                size += Int64(block.count)
            }
        } catch {
            throw DiagnosticError([Diagnostic(.error, .ioFailure, at: SourceLocation(file: source.path, line: 0, column: 0),
                                              "reading failed while computing its SHA-256")], exitCode: .ioError)
        }
        let hex = hasher.finalize().map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
        return ImportedFile(path: source.path, table: source.table, sha256: hex, bytes: size, rows: source.rows)
    }
}
