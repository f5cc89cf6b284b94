/// A problem found while reading a CSV file, with the physical line and column where it was found.
///
/// `column` is a 1-based byte column in the physical line for byte-level problems (encoding, quoting)
/// and the 1-based field number for field-level problems (`fieldTooLong`, `tooManyFields`).
/// No case carries a cell's value: messages never echo data.
public struct CSVReadError: Error, Sendable, Equatable {
    /// What went wrong.
    public enum Kind: Error, Sendable, Equatable {
        case cannotOpen(reason: String)
        case ioFailure(reason: String)
        case emptyFile
        case emptyHeader
        case noDelimiter
        case mixedDelimiters([CSVDelimiter])
        case invalidUTF8(byteOffset: Int)
        case nulByte(byteOffset: Int)
        case malformedQuote
        case unterminatedQuote
        case lineTooLong(limit: Int)
        case fieldTooLong(limit: Int)
        case tooManyFields(limit: Int)
        case tooManyRecords(limit: Int)
        /// A byte order mark (U+FEFF) at the start of a line after the first: files joined, or a line pasted from another file.
        case byteOrderMark(byteOffset: Int)
    }

    /// What went wrong.
    public var kind: Kind
    /// 1-based physical line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column (see the type's documentation), or 0 when unknown.
    public var column: Int

    /// Creates an error at a location.
    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// A lowercase message saying what was found and what was expected.
    public var message: String {
        switch kind {
        case .cannotOpen(let reason): "cannot open the file: \(reason)"
        case .ioFailure(let reason): "reading failed: \(reason)"
        case .emptyFile: "the file is empty; expected a header line naming the columns"
        case .emptyHeader: "the header line is empty; expected the column names on the first line"
        case .noDelimiter: "no delimiter in the header; expected column names separated by ',' ';' or tab"
        case .mixedDelimiters(let found):
            "the header mixes delimiters (\(found.map(\.description).joined(separator: " and "))); expected one of ',' ';' or tab throughout"
        case .invalidUTF8(let offset):
            "invalid UTF-8 at byte offset \(offset) of the file; expected UTF-8 text (re-export the file as UTF-8)"
        case .nulByte(let offset): "NUL byte at byte offset \(offset) of the file; expected text"
        case .malformedQuote: "malformed quoting; expected RFC 4180 quoting (a quote inside a quoted field is doubled: \"\")"
        case .unterminatedQuote: "a quoted field is never closed; expected a closing '\"' before the end of the file"
        case .lineTooLong(let limit): "line longer than \(limit) bytes; expected short CSV records"
        case .fieldTooLong(let limit): "field longer than \(limit) bytes"
        case .tooManyFields(let limit): "more than \(limit) fields in one record"
        case .tooManyRecords(let limit): "more than \(limit) records in one file"
        case .byteOrderMark(let offset):
            "a byte order mark (U+FEFF) at the start of this line (byte offset \(offset) of the file); it belongs only before the header: were two files joined? Remove it"
        }
    }
}
