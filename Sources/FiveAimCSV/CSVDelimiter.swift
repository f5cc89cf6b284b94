/// A field separator FiveAim accepts: comma, semicolon (Belgian spreadsheet exports) or tab.
public enum CSVDelimiter: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case comma = 0x2C
    case semicolon = 0x3B
    case tab = 0x09

    /// The name used in messages.
    public var description: String {
        switch self {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        }
    }

    /// Whether a decimal comma is accepted in decimal columns (only with `;`, where `,` cannot be the separator).
    public var allowsDecimalComma: Bool { self == .semicolon }
}
