/// A single SQL statement whose interpolated values are sent as `$n` parameters, never spliced in.
///
/// Writing `"SELECT * FROM fiveaim.activity WHERE network = \(code)"` produces the text
/// `… WHERE network = $1` and the parameter `code`: SQL built this way is safe by construction.
/// SQL text that is not a literal (built from constants at run time) needs `init(unsafeRaw:)`.
public struct SQLQuery: Sendable, ExpressibleByStringInterpolation {
    /// The statement text, with `$1`, `$2` … where values go.
    public private(set) var sql: String
    /// The parameter values in text form (nil is SQL NULL), in `$n` order.
    public private(set) var binds: [String?]

    /// A statement from a string literal (no values).
    public init(stringLiteral value: String) {
        sql = value
        binds = []
    }

    /// A statement from a literal with interpolated values, each becoming a parameter.
    public init(stringInterpolation: Interpolation) {
        sql = stringInterpolation.sql
        binds = stringInterpolation.binds
    }

    /// A statement from text that is not a literal. The caller vouches that no input text is in it:
    /// use only with SQL assembled from the program's own constants (table and column names).
    public init(unsafeRaw sql: String) {
        self.sql = sql
        binds = []
    }

    /// Collects literal segments and values while a statement literal is built.
    public struct Interpolation: StringInterpolationProtocol {
        var sql = ""
        var binds: [String?] = []

        /// Reserves room for the literal.
        public init(literalCapacity: Int, interpolationCount: Int) {
            sql.reserveCapacity(literalCapacity + interpolationCount * 3)
        }

        /// Appends literal SQL text (from the source code).
        public mutating func appendLiteral(_ literal: String) { sql += literal }

        /// Appends a value as the next `$n` parameter.
        public mutating func appendInterpolation(_ value: some SQLBindable) {
            binds.append(value.sqlText)
            sql += "$\(binds.count)"
        }

        /// Appends an optional value as the next `$n` parameter (nil is SQL NULL).
        public mutating func appendInterpolation(_ value: (some SQLBindable)?) {
            binds.append(value?.sqlText)
            sql += "$\(binds.count)"
        }
    }
}

/// A value that can be sent as a statement parameter in PostgreSQL's text format.
public protocol SQLBindable: Sendable {
    /// The value as PostgreSQL parses it from text (nil is SQL NULL).
    var sqlText: String? { get }
}

extension String: SQLBindable {
    /// The text itself.
    public var sqlText: String? { self }
}

extension Int: SQLBindable {
    /// Decimal digits.
    public var sqlText: String? { String(self) }
}

extension Int64: SQLBindable {
    /// Decimal digits.
    public var sqlText: String? { String(self) }
}

extension Int32: SQLBindable {
    /// Decimal digits.
    public var sqlText: String? { String(self) }
}

extension Bool: SQLBindable {
    /// `true` or `false`.
    public var sqlText: String? { self ? "true" : "false" }
}

extension Array: SQLBindable where Element == String {
    /// A PostgreSQL array literal `{"a","b"}` with every element quoted and escaped.
    public var sqlText: String? {
        "{"
            + map { element in
                var quoted = "\""
                for character in element.unicodeScalars {
                    if character == "\"" || character == "\\" { quoted += "\\" }
                    quoted.unicodeScalars.append(character)
                }
                return quoted + "\""
            }.joined(separator: ",") + "}"
    }
}
