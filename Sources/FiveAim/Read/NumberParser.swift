/// Strict parsing of counts and amounts from raw cell bytes.
///
/// `Foundation.Decimal(string:)` reads "1,5" as 1 and "12abc" as 12; it never sees raw input here.
/// Leading and trailing ASCII spaces are ignored; nothing else is tolerated.
enum NumberParser {
    /// Why a cell is not a number.
    enum Problem: Error, Equatable {
        case empty
        case negative
        case notDigits
        case tooLarge
        case tooManyDecimals
    }

    /// A non-negative whole number that fits in Int64.
    static func count(_ raw: UnsafeRawBufferPointer) -> Result<Int64, Problem> {
        let bytes = trimmed(raw)
        guard !bytes.isEmpty else { return .failure(.empty) }
        if bytes.first == UInt8(ascii: "-") {
            let rest = bytes.dropFirst()
            return !rest.isEmpty && rest.allSatisfy(isDigit) ? .failure(.negative) : .failure(.notDigits)
        }
        var value: Int64 = 0
        for byte in bytes {
            guard isDigit(byte) else { return .failure(.notDigits) }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int64(byte &- 0x30))
            if overflow1 || overflow2 {
                // Keep scanning so that "123…9x" still reads as not-a-number rather than too large.
                return bytes.allSatisfy(isDigit) ? .failure(.tooLarge) : .failure(.notDigits)
            }
            value = sum
        }
        return .success(value)
    }

    /// A non-negative amount with at most `scale` decimals, as an integer in units of 10^-scale.
    /// The separator is `.`, or `,` when `decimalComma` is allowed (files delimited by `;`).
    static func fixedPoint(_ raw: UnsafeRawBufferPointer, scale: Int, decimalComma: Bool) -> Result<Int64, Problem> {
        let bytes = trimmed(raw)
        guard !bytes.isEmpty else { return .failure(.empty) }
        if bytes.first == UInt8(ascii: "-") { return .failure(.negative) }
        var integerPart = bytes[...]
        var fractionPart = bytes[bytes.endIndex...]
        if let separator = bytes.firstIndex(where: { $0 == UInt8(ascii: ".") || (decimalComma && $0 == UInt8(ascii: ",")) }) {
            integerPart = bytes[..<separator]
            fractionPart = bytes[(separator + 1)...]
            guard !fractionPart.isEmpty else { return .failure(.notDigits) }
        }
        guard !integerPart.isEmpty, integerPart.allSatisfy(isDigit), fractionPart.allSatisfy(isDigit) else {
            return .failure(.notDigits)
        }
        guard fractionPart.count <= scale else { return .failure(.tooManyDecimals) }
        var value: Int64 = 0
        let digits = Array(integerPart) + Array(fractionPart) + Array(repeating: UInt8(ascii: "0"), count: scale - fractionPart.count)
        for byte in digits {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int64(byte &- 0x30))
            if overflow1 || overflow2 { return .failure(.tooLarge) }
            value = sum
        }
        return .success(value)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    private static func trimmed(_ raw: UnsafeRawBufferPointer) -> Slice<UnsafeRawBufferPointer> {
        var start = raw.startIndex, end = raw.endIndex
        while start < end, raw[start] == 0x20 { start += 1 }
        while end > start, raw[end - 1] == 0x20 { end -= 1 }
        return raw[start..<end]
    }
}
