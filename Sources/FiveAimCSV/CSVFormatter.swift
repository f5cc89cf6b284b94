/// Formats fields and records as RFC 4180 CSV, quoting only where needed (or always, on request).
public enum CSVFormatter {
    /// One field: quoted when it holds a delimiter of any kind, a quote, CR, LF or edge spaces.
    public static func field(_ value: String, alwaysQuote: Bool = false) -> String {
        if alwaysQuote || needsQuotes(value) {
            var quoted = "\""
            for character in value {
                quoted.append(character)
                if character == "\"" { quoted.append("\"") }
            }
            return quoted + "\""
        }
        return value
    }

    /// One record, without its line end.
    public static func record(_ fields: [String], delimiter: CSVDelimiter = .comma, alwaysQuote: Bool = false) -> String {
        fields.map { field($0, alwaysQuote: alwaysQuote) }.joined(separator: String(UnicodeScalar(delimiter.rawValue)))
    }

    private static func needsQuotes(_ value: String) -> Bool {
        if value.first == " " || value.last == " " { return true }
        return value.utf8.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x09 || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
    }
}
