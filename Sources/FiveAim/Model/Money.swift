/// An exact amount of euros, held as integer cents (never a floating-point number).
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible, AdditiveArithmetic {
    /// The amount in cents.
    public var cents: Int64

    /// Creates an amount from cents.
    public init(cents: Int64) { self.cents = cents }

    /// Zero euros.
    public static let zero = Money(cents: 0)

    /// The amount with `.` as decimal separator and two decimals, e.g. `86.69`, `-4.00`.
    public var description: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Orders by amount.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    /// Sum (traps on overflow, which no real budget reaches).
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    /// Difference.
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    /// The amount times a count.
    public static func * (lhs: Money, rhs: Int64) -> Money { Money(cents: lhs.cents * rhs) }
}
