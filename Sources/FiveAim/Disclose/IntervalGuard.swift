/// One entry of a published equation `total = Σ parts`, as a reader of a committee or research output sees it.
public enum GuardEntry: Sendable, Hashable {
    /// A published count (rounded).
    case shown(Int64)
    /// Suppressed as small: 1…threshold − 1.
    case small
    /// Suppressed to protect another entry (complementary): at least 1, no upper bound.
    case hidden
}

/// The check that keeps rounding safe equation by equation: a reader who knows `total = Σ parts`, the rounding interval
/// of every shown entry (`DisclosurePolicy.readerInterval`) and the marks of hidden ones must not bound any small entry
/// more tightly than the marks and published zeros alone do. Rounding down makes this true for every equation of a shown
/// total, one shown part and one small part (each shown value stands for 5 counts, the mark for 4), and for almost every
/// other (the rounding intervals of the shown entries add up); it fails only where few entries are non-zero, e.g. a total
/// shown 5 (5–9) over a part shown 5 (5–9) and two small parts, each then at most 3. The remedy is to suppress the total.
///
/// Cost: linear in the number of entries.
public enum IntervalGuard {
    private static let unbounded = Int64.max / 4

    /// Whether `total = Σ parts` narrows a small entry beyond what the marks and published zeros say.
    public static func narrows(total: GuardEntry, parts: [GuardEntry], policy: DisclosurePolicy) -> Bool {
        guard policy.applies, total == .small || parts.contains(.small) else { return false }
        return narrowsWith(total: total, parts: parts, policy: policy, marksOnly: false)
            != narrowsWith(total: total, parts: parts, policy: policy, marksOnly: true)
    }

    /// Bounds of every small entry (in order: total first, then parts), as a list to compare.
    private static func narrowsWith(total: GuardEntry, parts: [GuardEntry], policy: DisclosurePolicy, marksOnly: Bool) -> [ClosedRange<
        Int64
    >] {
        func interval(_ entry: GuardEntry) -> (Int64, Int64) {
            switch entry {
            case .small: return (1, policy.threshold - 1)
            case .hidden: return (1, unbounded)
            case .shown(let value):
                if marksOnly && value != 0 { return (0, unbounded) }
                let range = policy.readerInterval(.shown(value))
                return (range.lowerBound, range.upperBound)
            }
        }
        let (totalLow, totalHigh) = interval(total)
        let partIntervals = parts.map(interval)
        let sumLow = partIntervals.reduce(0) { $0 + $1.0 }
        let sumHigh = partIntervals.reduce(Int64(0)) { min($0 + $1.1, unbounded) }
        let mark = 1...(policy.threshold - 1)
        var bounds: [ClosedRange<Int64>] = []
        if total == .small {
            let low = max(sumLow, 1), high = min(sumHigh, policy.threshold - 1)
            bounds.append(low <= high ? low...high : mark)
        }
        for (index, part) in parts.enumerated() where part == .small {
            let (low, high) = partIntervals[index]
            let othersLow = sumLow - low
            let othersHigh = sumHigh >= unbounded ? unbounded : sumHigh - high
            let lower = othersHigh >= unbounded || totalLow == 0 ? 1 : max(totalLow - othersHigh, 1)
            let upper = totalHigh >= unbounded ? policy.threshold - 1 : min(totalHigh - othersLow, policy.threshold - 1)
            bounds.append(lower <= upper ? lower...upper : mark)
        }
        return bounds
    }
}
