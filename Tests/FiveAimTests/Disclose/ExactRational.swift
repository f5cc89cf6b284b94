/// An exact fraction of two 64-bit integers, always in lowest terms with a positive denominator; every operation
/// checks for overflow and traps with a message rather than rounding (the release attack must never be approximate).
struct ExactRational: Hashable, Comparable, CustomStringConvertible {
    /// The numerator.
    let numerator: Int64
    /// The denominator, always positive.
    let denominator: Int64

    static let zero = ExactRational(0)
    static let one = ExactRational(1)

    /// The whole number `value`.
    init(_ value: Int64) {
        numerator = value
        denominator = 1
    }

    /// `numerator / denominator` in lowest terms; the denominator must not be zero.
    init(_ numerator: Int64, _ denominator: Int64) {
        precondition(denominator != 0, "a fraction with denominator 0")
        let divisor = Self.gcd(numerator, denominator)
        let sign: Int64 = denominator < 0 ? -1 : 1
        self.numerator = Self.checked((numerator / divisor).multipliedReportingOverflow(by: sign))
        self.denominator = Self.checked((denominator / divisor).multipliedReportingOverflow(by: sign))
    }

    var isZero: Bool { numerator == 0 }

    var description: String { denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)" }

    /// The largest whole number not above the value.
    var floor: Int64 {
        let quotient = numerator / denominator
        return numerator % denominator != 0 && numerator < 0 ? quotient - 1 : quotient
    }

    /// The smallest whole number not below the value.
    var ceiling: Int64 {
        let quotient = numerator / denominator
        return numerator % denominator != 0 && numerator > 0 ? quotient + 1 : quotient
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (x, y) = (a.magnitude, b.magnitude)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : Int64(x)
    }

    static func checked(_ result: (partialValue: Int64, overflow: Bool)) -> Int64 {
        precondition(!result.overflow, "exact rational arithmetic overflowed 64 bits")
        return result.partialValue
    }

    static func + (a: ExactRational, b: ExactRational) -> ExactRational {
        let divisor = gcd(a.denominator, b.denominator)
        let left = checked(a.numerator.multipliedReportingOverflow(by: b.denominator / divisor))
        let right = checked(b.numerator.multipliedReportingOverflow(by: a.denominator / divisor))
        let denominator = checked((a.denominator / divisor).multipliedReportingOverflow(by: b.denominator))
        return ExactRational(checked(left.addingReportingOverflow(right)), denominator)
    }

    static prefix func - (a: ExactRational) -> ExactRational {
        ExactRational(checked((0 as Int64).subtractingReportingOverflow(a.numerator)), a.denominator)
    }

    static func - (a: ExactRational, b: ExactRational) -> ExactRational { a + (-b) }

    static func * (a: ExactRational, b: ExactRational) -> ExactRational {
        // Cross-reduce first so that intermediate products stay small.
        let g1 = gcd(a.numerator, b.denominator), g2 = gcd(b.numerator, a.denominator)
        let numerator = checked((a.numerator / g1).multipliedReportingOverflow(by: b.numerator / g2))
        let denominator = checked((a.denominator / g2).multipliedReportingOverflow(by: b.denominator / g1))
        return ExactRational(numerator, denominator)
    }

    static func / (a: ExactRational, b: ExactRational) -> ExactRational {
        precondition(!b.isZero, "division by zero")
        return a * ExactRational(b.denominator, b.numerator)
    }

    static func < (a: ExactRational, b: ExactRational) -> Bool { (a - b).numerator < 0 }
}
