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
/// - Fast path: a cell shorter than 6 bytes (`a@b.cd`), or with no `@` and fewer than 9 ASCII digits, means nil;
///   below 9 bytes only the `@` is looked for.
/// - E-mail: the cell contains `local@domain.tld` anywhere (local part of
///   `[A-Za-z0-9._%+-]`, dotted domain of `[A-Za-z0-9-]` labels, TLD of two or more letters).
/// - Surrounding ASCII whitespace is ignored for the remaining rules.
/// - National number: only digits and `. - /` or space, exactly 11 digits, and valid
///   mod-97 check digits in either the pre-2000 or the 2000+ variant.
/// - Phone number: only digits, space and `+ . / - ( )`; `+` then 8–15 digits, `00` then
///   10–15 digits, or `0` then 9–10 digits in total. A plain decimal (a single `.` as the
///   only separator) is a number, not a phone.
public enum IdentifierScreen {
    /// Returns the kind of identifier `cell` looks like, or nil when it looks like none.
    public static func inspect(_ cell: UnsafeRawBufferPointer) -> IdentifierKind? {
        // Shorter than any rule can match (an e-mail needs `a@b.cd`, the others 9 digits): most cells of a row.
        guard cell.count >= shortestMatch else { return nil }
        // Fewer bytes than the 9 digits a number rule needs (codes, months, small counts): only an e-mail can match.
        if cell.count < 9 { return cell.contains(at) && containsEmailAddress(cell) ? .emailAddress : nil }
        var digits = 0
        var hasAt = false
        for byte in cell {
            if isDigit(byte) { digits += 1 } else if byte == at { hasAt = true }
        }
        if hasAt {
            // '@' belongs to neither the national-number nor the phone alphabet.
            return containsEmailAddress(cell) ? .emailAddress : nil
        }
        guard digits >= 9 else { return nil }

        var start = 0
        var end = cell.count
        while start < end, isWhitespace(cell[start]) { start += 1 }
        while end > start, isWhitespace(cell[end - 1]) { end -= 1 }
        let body = UnsafeRawBufferPointer(rebasing: cell[start..<end])

        if digits == 11, isNationalNumber(body) { return .nationalNumber }
        if digits <= 15, isPhoneNumber(body, digits: digits) { return .phoneNumber }
        return nil
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

    /// Digits and national-number separators only, with valid check digits (the caller counted 11 digits).
    private static func isNationalNumber(_ body: UnsafeRawBufferPointer) -> Bool {
        var base = 0
        var check = 0
        var position = 0
        for byte in body {
            if isDigit(byte) {
                if position < 9 { base = base * 10 + Int(byte &- zero) } else { check = check * 10 + Int(byte &- zero) }
                position += 1
            } else if !(byte == dot || byte == dash || byte == space || byte == slash) {
                return false
            }
        }
        return position == 11 && checkDigitsMatch(base: base, check: check)
    }

    /// Digits and phone separators only, in an international (`+`, `00`) or Belgian national (`0`) shape.
    private static func isPhoneNumber(_ body: UnsafeRawBufferPointer, digits: Int) -> Bool {
        var lead = 0
        while lead < body.count, body[lead] == openParen { lead += 1 }
        guard lead < body.count, body[lead] == plus || body[lead] == zero else { return false }

        var leading: (Int, Int, Int) = (-1, -1, -1)  // the first three digits
        var seen = 0
        var dots = 0
        var otherSeparators = 0
        for index in body.indices {
            let byte = body[index]
            if isDigit(byte) {
                let value = Int(byte &- zero)
                switch seen {
                case 0: leading.0 = value
                case 1: leading.1 = value
                case 2: leading.2 = value
                default: break
                }
                seen += 1
            } else if byte == plus {
                guard index == lead else { return false }
            } else if byte == dot {
                dots += 1
            } else if byte == space || byte == slash || byte == dash || byte == openParen || byte == closeParen {
                otherSeparators += 1
            } else {
                return false
            }
        }
        // "0.123456789" or "01234567.89": a decimal number, not a phone.
        if dots == 1 && otherSeparators == 0 { return false }

        if body[lead] == plus {
            return (8...15).contains(digits) && leading.0 != 0  // country codes never start with 0
        }
        if leading.1 == 0 {
            return (10...15).contains(digits) && leading.2 != 0  // "000…" is zero padding, not a prefix
        }
        return digits == 9 || digits == 10
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

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// `[A-Za-z0-9-]` or `.`.
    private static func isDomainByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == dash || byte == dot
    }

    /// `[A-Za-z0-9._%+-]`.
    private static func isLocalPartByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == dot || byte == 0x5F || byte == 0x25 || byte == plus || byte == dash
    }
}
