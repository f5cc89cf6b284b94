/// The kind of direct identifier a cell looks like.
///
/// The raw value is the only text about a flagged cell that may ever reach a message:
/// it names the kind and never contains the cell's value.
public enum IdentifierKind: String, Sendable, Equatable {
    case nationalNumber = "national number (NISS/INSZ)"
    case emailAddress = "e-mail address"
    case phoneNumber = "phone number"
}

/// Screens raw cell bytes for direct identifiers without ever copying or echoing them.
///
/// Rules, in order:
/// - Fast path: a cell shorter than 6 bytes (`a@b.cd`) means nil; an ASCII cell with no `@` and fewer than 9 digits
///   means nil (below 9 bytes only the `@` is looked for). Numbers and short codes never go further.
/// - A cell with any non-ASCII byte is first mapped to ASCII, character by character: any decimal digit (full-width
///   `８`, Arabic-Indic …) to its digit; the spaces and dashes people type (NBSP, narrow NBSP, thin and figure space,
///   hyphen, non-breaking hyphen, figure dash, en and em dash, minus, full-width forms) to ` ` and `-`; full-width
///   `．` `／` `＋` `（` `）` to their ASCII forms; full-width and small `@` to `@`; invisible characters (zero-width
///   space and joiners, word joiner, BOM, soft hyphen) are dropped; any other letter becomes `a` (an e-mail address
///   may have Unicode letters), anything else a neutral `#`. The rules below then read the mapped text.
/// - E-mail: the cell contains `local@domain.tld` anywhere (local part of `[A-Za-z0-9._%+-]`, dotted domain of
///   `[A-Za-z0-9-]` labels, TLD of two or more letters).
/// - Numbers anywhere in the cell: a run is digits joined by at most three separators at a time (space, `.`, `-`,
///   `/`, `(`, `)`), so `Contact 85073003328`, `NN:85073003328` and `85.07.30-033.28` inside a sentence are each one
///   run. A run's groups of digits are tried as whole groups (never a group cut in two, so a plain 12-digit number is
///   not an 11-digit one):
///   - National number: consecutive groups holding exactly 11 digits with valid mod-97 check digits in either the
///     pre-2000 or the 2000+ variant.
///   - Phone number: consecutive groups after a `+`, or starting with `0`: `+` then 8–15 digits, `00` then 10–15
///     digits, or `0` then 9–10 digits in total. A plain decimal (a single `.` as the only separator) is a number,
///     not a phone.
///   A national number anywhere wins over a phone.
public enum IdentifierScreen {
    /// Returns the kind of identifier `cell` looks like, or nil when it looks like none.
    public static func inspect(_ cell: UnsafeRawBufferPointer) -> IdentifierKind? {
        // Shorter than any rule can match (an e-mail needs `a@b.cd`, the others 9 digits): most cells of a row.
        guard cell.count >= shortestMatch else { return nil }
        // Fewer bytes than the 9 digits a number rule needs (codes, months, small counts): only an e-mail can match,
        // or a non-ASCII cell (a full-width `＠`).
        if cell.count < 9, !cell.contains(where: { $0 == at || $0 >= 0x80 }) { return nil }
        var digits = 0
        var hasAt = false
        for byte in cell {
            if isDigit(byte) {
                digits += 1
            } else if byte == at {
                hasAt = true
            } else if byte >= 0x80 {
                return inspectMapped(cell)
            }
        }
        if hasAt, containsEmailAddress(cell) { return .emailAddress }
        guard digits >= 9 else { return nil }
        return numberIn(cell)
    }

