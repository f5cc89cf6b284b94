import Foundation

/// The rules for free text (network names, instruments, any text column; data contract §2): one line, no control,
/// bidirectional or invisible format character (zero-width space, joiners, BOM, soft hyphen …), stored in Unicode
/// normalisation form C. Text that breaks a rule is refused (FA2094, never echoed); text that is merely in another
/// normalisation form (`e` + combining acute) is normalised, not refused: both are the same text to a reader.
///
/// Keys made of free text (an instrument in `outcomes` and `experience`) are compared by `comparisonKey`: NFC and
/// case folded, so that `csq-8`, `CSQ-8` and `CSQ‑8` written with a decomposed letter are one key.
public enum FreeText {
    /// Why a text is refused.
    public enum Problem: Sendable, Equatable {
        /// A line end: LF, CR, NEL, line or paragraph separator, vertical tab or form feed.
        case lineBreak
        /// A control character (C0 other than line ends, DEL, C1), tab included.
        case controlCharacter
        /// A bidirectional override, embedding, isolate or mark (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C).
        case bidirectionalControl
        /// An invisible format character: zero-width space or joiner, word joiner, BOM, soft hyphen, tag characters.
        case invisibleCharacter

        /// What a message says (never the text itself).
        public var description: String {
            switch self {
            case .lineBreak: "a line break"
            case .controlCharacter: "a control character"
            case .bidirectionalControl: "a bidirectional control character (it can reorder what a reader sees)"
            case .invisibleCharacter: "an invisible character (zero-width space, joiner, BOM or the like)"
            }
        }
    }

    /// The first problem in `text`, or nil when it is acceptable free text.
    public static func problem(in text: String) -> Problem? {
        // Fast path: printable ASCII breaks no rule.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return nil }
        for scalar in text.unicodeScalars {
            if let problem = problem(with: scalar) { return problem }
        }
        return nil
    }

    /// The problem one character makes, if any.
    static func problem(with scalar: Unicode.Scalar) -> Problem? {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return .lineBreak
        case 0x00..<0x20, 0x7F...0x9F: return .controlCharacter
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidirectionalControl
        case 0x20...0x7E: return nil
        default: break
        }
        switch scalar.properties.generalCategory {
        case .format: return .invisibleCharacter
        case .control: return .controlCharacter
        case .lineSeparator, .paragraphSeparator: return .lineBreak
        default: return nil
        }
    }

    /// `text` in normalisation form C (unchanged when it is ASCII).
    public static func normalized(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The form in which two texts are compared as keys: NFC, then case folded (locale-independent), then NFC again.
    public static func comparisonKey(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.precomposedStringWithCanonicalMapping.folding(options: .caseInsensitive, locale: nil)
            .precomposedStringWithCanonicalMapping
    }
}
