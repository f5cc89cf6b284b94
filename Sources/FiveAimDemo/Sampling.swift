/// The distributions the demo draws from, using only IEEE basic arithmetic and `sqrt`
/// (correctly rounded everywhere), so the same seed gives the same bytes on every platform.
extension SeededGenerator {
    /// A uniform number in [0, 1).
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A uniform number in `range`.
    public mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * uniform()
    }

    /// A uniform number in the middle `narrowing` part of `range` (1 = the whole range).
    public mutating func spread(_ range: ClosedRange<Double>, narrowing: Double) -> Double {
        let middle = (range.lowerBound + range.upperBound) / 2
        return middle + (uniform() - 0.5) * (range.upperBound - range.lowerBound) * narrowing
    }

    /// A standard normal deviate (Irwin–Hall: twelve uniforms minus six; bounded by ±6).
    public mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += uniform() }
        return sum - 6
    }

    /// A multiplicative noise factor around 1 with relative spread `sigma`, kept within [0.5, 1.5].
    public mutating func jitter(_ sigma: Double) -> Double {
        min(1.5, max(0.5, 1 + sigma * normal()))
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { uniform() < p }

    /// A count with mean `mean`, Poisson-like (binomial for small means, normal for large ones).
    public mutating func count(mean: Double) -> Int64 {
        guard mean > 0 else { return 0 }
        if mean < 15 {
            let trials = Int(mean * 4) + 16
            let p = mean / Double(trials)
            var hits: Int64 = 0
            for _ in 0..<trials where uniform() < p { hits += 1 }
            return hits
        }
        return max(0, Int64((mean + mean.squareRoot() * normal()).rounded()))
    }

    /// A binomial draw: successes among `trials` with probability `p` each.
    public mutating func binomial(_ trials: Int64, _ p: Double) -> Int64 {
        guard trials > 0, p > 0 else { return 0 }
        if p >= 1 { return trials }
        if trials < 40 {
            var hits: Int64 = 0
            for _ in 0..<trials where uniform() < p { hits += 1 }
            return hits
        }
        let n = Double(trials)
        if n * p < 15 { return min(trials, count(mean: n * p)) }
        if n * (1 - p) < 15 { return trials - min(trials, count(mean: n * (1 - p))) }
        let draw = (n * p + (n * p * (1 - p)).squareRoot() * normal()).rounded()
        return min(trials, max(0, Int64(draw)))
    }

    /// Splits `total` among cells with the given non-negative weights (a multinomial draw).
    public mutating func split(_ total: Int64, weights: [Double]) -> [Int64] {
        var result = [Int64](repeating: 0, count: weights.count)
        guard total > 0, let last = weights.lastIndex(where: { $0 > 0 }) else { return result }
        var remaining = total
        var remainingWeight = weights.reduce(0, +)
        for index in 0..<last where weights[index] > 0 {
            let share = min(1, weights[index] / remainingWeight)
            let drawn = binomial(remaining, share)
            result[index] = drawn
            remaining -= drawn
            remainingWeight -= weights[index]
            if remaining == 0 { return result }
        }
        result[last] = remaining
        return result
    }
}

/// Deterministic rounding helpers for turning shaped doubles into exact integers.
enum Apportion {
    /// Splits `total` among `weights` exactly, by largest remainder (ties to the lower index).
    static func largestRemainder(_ total: Int64, weights: [Double]) -> [Int64] {
        let sum = weights.reduce(0, +)
        guard total > 0, sum > 0 else { return [Int64](repeating: 0, count: weights.count) }
        let quotas = weights.map { Double(total) * $0 / sum }
        var parts = quotas.map { Int64($0.rounded(.down)) }
        var left = total - parts.reduce(0, +)
        let order = quotas.indices.sorted { a, b in
            let ra = quotas[a] - Double(parts[a]), rb = quotas[b] - Double(parts[b])
            return ra != rb ? ra > rb : a < b
        }
        var cursor = 0
        while left > 0 {
            parts[order[cursor % order.count]] += 1
            left -= 1
            cursor += 1
        }
        return parts
    }

    /// Euros as exact cents, rounded half away from zero.
    static func cents(_ euros: Double) -> Int64 { Int64((euros * 100).rounded()) }
}
