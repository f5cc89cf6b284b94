/// Shows text that came from an input (a cell, a header, a file name, a command-line value) without letting it act on
/// the terminal or the log: control characters (ESC, CR, LF …), bidirectional overrides and isolates, zero-width and
/// other invisible format characters, and line or paragraph separators are written as `\u{…}` escapes.
///
/// The one helper for untrusted text in messages: the diagnostic printer passes every line through `escaped`, and
/// messages and progress lines that name an input's text use `quoted`.
public enum UntrustedText {
    /// How many characters of an untrusted text a message shows at most (the rest is cut with `…`).
    public static let shownCharacters = 40

    /// `'text'` with every invisible or control character escaped, `'` and `\` escaped, and at most
    /// `shownCharacters` characters shown.
    public static func quoted(_ text: String) -> String {
        var shown = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == shownCharacters {
                shown += "…"
                break
            }
            if scalar == "'" || scalar == "\\" { shown += "\\" }
            append(scalar, to: &shown)
            count += 1
        }
        return "'" + shown + "'"
    }

    /// `text` with every invisible or control character escaped (nothing else changed).
    public static func escaped(_ text: String) -> String {
        // Fast path: printable ASCII needs nothing (most messages).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &result) }
        return result
    }

    /// Whether `scalar` must never reach a terminal as it is: a control character (C0, DEL, C1), an invisible format
    /// character (bidirectional controls, zero-width characters, soft hyphen, BOM …), or a line or paragraph separator.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
        if scalar.value < 0xA0 { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }

    private static func append(_ scalar: Unicode.Scalar, to text: inout String) {
        guard isUnsafe(scalar) else {
            text.unicodeScalars.append(scalar)
            return
        }
        switch scalar {
        case "\n": text += "\\n"
        case "\r": text += "\\r"
        case "\t": text += "\\t"
        default: text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
