import Foundation

/// One network's point on a funnel plot: a count of events out of a count of trials.
public struct FunnelPoint: Sendable, Hashable {
    /// The network code.
    public var network: String
    /// The numerator (events).
    public var numerator: Int64
    /// The denominator (trials); positive.
    public var denominator: Int64

    /// Creates a point; `denominator` must be positive and not below `numerator`.
    public init(network: String, numerator: Int64, denominator: Int64) {
        precondition(denominator > 0 && numerator >= 0 && numerator <= denominator, "a funnel point is a proportion of counts")
        self.network = network
        self.numerator = numerator
        self.denominator = denominator
    }

    /// numerator ÷ denominator.
    public var proportion: Double { Double(numerator) / Double(denominator) }
}

/// The overdispersion estimate of a set of proportions (Spiegelhalter, Qual Saf Health Care 2005;14:347–351), additive
/// random-effects form on the arcsine–square-root scale.
///
/// z_i = (asin √y_i − asin √θ₀) · 2 √n_i; the z-scores are winsorised at 10 % (those below the 10th percentile set to it,
/// those above the 90th to it, percentiles by linear interpolation); φ = Σ z_w² / I. The DerSimonian–Laird moment
/// estimate τ² = (I φ − (I − 1)) / (Σ w_i − Σ w_i² / Σ w_i), w_i = 4 n_i, is truncated at 0: the adjustment is *needed*
/// when I φ > I − 1 (φ above (I − 1) / I, what pure binomial scatter around an estimated target gives on average).
public struct OverdispersionEstimate: Sendable, Hashable {
    /// The number of networks I the estimate rests on.
    public var networks: Int
    /// The winsorised dispersion ratio φ (1 when the proportions vary no more than binomially).
    public var phi: Double
    /// (I − 1) / I: the φ above which τ² is positive and the limits are widened.
    public var phiLimit: Double
    /// Whether the adjustment is applied (τ² > 0, i.e. I φ > I − 1).
    public var needed: Bool
    /// The between-network variance τ² on the arcsine–square-root scale (0 when not needed).
    public var tau2: Double

    /// The fraction winsorised at each end.
    public static let winsorisedFraction = 0.1

    /// The estimate for `points` around `target`; nil with fewer than three networks (too few to tell noise from spread).
    public static func estimate(_ points: [FunnelPoint], target: Double) -> OverdispersionEstimate? {
        guard points.count >= 3, target > 0, target < 1 else { return nil }
        let centre = asin(target.squareRoot())
        let z = points.map { (asin($0.proportion.squareRoot()) - centre) * 2 * Double($0.denominator).squareRoot() }
        let count = Double(points.count)
        let phi = winsorised(z, fraction: winsorisedFraction).reduce(0) { $0 + $1 * $1 } / count
        let degrees = count - 1
        let weights = points.map { 4 * Double($0.denominator) }
        let sum = weights.reduce(0, +)
        let sumOfSquares = weights.reduce(0) { $0 + $1 * $1 }
        let spread = sum - sumOfSquares / sum
        let tau2 = count * phi > degrees && spread > 0 ? (count * phi - degrees) / spread : 0
        return OverdispersionEstimate(networks: points.count, phi: phi, phiLimit: degrees / count, needed: tau2 > 0, tau2: tau2)
    }

    /// `values` with those below the `fraction` percentile raised to it and those above the 1 − `fraction` percentile
    /// lowered to it (percentiles by linear interpolation between order statistics, R's type 7); order kept.
    public static func winsorised(_ values: [Double], fraction: Double) -> [Double] {
        guard values.count > 1 else { return values }
        let sorted = values.sorted()
        func percentile(_ p: Double) -> Double {
            let position = p * Double(sorted.count - 1)
            let below = Int(position.rounded(.down))
            let above = min(below + 1, sorted.count - 1)
            return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
        }
        let low = percentile(fraction), high = percentile(1 - fraction)
        return values.map { min(high, max(low, $0)) }
    }
}

/// The control limits of a funnel plot at one denominator: 95 % and 99.8 %.
public struct FunnelLimits: Sendable, Hashable {
    /// Lower 95 % limit (2.5 % below).
    public var low95: Double
    /// Upper 95 % limit (2.5 % above).
    public var high95: Double
    /// Lower 99.8 % limit (0.1 % below).
    public var low998: Double
    /// Upper 99.8 % limit (0.1 % above).
    public var high998: Double
}

/// A funnel plot's statistics: the target proportion, whether limits are exact binomial or adjusted for
/// overdispersion, and the limits and z-score at any denominator.
public struct FunnelModel: Sendable, Hashable {
    /// The target θ₀: the pooled proportion Σ numerators ÷ Σ denominators of the networks compared.
    public var target: Double
    /// The overdispersion estimate (nil: fewer than three networks).
    public var overdispersion: OverdispersionEstimate?

    /// The standard normal quantiles of the two limit pairs.
    public static let z95 = Statistics.z975
    /// The 0.999 quantile of the standard normal distribution.
    public static let z998 = 3.090232306167813

    /// The model of `points`: target, then overdispersion; nil without points, or when every point is at 0 % or every
    /// one at 100 % (no spread to compare: e.g. people aged 65+ in child networks).
    public init?(points: [FunnelPoint]) {
        let events = points.reduce(Int64(0)) { $0 + $1.numerator }
        let trials = points.reduce(Int64(0)) { $0 + $1.denominator }
        guard trials > 0, events > 0, events < trials else { return nil }
        target = Double(events) / Double(trials)
        overdispersion = OverdispersionEstimate.estimate(points, target: target)
    }

    /// Whether the limits are the overdispersion-adjusted ones.
    public var adjusted: Bool { overdispersion?.needed ?? false }

    /// The limits at denominator `n`: exact binomial (Spiegelhalter's interpolated quantiles) when no adjustment is
    /// needed; else sin²(asin √θ₀ ± z · √(1 / 4n + τ²)), bounded to [0, 1].
    public func limits(at n: Int64) -> FunnelLimits {
        precondition(n > 0, "limits need a positive denominator")
        if target <= 0 || target >= 1 {
            return FunnelLimits(low95: target, high95: target, low998: target, high998: target)
        }
        if let overdispersion, overdispersion.needed {
            let centre = asin(target.squareRoot())
            let spread = (1 / (4 * Double(n)) + overdispersion.tau2).squareRoot()
            func back(_ angle: Double) -> Double {
                let bounded = min(Double.pi / 2, max(0, angle))
                return sin(bounded) * sin(bounded)
            }
            return FunnelLimits(
                low95: back(centre - Self.z95 * spread), high95: back(centre + Self.z95 * spread),
                low998: back(centre - Self.z998 * spread), high998: back(centre + Self.z998 * spread))
        }
        return FunnelLimits(
            low95: Binomial.controlLimit(0.025, denominator: n, target: target),
            high95: Binomial.controlLimit(0.975, denominator: n, target: target),
            low998: Binomial.controlLimit(0.001, denominator: n, target: target),
            high998: Binomial.controlLimit(0.999, denominator: n, target: target))
    }

    /// The z-score of `point` on the arcsine–square-root scale: (asin √y − asin √θ₀) ÷ √(1 / 4n + τ²), τ² = 0 unless adjusted.
    public func zScore(_ point: FunnelPoint) -> Double? {
        guard target > 0, target < 1 else { return nil }
        let tau2 = adjusted ? overdispersion?.tau2 ?? 0 : 0
        let spread = (1 / (4 * Double(point.denominator)) + tau2).squareRoot()
        return (asin(point.proportion.squareRoot()) - asin(target.squareRoot())) / spread
    }
}
