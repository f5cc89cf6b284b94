import Foundation
import Testing

@testable import FiveAim

/// The statistics of the funnel plots, against values computed independently with SciPy 1.17 (`scipy.special.betainc`,
/// `scipy.stats.binom`, `numpy.quantile`, `scipy.stats.chi2`) and pasted here as literals.
struct ControlLimitTests {
    @Test(arguments: [
        (0.5, 0.5, 0.3, 0.36901011956554536),
        (2.0, 3.0, 0.4, 0.5247999999999999),
        (10.0, 20.0, 0.25, 0.16630494959787945),
        (5.0, 0.5, 0.9, 0.3166429150200122),
        (1000.0, 3001.0, 0.25, 0.5060694802327754),
        (50000.0, 150001.0, 0.2502, 0.582648699250955),
        (7.5, 120.0, 0.01, 0.00011988802782319599),
    ])
    func theRegularizedIncompleteBetaMatchesSciPy(a: Double, b: Double, x: Double, expected: Double) {
        let value = Statistics.regularizedIncompleteBeta(a: a, b: b, x: x)
        #expect(abs(value - expected) <= 1e-9 * max(1, expected) + 1e-13, "I_\(x)(\(a), \(b)) = \(value), SciPy \(expected)")
    }

    @Test func theIncompleteBetaIsZeroAndOneAtTheEnds() {
        #expect(Statistics.regularizedIncompleteBeta(a: 3, b: 4, x: 0) == 0)
        #expect(Statistics.regularizedIncompleteBeta(a: 3, b: 4, x: 1) == 1)
    }

    @Test(arguments: [
        (Int64(12), Int64(100), 0.1, 0.8018211126404327),
        (2490, 10000, 0.25, 0.4138864994188284),
        (0, 50, 0.02, 0.3641696800871171),
        (150, 180, 0.837, 0.4780672670130185),
        (30100, 180000, 0.168, 0.18961565485822868),
    ])
    func theBinomialCumulativeProbabilityMatchesSciPy(k: Int64, n: Int64, p: Double, expected: Double) {
        #expect(abs(Binomial.cdf(k, trials: n, probability: p) - expected) <= 1e-9)
    }

    @Test(arguments: [
        (0.999, Int64(10000), 0.25, Int64(2635)),
        (0.001, 10000, 0.25, 2367),
        (0.975, 37, 0.5, 24),
        (0.025, 180000, 0.837, 150353),
    ])
    func theBinomialQuantileMatchesSciPy(q: Double, n: Int64, p: Double, expected: Int64) {
        #expect(Binomial.quantile(q, trials: n, probability: p) == expected)
    }

    /// Spiegelhalter's interpolated exact limits at 0.1 %, 2.5 %, 97.5 % and 99.9 %, computed in SciPy as
    /// r = binom.ppf(q, n, p); α = (cdf(r) − q) / (cdf(r) − cdf(r − 1)); (r − α) / n. A negative SciPy value is 0 here.
    @Test(arguments: [
        (Int64(20), 0.05, [-0.04986052450912419, -0.04651311272810467, 0.14236476501690404, 0.2350598786524333]),
        (20, 0.3, [0.0014773166882814937, 0.08117650598067591, 0.4872551465951469, 0.6136996793479673]),
        (20, 0.837, [0.5130267402773888, 0.6323099346676143, 0.9561064352206008, 0.998244257408824]),
        (150, 0.05, [0.0010092164565292895, 0.014579781325400323, 0.08454441372403354, 0.10992748831313622]),
        (150, 0.3, [0.18522588458623265, 0.2244898226130819, 0.3713670295366858, 0.41587256162271535]),
        (150, 0.837, [0.7344462498145057, 0.7724737568405603, 0.8908073255377226, 0.9197072748819655]),
        (1200, 0.05, [0.031223705782118416, 0.03761106307243353, 0.06227466792123081, 0.0700513031045063]),
        (1200, 0.3, [0.25920370941749116, 0.2738071378486315, 0.3256708513800789, 0.3409172169623571]),
        (1200, 0.837, [0.8028422182549904, 0.8154119171142803, 0.8572214604635989, 0.8687235289594294]),
        (25000, 0.05, [0.04577191750256051, 0.04729532887926163, 0.05269877920315729, 0.05429065113121298]),
        (25000, 0.3, [0.2910466353884558, 0.2943070113328727, 0.3056681377689439, 0.30895886878451845]),
        (25000, 0.837, [0.8297228600607096, 0.8323885687131279, 0.8415459135022735, 0.844160237086806]),
        (180000, 0.05, [0.04841691746834268, 0.0489927509121807, 0.051006424573334236, 0.05159179556969866]),
        (180000, 0.3, [0.29666256328223206, 0.297881268528574, 0.302115279414917, 0.30333821038562564]),
        (180000, 0.837, [0.8343015280822468, 0.8352891014629568, 0.8387018027411999, 0.8396822429430354]),
    ])
    func exactControlLimitsMatchIndependentBinomialQuantiles(n: Int64, p: Double, expected: [Double]) {
        let computed = [0.001, 0.025, 0.975, 0.999].map { Binomial.controlLimit($0, denominator: n, target: p) }
        for (value, reference) in zip(computed, expected) {
            #expect(abs(value - max(0, reference)) <= 1e-9, "n \(n), p \(p): \(value), SciPy \(reference)")
        }
    }

