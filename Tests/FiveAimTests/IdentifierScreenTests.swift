import Testing

@testable import FiveAim

struct IdentifierScreenTests {
    // MARK: - Helpers

    /// Appends the NISS/INSZ check digits for `base` (9 digits) in the chosen century variant.
    private static func nationalNumber(base: String, bornFrom2000: Bool) -> String {
        let value = Int(base)! + (bornFrom2000 ? 2_000_000_000 : 0)
        let check = 97 - value % 97
        return base + (check < 10 ? "0" : "") + String(check)
    }

    /// Appends two check digits for `base` that match neither century variant.
    private static func invalidNationalNumber(base: String) -> String {
        let valid = [false, true].map { nationalNumber(base: base, bornFrom2000: $0).suffix(2) }
        let check = (0..<100).lazy.map { ($0 < 10 ? "0" : "") + String($0) }.first { !valid.contains(Substring($0)) }!
        return base + check
    }

    private static let bases = ["850731003", "010203001", "721212345", "854731003", "000101001", "991231999", "400520123"]

    // MARK: - National numbers

    @Test("Valid pre-2000 national numbers are flagged", arguments: bases)
    func validPre2000NationalNumbersAreFlagged(base: String) {
        let number = Self.nationalNumber(base: base, bornFrom2000: false)
        #expect(IdentifierScreen.isValidNationalNumber(digits: Array(number.utf8)))
        #expect(IdentifierScreen.inspect(number) == .nationalNumber)
    }

    @Test("Valid 2000+ national numbers are flagged", arguments: bases)
    func valid2000NationalNumbersAreFlagged(base: String) {
        let number = Self.nationalNumber(base: base, bornFrom2000: true)
        #expect(IdentifierScreen.isValidNationalNumber(digits: Array(number.utf8)))
        #expect(IdentifierScreen.inspect(number) == .nationalNumber)
    }

    @Test("National numbers with invalid check digits are not flagged as national numbers", arguments: bases)
    func invalidCheckDigitsAreNotNationalNumbers(base: String) {
        let number = Self.invalidNationalNumber(base: base)
        #expect(!IdentifierScreen.isValidNationalNumber(digits: Array(number.utf8)))
        #expect(IdentifierScreen.inspect(number) == nil)
    }

    /// Checked by hand: 850731003 mod 97 = 69 → 28; (2000000000 + 010203001) mod 97 = 27 → 70.
    @Test(
        "Hand-verified national numbers are flagged with and without separators",
        arguments: [
            "85073100328", "85.07.31-003.28", "85 07 31 003 28", "850731/003-28", "  85073100328  ",
            "01020300170", "01.02.03-001.70",  // born 2001
            "85473100317",  // bis number: month + 40
        ])
    func handVerifiedNationalNumbersAreFlagged(cell: String) {
        #expect(IdentifierScreen.inspect(cell) == .nationalNumber)
    }

    @Test(
        "Hand-verified wrong check digits are not national numbers",
        // 850731003: 28 (pre-2000) or 57 (2000+) would be valid; 56 is neither. (Issue 15: "85.07.31-003.57x" is now
        // flagged, as a number inside longer text.)
        arguments: ["85073100329", "85.07.31-003.56x", "01020300171", "85073100327"])
    func handVerifiedWrongCheckDigitsAreNotNationalNumbers(cell: String) {
        #expect(IdentifierScreen.inspect(cell) != .nationalNumber)
    }

    @Test("The check digit function rejects wrong lengths and non-digits")
    func checkDigitFunctionRejectsMalformedInput() {
        #expect(IdentifierScreen.isValidNationalNumber(digits: Array("85073100328".utf8)))
        #expect(IdentifierScreen.isValidNationalNumber(digits: Array("01020300170".utf8)))
        #expect(!IdentifierScreen.isValidNationalNumber(digits: Array("8507310032".utf8)))
        #expect(!IdentifierScreen.isValidNationalNumber(digits: Array("850731003280".utf8)))
        #expect(!IdentifierScreen.isValidNationalNumber(digits: Array("85.07310032".utf8)))
        #expect(!IdentifierScreen.isValidNationalNumber(digits: [UInt8]()))
    }

