/// One table read from its files: its rows in file order, its files, and where each key was read (when asked).
struct LoadedTable<Decoder: TableDecoder> {
    var rows: [Decoder.Row]
    var sources: [SourceFile]
    /// Where each key was read; empty unless the load was asked to keep them.
    var locations: [Decoder.Key: SourceLocation]
}
