import Testing

@testable import FiveAim

/// The incomplete gamma function, its inverse and the intervals built on them, against published values.
struct StatisticsTests {
    static let chiSquare: [(p: Double, degrees: Double, quantile: Double)] = [
        (0.975, 1, 5.023886), (0.025, 2, 0.050636), (0.975, 2, 7.377759), (0.5, 10, 9.341818),
        (0.025, 100, 74.221927), (0.975, 100, 129.561197), (0.95, 30, 43.772972),
    ]

    @Test("chi-square quantiles match tables to six digits", arguments: chiSquare)
    func chiSquareQuantiles(_ row: (p: Double, degrees: Double, quantile: Double)) {
        #expect(abs(Statistics.chiSquareQuantile(row.p, degrees: row.degrees) - row.quantile) < 5e-6)
    }

    @Test("the regularized gamma function and its inverse agree", arguments: [0.5, 1, 3.7, 25, 400])
    func inverseRoundTrip(_ shape: Double) {
        for p in [0.001, 0.025, 0.5, 0.975, 0.999] {
            let x = Statistics.gammaQuantile(p, shape: shape)
            #expect(abs(Statistics.regularizedGammaP(shape, x) - p) < 1e-10)
        }
        #expect(abs(Statistics.regularizedGammaP(1, 2) - (1 - 0.1353352832366127)) < 1e-14)
    }

    @Test("exact Poisson intervals match published values")
    func poisson() {
        let zero = Statistics.poissonExact(count: 0)
        #expect(zero.low == 0)
        #expect(abs(zero.high - 3.688879) < 1e-5)
        let one = Statistics.poissonExact(count: 1)
        #expect(abs(one.low - 0.025318) < 1e-5)
        #expect(abs(one.high - 5.571643) < 1e-5)
        let ten = Statistics.poissonExact(count: 10)
        #expect(abs(ten.low - 4.795389) < 1e-5)
        #expect(abs(ten.high - 18.390356) < 1e-5)
    }

    @Test("Wilson intervals match published values and stay within 0 and 1")
    func wilson() throws {
        let interval = try #require(Statistics.wilson(successes: 81, trials: 263))
        #expect(abs(interval.low - 0.2553) < 1e-4)
        #expect(abs(interval.high - 0.3662) < 1e-4)
        let none = try #require(Statistics.wilson(successes: 0, trials: 10))
        #expect(none.low == 0)
        #expect(Statistics.wilson(successes: 1, trials: 0) == nil)
    }

    @Test("the histogram median interpolates inside buckets and censors at 91")
    func histogramMedian() {
        #expect(IndicatorEngine.histogramMedian([1, 1, 0, 0, 0, 0]).value == 8)
        #expect(IndicatorEngine.histogramMedian([0, 0, 0, 0, 2, 0]).value == 76)
        #expect(IndicatorEngine.histogramMedian([1, 0, 0, 0, 0, 2]) == (91, true))
    }

    @Test("decimals are written with a point, rounded half away from zero, never as -0")
    func decimalText() {
        #expect(DecimalText.fixed(0.1234565) == "0.123457")
        #expect(DecimalText.fixed(-0.0000001) == "0.000000")
        #expect(DecimalText.fixed(12345.5, decimals: 0) == "12346")
        #expect(DecimalText.fixed(3) == "3.000000")
    }
}
