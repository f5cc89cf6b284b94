/// Turns the cells of one record into a typed row of one table, reporting what is wrong.
protocol TableDecoder: SendableMetatype {
    associatedtype Row
    associatedtype Key: Hashable
    /// The table it decodes.
    var schema: TableSchema { get }
    /// The columns that identify a row, for duplicate messages.
    var keyColumns: [String] { get }
    /// The row, or nil after reporting its problems to the cells' sink.
    func decode(_ cells: CellReader) -> Row?
    /// The row's key: two rows with the same key are an error.
    func key(of row: Row) -> Key
    /// The key's place in a total order in which files are usually sorted, with its month (see `DuplicateCheck`);
    /// nil when the table has none (its keys are always hashed).
    func order(of key: Key) -> KeyOrder?
}

extension TableDecoder {
    /// The schema's key columns (a contract table declares them; a reference file's decoder names its own).
    var keyColumns: [String] { schema.keyColumns }

    /// No order: every key is hashed.
    func order(of key: Key) -> KeyOrder? { nil }
}
