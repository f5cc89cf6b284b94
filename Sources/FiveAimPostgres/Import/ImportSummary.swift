/// What one committed import did.
public struct ImportSummary: Sendable {
    /// The import's number in `fiveaim.imports`.
    public var importID: Int64
    /// When it committed (server time, ISO 8601).
    public var importedAt: String
    /// The role that imported it (`current_user`).
    public var importedBy: String
    /// Rows deleted and inserted per table, in contract order.
    public var tables: [TableChange]
    /// The files read, with their SHA-256.
    public var files: [ImportedFile]
    /// The networks whose slices were replaced, sorted.
    public var networks: [String]
    /// Whether the networks in force were replaced by the dataset's own list.
    public var networksReplaced: Bool
    /// The tariff years replaced by the dataset's own tariffs.
    public var tariffYears: [Int]

    /// The printed account of `fiveaim db import`.
    public func render() -> String {
        var lines = ["imported as #\(importID) at \(importedAt) by \(importedBy)"]
        for change in tables {
            lines.append(
                "  \(change.table.padded(16)) \(String(change.inserted).leftPadded(9)) rows in, \(String(change.deleted).leftPadded(9)) replaced"
            )
        }
        lines.append("networks: \(networks.count) (\(networks.prefix(8).joined(separator: ", "))\(networks.count > 8 ? ", …" : ""))")
        if networksReplaced { lines.append("networks in force: replaced by the dataset's networks.csv") }
        if !tariffYears.isEmpty { lines.append("tariffs replaced for: \(tariffYears.map(String.init).joined(separator: ", "))") }
        lines.append("files: \(files.count), SHA-256 recorded")
        return lines.joined(separator: "\n")
    }
}

/// Rows one import deleted and inserted in one table.
public struct TableChange: Sendable, Hashable {
    /// The table's name.
    public var table: String
    /// Rows of the replaced slices that were deleted.
    public var deleted: Int
    /// Rows inserted.
    public var inserted: Int

    /// Creates a record.
    public init(table: String, deleted: Int, inserted: Int) {
        self.table = table
        self.deleted = deleted
        self.inserted = inserted
    }
}

/// A step of an import, for progress display and for tests that act at a precise moment.
public enum ImportEvent: Sendable, Hashable {
    /// The transaction holds every lock it needs (the named networks).
    case locked(networks: [String])
    /// A chunk of `table` was sent; `rows` rows so far.
    case copying(table: String, rows: Int)
    /// Every row is in; the transaction is about to commit.
    case committing
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
