/// Formats fields and records as RFC 4180 CSV, quoting only where needed (or always, on request).
///
/// Every CSV output of FiveAim (indicators, checks, comparisons, extracts) writes its cells through `cell(_:)`:
/// a text cell that a spreadsheet would run as a formula is neutralised, a number is written as it is.
public enum CSVFormatter {
    /// One field: quoted when it holds a delimiter of any kind, a quote, CR, LF or edge spaces.
    /// The text is written as it is: output cells go through `cell(_:)`, which also neutralises formulas.
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

    /// One record of raw fields, without its line end.
    public static func record(_ fields: [String], delimiter: CSVDelimiter = .comma, alwaysQuote: Bool = false) -> String {
        fields.map { field($0, alwaysQuote: alwaysQuote) }.joined(separator: String(UnicodeScalar(delimiter.rawValue)))
    }

    /// One output cell: a text cell is neutralised against formula injection (OWASP "CSV Injection": a cell starting
    /// with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so that a spreadsheet shows it as text), then quoted as
    /// needed. A number cell (`-0.5`, `-12`) is written as it is: it is a number, never a formula.
    public static func cell(_ cell: CSVCell) -> String {
        switch cell {
        case .number(let text): field(text)
        case .text(let text): field(neutralised(text))
        }
    }

    /// One record of output cells, comma-separated, without its line end.
    public static func record(_ cells: [CSVCell]) -> String {
        var line = ""
        for (index, value) in cells.enumerated() {
            if index > 0 { line += "," }
            line += cell(value)
        }
        return line
    }

    /// `text` with a leading `'` when a spreadsheet would read it as a formula (first character `=` `+` `-` `@`,
    /// tab or CR); unchanged otherwise.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, formulaTriggers.contains(first) else { return text }
        return "'" + text
    }

    /// The first bytes that make a spreadsheet evaluate a cell (OWASP's list).
    private static let formulaTriggers: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    private static func needsQuotes(_ value: String) -> Bool {
        if value.first == " " || value.last == " " { return true }
        return value.utf8.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x09 || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
    }
}

/// A cell of a CSV output: text (neutralised against formulas when written) or a number (written as it is).
public enum CSVCell: Sendable, Hashable {
    /// Text from anywhere (codes, names, messages, labels).
    case text(String)
    /// A number as written by the output (`12`, `-0.500000`, `<5` for a suppressed count is text).
    case number(String)
}