    /// A non-ASCII cell: mapped to ASCII (see the rules), then screened as ASCII.
    private static func inspectMapped(_ cell: UnsafeRawBufferPointer) -> IdentifierKind? {
        var mapped: [UInt8] = []
        mapped.reserveCapacity(cell.count)
        for scalar in String(decoding: cell, as: UTF8.self).unicodeScalars {
            if let byte = asciiForm(of: scalar) { mapped.append(byte) }
        }
        return mapped.withUnsafeBytes { bytes in
            var digits = 0
            var hasAt = false
            for byte in bytes {
                if isDigit(byte) { digits += 1 } else if byte == at { hasAt = true }
            }
            if hasAt, containsEmailAddress(bytes) { return .emailAddress }
            guard digits >= 9 else { return nil }
            return numberIn(bytes)
        }
    }

    /// The ASCII byte a character counts as, or nil when it is dropped (invisible characters).
    static func asciiForm(of scalar: Unicode.Scalar) -> UInt8? {
        if scalar.isASCII { return UInt8(scalar.value) }
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return nil
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return space
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return dash
        case 0xFF0E, 0x2024, 0xFE52: return dot
        case 0xFF0F, 0x2215, 0x2044: return slash
        case 0xFF0B, 0xFE62: return plus
        case 0xFF08, 0xFE59: return openParen
        case 0xFF09, 0xFE5A: return closeParen
        case 0xFF20, 0xFE6B: return at
        default: break
        }
        let properties = scalar.properties
        if properties.numericType == .decimal, let value = properties.numericValue, value >= 0, value <= 9 {
            return zero + UInt8(value)
        }
        if properties.isAlphabetic { return 0x61 }  // a letter: may be part of an e-mail address
        return 0x23  // #: breaks any run
    }

    /// Whether `byte` may sit between two digits of one number.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == space || byte == dot || byte == dash || byte == slash || byte == openParen || byte == closeParen
    }

    /// The kind of the numbers in `cell` (national number first), or nil.
    private static func numberIn(_ cell: UnsafeRawBufferPointer) -> IdentifierKind? {
        var phone = false
        var index = 0
        let count = cell.count
        // The groups of the current run: start and end (exclusive) of each group's digits.
        var groups: [(start: Int, end: Int)] = []
        while index < count {
            guard isDigit(cell[index]) else {
                index += 1
                continue
            }
            groups.removeAll(keepingCapacity: true)
            var cursor = index
            while true {
                let start = cursor
                while cursor < count, isDigit(cell[cursor]) { cursor += 1 }
                groups.append((start, cursor))
                var gap = cursor
                while gap < count, gap - cursor < 3, isSeparator(cell[gap]) { gap += 1 }
                guard gap > cursor, gap < count, isDigit(cell[gap]) else { break }
                cursor = gap
            }
            switch runKind(cell, groups: groups) {
            case .nationalNumber?: return .nationalNumber
            case .phoneNumber?: phone = true
            default: break
            }
            index = cursor
        }
        return phone ? .phoneNumber : nil
    }

    /// The kind of identifier some consecutive groups of one run form.
    private static func runKind(_ cell: UnsafeRawBufferPointer, groups: [(start: Int, end: Int)]) -> IdentifierKind? {
        var totalDigits = 0
        for group in groups { totalDigits += group.end - group.start }
        guard totalDigits >= 9 else { return nil }
        var phone = false
        for first in groups.indices {
            var digits = 0
            var base = 0
            var check = 0
            var dots = 0
            var otherSeparators = 0
            let plusBefore = groups[first].start > 0 && cell[groups[first].start - 1] == plus
            let firstDigit = cell[groups[first].start] &- zero
            // The second and third digits of the window, for the `00` prefix.
            var leading: [UInt8] = []
            for last in first..<groups.count {
                if last > first {
                    for gap in groups[last - 1].end..<groups[last].start {
                        if cell[gap] == dot { dots += 1 } else { otherSeparators += 1 }
                    }
                }
                for position in groups[last].start..<groups[last].end {
                    let value = cell[position] &- zero
                    if digits < 9 { base = base * 10 + Int(value) } else { check = check * 10 + Int(value) }
                    if leading.count < 3 { leading.append(value) }
                    digits += 1
                }
                if digits > 15 { break }
                if digits == 11, checkDigitsMatch(base: base, check: check) { return .nationalNumber }
                if !phone, !(dots == 1 && otherSeparators == 0) {
                    if plusBefore {
                        phone = (8...15).contains(digits) && firstDigit != 0  // country codes never start with 0
                    } else if firstDigit == 0, leading.count >= 2 {
                        if leading[1] == 0 {
                            phone = (10...15).contains(digits) && leading.count == 3 && leading[2] != 0  // "000…" is padding
                        } else {
                            phone = digits == 9 || digits == 10
                        }
                    }
                }
            }
        }
        return phone ? .phoneNumber : nil
    }

    /// The length of the shortest cell a rule can flag (`a@b.cd`).
    static let shortestMatch = 6

    /// Convenience for tests and small inputs.
    public static func inspect(_ cell: String) -> IdentifierKind? {
        var cell = cell
        return cell.withUTF8 { inspect(UnsafeRawBufferPointer($0)) }
    }

    /// The NISS/INSZ mod-97 check on exactly 11 digits (both the pre-2000 and the 2000+ birth-year variants).
    public static func isValidNationalNumber(digits: some Collection<UInt8>) -> Bool {
        guard digits.count == 11 else { return false }
        var base = 0
        var check = 0
        var position = 0
        for byte in digits {
            guard isDigit(byte) else { return false }
            if position < 9 { base = base * 10 + Int(byte &- zero) } else { check = check * 10 + Int(byte &- zero) }
            position += 1
        }
        return checkDigitsMatch(base: base, check: check)
    }

    // MARK: - Rules

    /// True when `check` is the mod-97 complement of `base` for a birth year before 2000 or from 2000 on.
    private static func checkDigitsMatch(base: Int, check: Int) -> Bool {
        check == 97 - base % 97 || check == 97 - (2_000_000_000 + base) % 97
    }

    /// True when some `@` in `cell` joins a non-empty local part to a dotted domain with a letter TLD.
    private static func containsEmailAddress(_ cell: UnsafeRawBufferPointer) -> Bool {
        for index in cell.indices where cell[index] == at {
            guard index > 0, isLocalPartByte(cell[index - 1]) else { continue }
            if hasDomain(cell, from: index + 1) { return true }
        }
        return false
    }

    /// True when the run of domain bytes starting at `from` is `label(.label)*.tld` with a TLD of ≥ 2 letters.
    private static func hasDomain(_ cell: UnsafeRawBufferPointer, from: Int) -> Bool {
        var end = from
        while end < cell.count, isDomainByte(cell[end]) { end += 1 }
        while end > from, cell[end - 1] == dot { end -= 1 }  // a sentence-final period is not part of it

        var dots = 0
        var labelLength = 0
        var labelIsLetters = true
        for index in from..<end {
            let byte = cell[index]
            if byte == dot {
                guard labelLength > 0 else { return false }
                dots += 1
                labelLength = 0
                labelIsLetters = true
            } else {
                labelLength += 1
                if !isLetter(byte) { labelIsLetters = false }
            }
        }
        return dots >= 1 && labelLength >= 2 && labelIsLetters
    }

    // MARK: - Bytes

    private static let zero: UInt8 = 0x30  // 0
    private static let at: UInt8 = 0x40  // @
    private static let dot: UInt8 = 0x2E  // .
    private static let dash: UInt8 = 0x2D  // -
    private static let space: UInt8 = 0x20
    private static let slash: UInt8 = 0x2F  // /
    private static let plus: UInt8 = 0x2B  // +
    private static let openParen: UInt8 = 0x28  // (
    private static let closeParen: UInt8 = 0x29  // )

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- zero < 10 }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// `[A-Za-z0-9-]` or `.`.
    private static func isDomainByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == dash || byte == dot
    }

    /// `[A-Za-z0-9._%+-]`.
    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == dot || byte == 0x5F || byte == 0x25 || byte == plus || byte == dash
    }
}
