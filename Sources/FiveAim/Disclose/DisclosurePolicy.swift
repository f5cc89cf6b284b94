/// Whom an output is for: disclosure control applies to everyone but the network itself.
public enum Audience: String, Sendable, Hashable, CaseIterable {
    /// The network's own figures: exact, no suppression, no rounding.
    case network
    /// The follow-up committee comparing networks.
    case committee
    /// A researcher's extract.
    case research
}

/// What a reader of a committee or research output sees of one count.
public enum PublishedCount: Sendable, Hashable {
    /// The count rounded to the base (0 stays 0).
    case shown(Int64)
    /// A count from 1 to threshold − 1, shown as `<threshold`.
    case small
}

/// Why a disclosure rule was refused.
public struct DisclosureRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The audience asked for.
    public var audience: Audience
    /// The threshold asked for.
    public var threshold: Int64
    /// The refusal in words.
    public var description: String {
        "a suppression threshold of \(threshold) is refused for the \(audience.rawValue) audience: it is never below "
            + "\(DisclosurePolicy.minimumThreshold); only the network audience sees exact small counts"
    }
}

/// The one disclosure rule every output uses (indicators, checks, compare, the committee draft, every extract).
///
/// Everything a `committee` or `research` audience can obtain is treated as one release (docs/extracts.md): a count from
/// 1 to `threshold − 1` is suppressed (shown `<threshold`); every other published count is rounded down to a multiple of
/// `countBase` (5: 5–9 → 5, 10–14 → 10), zeros stay 0; proportions, rates, medians and intervals are computed from the
/// rounded counts; net spending (fees × tariffs, which would give counts back) is rounded to `moneyBase`. A published
/// count `r ≥ 5` therefore says that the true count lies in `r…r + 4`: five values, one more than the four a `<5` mark
/// leaves, so a shown total minus a shown part, each read `r…r + 4`, spans −4…4 around the difference and leaves a small
/// cell all of 1…4 (rounding to the nearest multiple read a shown 5 as 5…7, since 3 and 4 are suppressed, and 5…7 − 5…7
/// left 1…2). The network audience sees exact figures.
public struct DisclosurePolicy: Sendable, Hashable {
    /// Whom the output is for.
    public var audience: Audience
    /// Counts from 1 to `threshold − 1` are suppressed (default 5: 1–4); never below 5 for committee and research.
    public var threshold: Int64

    /// The smallest threshold committee and research outputs may use.
    public static let minimumThreshold: Int64 = 5
    /// Every count published to committee and research is rounded to a multiple of this base.
    public static let countBase: Int64 = 5
    /// Net spending published to committee and research is rounded to a multiple of this amount (€5 000): half of it
    /// (€2 500) exceeds 10 units at the highest tariff (€231.18 in 2024), so an amount bounds a count less tightly than the
    /// count's own rounding does.
    public static let moneyBase = Money(cents: 500_000)

    /// Creates a policy; committee and research thresholds must be at least `minimumThreshold` (use `validated` for
    /// values from users).
    public init(audience: Audience, threshold: Int64 = DisclosurePolicy.minimumThreshold) {
        precondition(threshold >= 1, "the threshold is at least 1")
        precondition(audience == .network || threshold >= Self.minimumThreshold, "committee and research thresholds are at least 5")
        self.audience = audience
        self.threshold = threshold
    }

    /// A policy from user input: a committee or research threshold below `minimumThreshold` is refused.
    public static func validated(audience: Audience, threshold: Int64) throws(DisclosureRefusal) -> DisclosurePolicy {
        guard threshold >= 1, audience == .network || threshold >= minimumThreshold else {
            throw DisclosureRefusal(audience: audience, threshold: threshold)
        }
        return DisclosurePolicy(audience: audience, threshold: threshold)
    }

    /// Whether disclosure control applies (every audience but the network's own).
    public var applies: Bool { audience != .network }

    /// The base counts are rounded to: 5, or 1 (exact) for the network audience.
    public var roundingBase: Int64 { applies ? Self.countBase : 1 }

    /// Whether a count is suppressed as small.
    public func isSmall(_ count: Int64) -> Bool { applies && count >= 1 && count < threshold }

    /// A count rounded down to a multiple of the base (5–9 → 5): every shown value then stands for the full base of
    /// counts, `r…r + 4`, the smallest shown value (5) included, which rounding to the nearest multiple cannot give once
    /// 1–4 are suppressed (a shown 5 would stand for 5…7 only).
    public func rounded(_ count: Int64) -> Int64 {
        let base = roundingBase
        guard base > 1 else { return count }
        return count - ((count % base) + base) % base
    }

    /// An amount rounded to the nearest multiple of `moneyBase` (half up, away from zero), for amounts derived from counts.
    public func rounded(_ money: Money) -> Money {
        guard applies else { return money }
        let base = Self.moneyBase.cents
        let magnitude = money.cents.magnitude
        let down = magnitude - magnitude % UInt64(base)
        let near = magnitude - down >= UInt64(base / 2) ? down + UInt64(base) : down
        return Money(cents: money.cents < 0 ? -Int64(near) : Int64(near))
    }

    /// What a reader of this audience sees of `count`.
    public func published(_ count: Int64) -> PublishedCount {
        isSmall(count) ? .small : .shown(rounded(count))
    }

    /// What a reader can infer about the true count from what is published: a shown `r > 0` means
    /// `max(threshold, r)…r + 4` (`r…r + 4` at the default threshold), a shown 0 means 0, `small` means 1…threshold − 1.
    public func readerInterval(_ published: PublishedCount) -> ClosedRange<Int64> {
        switch published {
        case .small: return 1...(threshold - 1)
        case .shown(let value):
            return value == 0 || roundingBase == 1 ? value...value : max(threshold, value)...(value + roundingBase - 1)
        }
    }

    /// Whether `period` may be published to this audience: any months for the network; one calendar quarter or one
    /// calendar year for committee and research. Windows that overlap (two quarters, a year from July …) would give
    /// further rounded sums of the same quarterly counts, and intersecting their rounding intervals narrows a small count
    /// (the release attack test shows it); a quarter and the year that contains it are the only overlap left.
    public func allows(_ period: ReportPeriod) -> Bool {
        guard applies else { return true }
        if period.calendarYear != nil { return true }
        return period.first.year == period.last.year && period.first.month % 3 == 1 && period.last.month == period.first.month + 2
    }

    /// The rule as written into each output's metadata.
    public var description: String {
        guard applies else { return "audience \(audience.rawValue): exact figures, no suppression or rounding (the network's own figures)" }
        return "audience \(audience.rawValue): one release across every command, extract and period; a count of people or services "
            + "from 1 to \(threshold - 1) is suppressed (shown <\(threshold)) with the results that use it; every other published count "
            + "(numerators, denominators, cells, totals) is rounded down to a multiple of \(Self.countBase) (\(Self.countBase)–\(2 * Self.countBase - 1) → \(Self.countBase), 0 stays 0); "
            + "proportions, rates, medians and intervals are computed from the rounded counts; net spending is rounded to the nearest "
            + "\(Self.moneyBase.cents / 100) euros; budgets, operating costs, populations and intervision sessions are published as given; "
            + "where a published total and its published parts would narrow a suppressed count below 1–\(threshold - 1), the total is "
            + "suppressed too (complementary); periods are one calendar quarter or one calendar year (docs/extracts.md)"
    }
}
