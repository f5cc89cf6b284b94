import Foundation

/// Confidence intervals and the special functions they need (regularized incomplete gamma and its inverse).
public enum Statistics {
    /// The 0.975 quantile of the standard normal distribution.
    public static let z975 = 1.959963984540054

    /// The 95 % Wilson score interval of `successes` out of `trials` (nil when `trials` is 0).
    public static func wilson(successes: Int64, trials: Int64, z: Double = z975) -> (low: Double, high: Double)? {
        guard trials > 0, successes >= 0, successes <= trials else { return nil }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return (max(0, centre - half), min(1, centre + half))
    }

    /// The exact (Garwood) 95 % interval of a Poisson mean after observing `count` events:
    /// [χ²(0.025; 2k)/2, χ²(0.975; 2k+2)/2], computed as gamma quantiles.
    public static func poissonExact(count: Int64, confidence: Double = 0.95) -> (low: Double, high: Double) {
        let alpha = 1 - confidence
        let k = Double(count)
        let low = count == 0 ? 0 : gammaQuantile(alpha / 2, shape: k)
        let high = gammaQuantile(1 - alpha / 2, shape: k + 1)
        return (low, high)
    }

    /// The `p` quantile of the chi-square distribution with `degrees` degrees of freedom.
    public static func chiSquareQuantile(_ p: Double, degrees: Double) -> Double {
        2 * gammaQuantile(p, shape: degrees / 2)
    }

    /// The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), for a > 0, x ≥ 0.
    ///
    /// Series for x < a + 1, Lentz continued fraction otherwise (Numerical Recipes §6.2).
    public static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0, "shape must be positive")
        if x <= 0 { return 0 }
        if x.isInfinite { return 1 }
        let logPrefix = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            var term = 1 / a
            var sum = term
            var n = a
            for _ in 0..<10_000 {
                n += 1
                term *= x / n
                sum += term
                if abs(term) < abs(sum) * 1e-16 { break }
            }
            return min(1, sum * exp(logPrefix))
        }
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1..<10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return max(0, 1 - exp(logPrefix) * h)
    }

    /// The x with P(shape, x) = p: the `p` quantile of a Gamma(shape, 1) distribution.
    ///
    /// Wilson–Hilferty start, then safeguarded Newton steps inside a shrinking bracket.
    public static func gammaQuantile(_ p: Double, shape a: Double) -> Double {
        precondition(a > 0, "shape must be positive")
        precondition(p >= 0 && p <= 1, "probability out of range")
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        // Bracket [low, high] with P(low) ≤ p ≤ P(high).
        var low = 0.0
        var high = max(1.0, a)
        while regularizedGammaP(a, high) < p { low = high; high *= 2 }
        // Wilson–Hilferty approximation as the first guess.
        let z = normalQuantile(p)
        let t = 1 / (9 * a)
        var x = a * pow(1 - t + z * t.squareRoot(), 3)
        if !(x > low && x < high) { x = (low + high) / 2 }
        let logNormaliser: Double = lgamma(a)
        for _ in 0..<200 {
            let f = regularizedGammaP(a, x) - p
            if f == 0 { return x }
            if f < 0 { low = x } else { high = x }
            let density = exp((a - 1) * log(x) - x - logNormaliser)
            var next = density > 0 ? x - f / density : .nan
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - x) <= 1e-14 * max(1, abs(x)) { return next }
            x = next
            if high - low <= 1e-14 * max(1, high) { break }
        }
        return x
    }

    /// The `p` quantile of the standard normal distribution (Acklam's rational approximation, |error| < 1.2e-9).
    public static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "probability out of range")
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01,
            2.506628277459239e+00,
        ]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00,
            2.938163982698783e+00,
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let lowTail = 0.02425
        if p < lowTail {
            let q = (-2 * log(p)).squareRoot()
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        if p > 1 - lowTail {
            let q = (-2 * log(1 - p)).squareRoot()
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let q = p - 0.5
        let r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }
}
