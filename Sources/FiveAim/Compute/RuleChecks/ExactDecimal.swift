/// An exact decimal number read from `checks.yaml` (e.g. `0.45`, `30000`, `8`): digits and a power of ten, never a `Double`,
/// so that a rule compares euros and counts exactly.
public struct ExactDecimal: Sendable, Hashable, CustomStringConvertible {
    /// The digits, e.g. 45 for 0.45.
    public let significand: Int64
    /// The power of ten dividing `significand`, 0…9 (2 for 0.45).
    public let scale: Int

    /// `significand` ÷ 10^`scale`.
    public init(significand: Int64, scale: Int) {
        precondition((0...9).contains(scale), "scale 0…9")
        self.significand = significand
        self.scale = scale
    }

    /// Reads `123`, `0.45`, `-2.5` (no exponent, at most 9 decimals and 15 digits); nil otherwise.
    public init?(_ text: String) {
        var digits = Substring(text)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.count <= 9, whole.count + fraction.count <= 15,
            (whole + fraction).allSatisfy({ ("0"..."9").contains($0) }), let value = Int64(whole + fraction)
        else { return nil }
        self.init(significand: negative ? -value : value, scale: fraction.count)
    }

    /// A limit given as a floating-point number (a command-line option), rounded to 6 decimals.
    public init(rounding value: Double) {
        self.init(significand: Int64((value * 1_000_000).rounded()), scale: 6)
    }

    /// 10^`scale`.
    var denominator: Int64 {
        (0..<scale).reduce(1) { product, _ in product * 10 }
    }

    /// The value as a floating-point number, for display and for indicators that are not a plain ratio.
    public var doubleValue: Double { Double(significand) / Double(denominator) }

    /// The digits as written, e.g. `0.45`.
    public var description: String {
        let magnitude = significand.magnitude, power = UInt64(denominator)
        let whole = magnitude / power, fraction = String(magnitude % power)
        let padded = scale == 0 ? "" : "." + String(repeating: "0", count: scale - fraction.count) + fraction
        return (significand < 0 ? "-" : "") + String(whole) + padded
    }
}
