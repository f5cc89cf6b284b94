/// A numerator or denominator: a whole count or an exact amount of euros.
public enum Quantity: Sendable, Hashable {
    /// A count (sessions, people, hours …).
    case count(Int64)
    /// Euros, exact to the cent.
    case money(Money)

    /// The value as a floating-point number, for the final division only.
    public var doubleValue: Double {
        switch self {
        case .count(let count): Double(count)
        case .money(let money): Double(money.cents) / 100
        }
    }

    /// Whether it is zero.
    public var isZero: Bool {
        switch self {
        case .count(let count): count == 0
        case .money(let money): money.cents == 0
        }
    }

    /// The count, when it is one.
    public var count: Int64? {
        if case .count(let count) = self { return count }
        return nil
    }

    /// `123` for counts, `123.45` for euros.
    public var text: String {
        switch self {
        case .count(let count): String(count)
        case .money(let money): money.description
        }
    }

    /// Zero of the given kind.
    static func zero(_ kind: QuantityKind) -> Quantity {
        kind == .count ? .count(0) : .money(.zero)
    }

    /// The sum of two quantities of one kind.
    static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
        switch (lhs, rhs) {
        case (.count(let a), .count(let b)): .count(a + b)
        case (.money(let a), .money(let b)): .money(a + b)
        default: preconditionFailure("adding a count to an amount")
        }
    }
}