    static let spread = [
        FunnelPoint(network: "A", numerator: 120, denominator: 1000), FunnelPoint(network: "B", numerator: 95, denominator: 1000),
        FunnelPoint(network: "C", numerator: 300, denominator: 2500), FunnelPoint(network: "D", numerator: 410, denominator: 2600),
        FunnelPoint(network: "E", numerator: 60, denominator: 800), FunnelPoint(network: "F", numerator: 250, denominator: 1500),
        FunnelPoint(network: "G", numerator: 30, denominator: 400), FunnelPoint(network: "H", numerator: 700, denominator: 5200),
    ]

    @Test func winsorisingClampsToTheTenthAndNinetiethPercentilesAsNumPyComputesThem() {
        let z = [
            -1.0502372588138353, -3.606590900900339, -1.660570910711734, 3.8765699204536643, -5.2575820783839085,
            3.887469875360152, -3.717671940270124, 0.7682385942408195,
        ]
        let expected = [
            -1.0502372588138353, -3.606590900900339, -1.660570910711734, 3.8765699204536643, -4.179644981704259,
            3.8798399069256106, -3.717671940270124, 0.7682385942408195,
        ]
        for (value, reference) in zip(OverdispersionEstimate.winsorised(z, fraction: 0.1), expected) {
            #expect(abs(value - reference) <= 1e-12)
        }
    }

    @Test func overdispersedProportionsGetTheAdditiveRandomEffectAndWiderLimits() throws {
        let model = try #require(FunnelModel(points: Self.spread))
        #expect(abs(model.target - 0.131) <= 1e-15)
        let estimate = try #require(model.overdispersion)
        #expect(estimate.networks == 8)
        #expect(abs(estimate.phi - 9.85370642419214) <= 1e-9)
        #expect(estimate.phiLimit == 7.0 / 8.0)
        #expect(estimate.needed)
        #expect(abs(estimate.tau2 - 0.0014972828945289838) <= 1e-12)
        let expected: [Int64: [Double]] = [
            500: [0.05297350854810093, 0.07784208279905706, 0.19545356474337874, 0.23699989572590446],
            3000: [0.060010447790519374, 0.08310260001395216, 0.187841359084314, 0.22415665056187722],
        ]
        for (n, reference) in expected {
            let limits = model.limits(at: n)
            for (value, target) in zip([limits.low998, limits.low95, limits.high95, limits.high998], reference) {
                #expect(abs(value - target) <= 1e-9, "n \(n)")
            }
        }
        let z = [
            -0.3972608917895526, -1.3642227083334935, -0.4154956730732975, 0.9522775339452045, -2.18473030361783,
            1.2303292034791076, -2.017480916370442, 0.13550322945963084,
        ]
        for (point, reference) in zip(Self.spread, z) { #expect(abs(model.zScore(point)! - reference) <= 1e-9) }
    }

    @Test func binomialScatterKeepsTheExactLimits() throws {
        let points = [
            FunnelPoint(network: "A", numerator: 100, denominator: 1000), FunnelPoint(network: "B", numerator: 205, denominator: 2000),
            FunnelPoint(network: "C", numerator: 48, denominator: 500), FunnelPoint(network: "D", numerator: 151, denominator: 1500),
        ]
        let model = try #require(FunnelModel(points: points))
        #expect(abs(model.target - 0.1008) <= 1e-15)
        #expect(abs(model.overdispersion!.phi - 0.028405889422929247) <= 1e-9)
        #expect(!model.adjusted)
        #expect(model.overdispersion!.tau2 == 0)
        let limits = model.limits(at: 1200)
        #expect(limits.high998 == Binomial.controlLimit(0.999, denominator: 1200, target: 0.1008))
        #expect(limits.low95 == Binomial.controlLimit(0.025, denominator: 1200, target: 0.1008))
    }

    @Test func fewerThanThreeNetworksGiveNoOverdispersionEstimate() throws {
        let model = try #require(FunnelModel(points: Array(Self.spread.prefix(2))))
        #expect(model.overdispersion == nil)
        #expect(!model.adjusted)
    }

    @Test func theOutlierSideFollowsTheIndicatorsDirection() {
        #expect(OutlierSide.side(above: true, direction: .higher) == .better)
        #expect(OutlierSide.side(above: false, direction: .higher) == .worse)
        #expect(OutlierSide.side(above: true, direction: .lower) == .worse)
        #expect(OutlierSide.side(above: false, direction: .lower) == .better)
        #expect(OutlierSide.side(above: true, direction: .neither) == .high)
        #expect(OutlierSide.side(above: false, direction: .neither) == .low)
    }
}
