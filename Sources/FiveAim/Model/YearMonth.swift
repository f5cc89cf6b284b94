/// A calendar month, as in the data contract's `YYYY-MM` columns.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar year.
    public let year: Int
    /// The month, 1…12.
    public let month: Int

    /// Creates a month; `month` must be 1…12.
    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "month out of range")
        self.year = year
        self.month = month
    }

    /// Months since year 0, for ordering and arithmetic.
    public var ordinal: Int { year * 12 + (month - 1) }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> YearMonth {
        let value = ordinal + count
        return YearMonth(year: value / 12, month: value % 12 + 1)
    }

    /// `YYYY-MM`.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }

    /// Orders chronologically.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The first month with the convention's function 1–3 codes.
    public static let conventionStart = YearMonth(year: 2024, month: 4)
}
