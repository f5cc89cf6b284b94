/// Writes rows of a `COPY … FROM STDIN` in PostgreSQL's text format, streaming them in chunks.
///
/// Text fields are escaped (backslash, tab, newline, carriage return), so any text — quotes,
/// semicolons, SQL keywords — is stored exactly as given.
public final class CopyIn {
    private unowned let connection: PostgresConnection
    private let progress: ((Int) -> Void)?
    private var buffer: [UInt8] = []
    private var fieldsInRow = 0
    /// Rows completed so far.
    public private(set) var rows = 0

    /// Bytes gathered before a chunk is sent.
    static let chunkSize = 256 * 1024

    init(connection: PostgresConnection, progress: ((Int) -> Void)?) {
        self.connection = connection
        self.progress = progress
        buffer.reserveCapacity(Self.chunkSize + 4096)
    }

    private func separate() {
        if fieldsInRow > 0 { buffer.append(0x09) }
        fieldsInRow += 1
    }

    /// Appends a text field.
    public func text(_ value: String) {
        separate()
        for byte in value.utf8 {
            switch byte {
            case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
            case 0x09: buffer.append(0x5C); buffer.append(0x74)
            case 0x0A: buffer.append(0x5C); buffer.append(0x6E)
            case 0x0D: buffer.append(0x5C); buffer.append(0x72)
            default: buffer.append(byte)
            }
        }
    }

    /// Appends an integer field.
    public func integer(_ value: some BinaryInteger) {
        separate()
        buffer.append(contentsOf: String(value).utf8)
    }

    /// Appends a field PostgreSQL parses from ASCII text the program made (dates, decimals).
    public func literal(_ value: String) {
        separate()
        buffer.append(contentsOf: value.utf8)
    }

    /// Appends SQL NULL.
    public func null() {
        separate()
        buffer.append(0x5C)
        buffer.append(0x4E)
    }

    /// Ends the row; sends a chunk when enough bytes are gathered.
    public func endRow() throws(PostgresError) {
        buffer.append(0x0A)
        fieldsInRow = 0
        rows += 1
        if buffer.count >= Self.chunkSize { try flush() }
    }

    /// Sends what is gathered.
    func flush() throws(PostgresError) {
        guard !buffer.isEmpty else { return }
        try connection.putCopyData(buffer)
        buffer.removeAll(keepingCapacity: true)
        progress?(rows)
    }
}
