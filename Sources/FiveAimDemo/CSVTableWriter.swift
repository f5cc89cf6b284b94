import FiveAim
import Foundation

/// Streams one CSV file: `,` delimiter, LF line ends, a header row (the table's columns), a 64 KiB write buffer.
///
/// Cells are codes, numbers and plain names; a text cell with a comma, quote or line end is quoted
/// (RFC 4180).
final class CSVTableWriter {
    /// The file's name inside the dataset folder.
    let fileName: String
    /// Data rows written so far.
    private(set) var rows = 0
    /// Bytes written so far.
    private(set) var bytes = 0
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var atRowStart = true
    /// The header's columns (the table's, from the schema), and the cells of the row being written.
    private let columnCount: Int
    private var cellsInRow = 0
    private static let capacity = 1 << 16

    /// Creates `folder/fileName` and writes the header.
    init(folder: String, fileName: String, header: [String]) throws(DiagnosticError) {
        self.fileName = fileName
        self.columnCount = header.count
        let path = folder + "/" + fileName
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw DiagnosticError.demoWrite("cannot create \(path); check that the folder is writable")
        }
        self.handle = handle
        buffer.reserveCapacity(Self.capacity + 256)
        for column in header { text(column) }
        atRowStart = true
        cellsInRow = 0
        buffer.append(0x0A)
    }

    /// Appends a text cell.
    func text(_ value: String) {
        separator()
        let needsQuotes = value.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if needsQuotes {
            buffer.append(0x22)
            for byte in value.utf8 {
                if byte == 0x22 { buffer.append(0x22) }
                buffer.append(byte)
            }
            buffer.append(0x22)
        } else {
            buffer.append(contentsOf: value.utf8)
        }
    }

    /// Appends a whole number.
    func integer(_ value: Int64) {
        separator()
        appendDigits(value)
    }

    /// Appends a whole number.
    func integer(_ value: Int) { integer(Int64(value)) }

    /// Appends a month `YYYY-MM`.
    func month(_ value: YearMonth) {
        separator()
        appendDigits(Int64(value.year))
        buffer.append(0x2D)
        if value.month < 10 { buffer.append(0x30) }
        appendDigits(Int64(value.month))
    }

    /// Appends a fixed-point number with two decimals (euros from cents, FTE from hundredths).
    func hundredths(_ value: Int64) {
        separator()
        if value < 0 { buffer.append(0x2D) }
        let magnitude = value.magnitude
        appendDigits(Int64(magnitude / 100))
        buffer.append(0x2E)
        let fraction = magnitude % 100
        buffer.append(0x30 + UInt8(fraction / 10))
        buffer.append(0x30 + UInt8(fraction % 10))
    }

    /// Ends the current row.
    func endRow() throws(DiagnosticError) {
        // A generator writes the cells in the schema's column order: one cell per column of the header.
        precondition(cellsInRow == columnCount, "\(fileName): a row of \(cellsInRow) cells under \(columnCount) columns")
        cellsInRow = 0
        buffer.append(0x0A)
        atRowStart = true
        rows += 1
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func close() throws(DiagnosticError) {
        try flush()
        do { try handle.close() } catch { throw DiagnosticError.demoWrite("cannot close \(fileName): \(error.localizedDescription)") }
    }

    private func flush() throws(DiagnosticError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw DiagnosticError.demoWrite("cannot write \(fileName): \(error.localizedDescription)")
        }
        bytes += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    private func separator() {
        cellsInRow += 1
        if atRowStart { atRowStart = false } else { buffer.append(0x2C) }
    }

    private func appendDigits(_ value: Int64) {
        if value < 0 {
            buffer.append(0x2D)
            appendDigits(Int64(value.magnitude))  // counts are never Int64.min
            return
        }
        if value < 10 {
            buffer.append(0x30 + UInt8(value))
            return
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { raw in
            while rest > 0 {
                raw[count] = 0x30 + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(raw[index]) }
        }
    }
}
