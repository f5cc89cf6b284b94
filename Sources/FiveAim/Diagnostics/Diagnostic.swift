/// One problem found in the catalogue, the data, the database or an export, with where it was found.
///
/// Messages are lowercase, say what was expected, and never contain a data cell's value.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    /// How serious the problem is.
    public var severity: Severity
    /// Stable code: FA1xxx catalogue, FA2xxx data, FA3xxx database, FA4xxx exports.
    public var code: DiagnosticCode
    /// Where it was found, when it concerns a file.
    public var location: SourceLocation?
    /// What is wrong and what was expected.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, _ code: DiagnosticCode, at location: SourceLocation? = nil, _ message: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
    }

    /// Orders by file, line, column, then code, so printed lists are stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let l = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        let r = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        if l != r { return l < r }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}

/// A place in an input file: path, 1-based line and 1-based column (0 when not applicable).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// 1-based line, 0 for the whole file.
    public var line: Int
    /// 1-based column, 0 for the whole line.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out zero parts.
    public var description: String {
        var text = file
        if line > 0 { text += ":\(line)" }
        if line > 0, column > 0 { text += ":\(column)" }
        return text
    }

    /// Orders by file, line, column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
