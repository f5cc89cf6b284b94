/// A name (role, table) spliced into SQL text as a double-quoted identifier, for the statements that take no
/// parameters in that place (`GRANT g TO role`). Interpolated into an `SQLQuery`, it is quoted, never bound:
/// every `"` is doubled inside the quotes, so any text is one identifier and never more SQL.
public struct SQLIdentifier: Sendable, Hashable {
    /// The name as PostgreSQL stores it (case kept).
    public let name: String

    /// An identifier naming `name` exactly. A NUL, which no identifier may hold, is refused (nil).
    public init?(_ name: String) {
        guard !name.isEmpty, !name.unicodeScalars.contains("\0") else { return nil }
        self.name = name
    }

    /// `"name"`, with `"` doubled.
    public var quoted: String {
        var text = "\""
        for scalar in name.unicodeScalars {
            if scalar == "\"" { text += "\"" }
            text.unicodeScalars.append(scalar)
        }
        return text + "\""
    }
}

extension SQLQuery.Interpolation {
    /// Appends a quoted identifier (not a parameter: identifiers cannot be bound).
    public mutating func appendInterpolation(_ identifier: SQLIdentifier) { appendLiteral(identifier.quoted) }
}
