/// One record of a CSV file, valid only during the callback that receives it.
///
/// Field bytes are already checked to be UTF-8 without NUL bytes. Empty fields read as empty.
public struct CSVRecord {
    /// 1-based physical line where the record starts.
    public let line: Int
    /// 0 for the header, then 1, 2, … for data records.
    public let index: Int
    /// The file's delimiter.
    public let delimiter: CSVDelimiter
    private let buffer: UnsafePointer<RecordBuffer>

    init(line: Int, index: Int, delimiter: CSVDelimiter, buffer: UnsafePointer<RecordBuffer>) {
        self.line = line
        self.index = index
        self.delimiter = delimiter
        self.buffer = buffer
    }

    /// Number of fields in the record.
    public var count: Int { buffer.pointee.fieldCount }

    /// The raw bytes of field `index` (0-based); empty when the cell is empty.
    public func bytes(_ index: Int) -> UnsafeRawBufferPointer { buffer.pointee.field(index) }

    /// Whether field `index` is empty (missing).
    public func isEmpty(_ index: Int) -> Bool { buffer.pointee.field(index).isEmpty }

    /// Field `index` as a string.
    public func string(_ index: Int) -> String {
        String(decoding: buffer.pointee.field(index), as: UTF8.self)
    }

    /// Every field as a string (for headers and tests, not for hot paths).
    public var strings: [String] { (0..<count).map(string) }
}