    // MARK: - E-mail addresses

    @Test(
        "E-mail addresses are flagged alone and inside text",
        arguments: [
            "jan.peeters@example.be", "a@b.cd", "J_Doe+tag%x@mail.sub-domain.example.org",
            "contact: jan.peeters@example.be", "mail jan@example.be.", "<jan@example.be>",
            "  jan@example.be  ", "Réseau 107 — écrire à info@reseau107.be svp",
        ])
    func emailAddressesAreFlagged(cell: String) {
        #expect(IdentifierScreen.inspect(cell) == .emailAddress)
    }

    @Test(
        "Text with an at sign but no address is not flagged",
        arguments: ["@", "jan@", "@example.be", "jan@localhost", "jan@example.b", "5@10.00", "a@b..be", "x @ y.be", "@home 123456789"])
    func atSignsWithoutAddressesAreNotFlagged(cell: String) {
        #expect(IdentifierScreen.inspect(cell) == nil)
    }

    // MARK: - Phone numbers

    @Test(
        "Belgian and international phone numbers are flagged",
        arguments: [
            "0475 12 34 56", "0475123456", "0475/12.34.56", "02/123.45.67", "02 123 45 67", "04-123-45-67",
            "(02) 123 45 67", "021234567", "+32 475 12 34 56", "+32 (0)475 12 34 56", "+32 2 123 45 67",
            "0032 475 12 34 56", "0032-2-123.45.67", "+33 1 23 45 67 89", "  +32475123456  ",
        ])
    func phoneNumbersAreFlagged(cell: String) {
        #expect(IdentifierScreen.inspect(cell) == .phoneNumber)
    }

    @Test("A valid 11-digit national number is classified as a national number, not a phone")
    func nationalNumberWinsOverPhone() {
        // "0032…" with 11 digits has an international phone shape too.
        let valid = Self.nationalNumber(base: "003212345", bornFrom2000: true)
        #expect(IdentifierScreen.inspect(valid) == .nationalNumber)
        #expect(IdentifierScreen.inspect(Self.invalidNationalNumber(base: "003212345")) == .phoneNumber)
    }

    // MARK: - Ordinary values

    @Test(
        "Ordinary values pass",
        arguments: [
            "", " ", "0", "12", "123456789", "1234567890", "726412", "2025", "2025-03", "2025-03-01",
            "2025-03-01 12:30:00", "1234.50", "12,5", "86.69", "1.234,56", "1.234.567,89", "-123456789",
            "0.123456789", "01234567.89", "000123456", "0000000000", "000000001234", "BRUMENTA", "EA-ANT",
            "107-BW", "Réseau 107 Brabant wallon", "RIZIV/INAMI 2025 Q1", "+12", "00", "04751234567",
        ])
    func ordinaryValuesPass(cell: String) {
        #expect(IdentifierScreen.inspect(cell) == nil)
    }

    @Test("Raw byte and string inspection agree")
    func rawBytesAndStringsAgree() {
        for cell in ["85073100328", "jan@example.be", "0475 12 34 56", "86.69", ""] {
            let bytes = Array(cell.utf8)
            let raw = bytes.withUnsafeBytes { IdentifierScreen.inspect($0) }
            #expect(raw == IdentifierScreen.inspect(cell))
        }
    }

    // MARK: - Messages

    @Test("Identifier kind descriptions contain no digit")
    func kindDescriptionsContainNoDigit() {
        let kinds: [IdentifierKind] = [.nationalNumber, .emailAddress, .phoneNumber]
        for kind in kinds {
            #expect(!kind.rawValue.contains { $0.isNumber })
        }
    }
}
