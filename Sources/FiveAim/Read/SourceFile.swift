/// An input file read into a table, with its data-row count.
public struct SourceFile: Sendable, Hashable {
    /// Path as given by the user.
    public var path: String
    /// The table it belongs to.
    public var table: String
    /// Data rows (header excluded).
    public var rows: Int
    /// The table's optional columns the file's header has (e.g. `sessions_two_psychologists`), in the contract's order.
    public var optionalColumns: [String]

    /// Creates a source record (the PostgreSQL reader names tables, not files).
    public init(path: String, table: String, rows: Int, optionalColumns: [String] = []) {
        self.path = path
        self.table = table
        self.rows = rows
        self.optionalColumns = optionalColumns
    }
}
