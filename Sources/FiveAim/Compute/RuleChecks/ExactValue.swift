/// An indicator's value as an exact fraction of two 128-bit integers, for the rules: euros are counted in cents and
/// counts as they are, so that a comparison with a limit never goes through a `Double`.
struct ExactValue: Sendable, Hashable {
    /// The value's numerator.
    let top: Int128
    /// The value's denominator, always positive.
    let bottom: Int128

    /// A quantity as a fraction of euros or of a count: cents ÷ 100, or count ÷ 1.
    static func of(_ quantity: Quantity) -> ExactValue {
        switch quantity {
        case .count(let count): ExactValue(top: Int128(count), bottom: 1)
        case .money(let money): ExactValue(top: Int128(money.cents), bottom: 100)
        }
    }

    /// The value of `result` when `definition` computes it as a plain sum or ratio (× 1000 for `per_1000`); nil for a
    /// median or a ratio of ratios, for a zero denominator, and when the numbers are missing.
    static func of(_ result: IndicatorResult, _ definition: IndicatorDefinition) -> ExactValue? {
        guard let numerator = result.numerator.map(of) else { return nil }
        switch definition.method {
        case .sum:
            return numerator
        case .ratio:
            guard let denominator = result.denominator.map(of), denominator.top != 0 else { return nil }
            let factor: Int128 = definition.unit == .per1000 ? 1000 : 1
            return ExactValue(top: numerator.top * denominator.bottom * factor, bottom: numerator.bottom * denominator.top)
                .normalised
        case .histogramMedian, .ratioOfRatios:
            return nil
        }
    }

    /// Whether the value is above `limit` (for `atMost`) or below it.
    func breaches(_ limit: ExactDecimal, atMost: Bool) -> Bool {
        // top / bottom against significand / 10^scale, with bottom > 0 and 10^scale > 0.
        let left = top * Int128(limit.denominator), right = Int128(limit.significand) * bottom
        return atMost ? left > right : left < right
    }

    /// Orders two values: whether this one is above `other`.
    func exceeds(_ other: ExactValue) -> Bool { top * other.bottom > other.top * bottom }

    /// The same value with a positive denominator.
    private var normalised: ExactValue { bottom < 0 ? ExactValue(top: -top, bottom: -bottom) : self }
}

extension Quantity {
    /// Whether this quantity is above `other` of the same kind (cents against cents, counts against counts); nil when
    /// the kinds differ, which the catalogue's validator refuses for `numerator_at_most_denominator`.
    func exceeds(_ other: Quantity) -> Bool? {
        switch (self, other) {
        case (.count(let a), .count(let b)): a > b
        case (.money(let a), .money(let b)): a > b
        default: nil
        }
    }
}
