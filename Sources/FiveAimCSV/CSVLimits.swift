/// Bounds that protect the reader against hostile or broken input.
public struct CSVLimits: Sendable, Equatable {
    /// Longest physical line, in bytes, before the file is refused.
    public var maxLineBytes: Int
    /// Longest single field, in bytes.
    public var maxFieldBytes: Int
    /// Most fields in one record.
    public var maxFields: Int
    /// Most data records in one file.
    public var maxRecords: Int

    /// Creates limits; the defaults are generous for the data contract's narrow tables.
    public init(maxLineBytes: Int = 1 << 20, maxFieldBytes: Int = 64 << 10, maxFields: Int = 256, maxRecords: Int = 50_000_000) {
        self.maxLineBytes = maxLineBytes
        self.maxFieldBytes = maxFieldBytes
        self.maxFields = maxFields
        self.maxRecords = maxRecords
    }
}
