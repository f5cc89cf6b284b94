import Foundation

extension Statistics {
    /// The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), for a, b > 0 and 0 ≤ x ≤ 1.
    ///
    /// Lentz's continued fraction (Numerical Recipes §6.4), evaluated on the side of x where it converges fast
    /// (x < (a + 1) / (a + b + 2)), the other side by the symmetry I_x(a, b) = 1 − I_{1−x}(b, a). The prefactor
    /// x^a (1 − x)^b / (a B(a, b)) is formed in logarithms with `lgamma`, so large a and b (binomial denominators in the
    /// hundreds of thousands) neither overflow nor underflow.
    public static func regularizedIncompleteBeta(a: Double, b: Double, x: Double) -> Double {
        precondition(a > 0 && b > 0, "the shape parameters are positive")
        precondition(x >= 0 && x <= 1, "x lies in [0, 1]")
        if x == 0 { return 0 }
        if x == 1 { return 1 }
        let logPrefix = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return min(1, max(0, exp(logPrefix) * betaContinuedFraction(a: a, b: b, x: x) / a))
        }
        return min(1, max(0, 1 - exp(logPrefix) * betaContinuedFraction(a: b, b: a, x: 1 - x) / b))
    }

    /// The continued fraction of the incomplete beta function (modified Lentz), converging for x < (a + 1) / (a + b + 2).
    private static func betaContinuedFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...100_000 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return h
    }
}

/// The binomial distribution: cumulative probabilities and quantiles, exact through the regularized incomplete beta.
public enum Binomial {
    /// P(X ≤ k) for X ~ Binomial(n, p): I_{1−p}(n − k, k + 1), 0 below 0 and 1 from n on.
    public static func cdf(_ k: Int64, trials n: Int64, probability p: Double) -> Double {
        precondition(n >= 0 && p >= 0 && p <= 1, "a binomial needs n ≥ 0 and 0 ≤ p ≤ 1")
        if k < 0 { return 0 }
        if k >= n { return 1 }
        if p == 0 { return 1 }
        if p == 1 { return 0 }
        return Statistics.regularizedIncompleteBeta(a: Double(n - k), b: Double(k + 1), x: 1 - p)
    }

    /// The `q` quantile of Binomial(n, p): the smallest r in 0…n with P(X ≤ r) ≥ q (bisection on the exact cdf).
    public static func quantile(_ q: Double, trials n: Int64, probability p: Double) -> Int64 {
        precondition(q >= 0 && q <= 1, "a probability lies in [0, 1]")
        precondition(n >= 0 && p >= 0 && p <= 1, "a binomial needs n ≥ 0 and 0 ≤ p ≤ 1")
        var low: Int64 = -1  // cdf(low) < q (cdf(−1) = 0)
        var high: Int64 = n  // cdf(high) ≥ q (cdf(n) = 1)
        if q == 0 { return 0 }
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if cdf(middle, trials: n, probability: p) >= q { high = middle } else { low = middle }
        }
        return high
    }

    /// Spiegelhalter's exact control limit for a proportion at probability `q` (Stat Med 2005, appendix A.1.1):
    /// with r the `q` quantile of Binomial(n, θ₀) and α = (P(X ≤ r) − q) / (P(X = r)), the limit (r − α) / n.
    ///
    /// The interpolation makes the limits a smooth function of n instead of a staircase; the limit is 0 or 1 when the
    /// quantile sits at the end of the range with no mass to interpolate over.
    public static func controlLimit(_ q: Double, denominator n: Int64, target theta: Double) -> Double {
        precondition(n > 0, "a control limit needs a positive denominator")
        precondition(q > 0 && q < 1, "a control-limit probability lies in (0, 1)")
        let r = quantile(q, trials: n, probability: theta)
        let upTo = cdf(r, trials: n, probability: theta)
        let below = cdf(r - 1, trials: n, probability: theta)
        let mass = upTo - below
        let alpha = mass > 0 ? (upTo - q) / mass : 0
        return min(1, max(0, (Double(r) - alpha) / Double(n)))
    }
}
