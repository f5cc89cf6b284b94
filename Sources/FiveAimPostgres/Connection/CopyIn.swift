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
        var value = value
        value.withUTF8 { bytes in
            // Most texts hold nothing to escape: appended whole.
            guard bytes.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                buffer.append(contentsOf: bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
                case 0x09: buffer.append(0x5C); buffer.append(0x74)
                case 0x0A: buffer.append(0x5C); buffer.append(0x6E)
                case 0x0D: buffer.append(0x5C); buffer.append(0x72)
                default: buffer.append(byte)
                }
            }
        }
    }

    /// Appends an integer field (its decimal digits, written straight into the buffer).
    public func integer(_ value: some BinaryInteger) {
        separate()
        guard let number = Int64(exactly: value), number != .min else {
            buffer.append(contentsOf: String(value).utf8)
            return
        }
        if number < 0 { buffer.append(0x2D) }
        appendDigits(UInt64(number.magnitude), width: 1)
    }

    /// Appends a date field, `YYYY-MM-DD`.
    public func date(year: Int, month: Int, day: Int) {
        separate()
        guard (0...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else {
            let text = "\(year)-\(month)-\(day)"
            buffer.append(contentsOf: text.utf8)
            return
        }
        appendDigits(UInt64(year), width: 4)
        buffer.append(0x2D)
        appendDigits(UInt64(month), width: 2)
        buffer.append(0x2D)
        appendDigits(UInt64(day), width: 2)
    }

    /// The decimal digits of `value`, zero-padded to `width`.
    private func appendDigits(_ value: UInt64, width: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for UInt64.max's 20 digits
        withUnsafeMutableBytes(of: &digits) { scratch in
            var rest = value
            var position = scratch.count
            repeat {
                position -= 1
                scratch[position] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
                rest /= 10
            } while rest > 0 || scratch.count - position < width
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[position...]))
        }
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
