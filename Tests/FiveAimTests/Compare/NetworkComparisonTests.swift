import Foundation
import Testing

@testable import FiveAim
@testable import FiveAimDemo

/// `fiveaim compare` on the demo dataset: the planted outliers stand out after the overdispersion adjustment, little
/// else does, groups and disclosure hold, and every figure traces back to its numerator and denominator.
struct NetworkComparisonTests {
    static let years = [2024, 2025, 2026]

    static let byYear: [Int: NetworkComparison] = Dictionary(
        uniqueKeysWithValues: years.map { year in
            (
                year,
                year == 2025
                    ? CompareFixture.comparison : CompareFixture.engine.compare(CompareFixture.demo, request: ComparisonRequest(year: year))
            )
        })

    @Test(arguments: years)
    func thePlantedOutliersAreFlaggedAfterTheOverdispersionAdjustment(year: Int) throws {
        let comparison = try #require(Self.byYear[year])
        for planted in CompareFixture.planted {
            let indicator = try #require(comparison.indicators.first { $0.definition.id == planted.indicator })
            #expect(indicator.kind == .funnel)
            let panel = try #require(indicator.panel(planted.group, year: year))
            #expect(panel.funnel?.adjusted == true, "\(planted.indicator) \(year): the networks vary more than binomially")
            let row = try #require(panel.rows.first { $0.network == planted.network })
            #expect(row.outlier == planted.side, "\(planted.indicator) \(planted.network) \(year): z \(row.zScore ?? .nan)")
        }
    }

    @Test(arguments: years)
    func atMostOneOtherNetworkPerIndicatorLiesBeyondTheOuterLimits(year: Int) throws {
        let comparison = try #require(Self.byYear[year])
        var funnels = 0
        for indicator in comparison.indicators where indicator.kind == .funnel {
            for group in comparison.groups {
                guard let panel = indicator.panel(group, year: year), panel.funnel != nil else { continue }
                funnels += 1
                let others = panel.outliers.filter { row in
                    !CompareFixture.planted.contains { $0.indicator == indicator.definition.id && $0.network == row.network }
                }
                #expect(others.count <= 1, "\(indicator.definition.id) \(group) \(year): \(others.map(\.network))")
            }
        }
        #expect(funnels >= 30)
    }

    @Test func theGermanSpeakingNetworkIsComparedWithTheAdultsUnlessAllAreOneGroup() throws {
        let comparison = CompareFixture.comparison
        #expect(comparison.groups == [.adult, .child])
        let indicator = try #require(comparison.indicators.first { $0.definition.id == "outreach_share" })
        let adults = try #require(indicator.panel(.adult, year: 2025)).rows.map(\.network)
        let children = try #require(indicator.panel(.child, year: 2025)).rows.map(\.network)
        #expect(adults.count == 21 && adults.contains("COM-GER") && !adults.contains { $0.hasPrefix("EA-") })
        #expect(children.count == 11 && children.allSatisfy { $0.hasPrefix("EA-") })
        let all = CompareFixture.engine.compare(
            CompareFixture.demo,
            request: ComparisonRequest(
                year: 2025, groups: [.all],
                indicatorIDs: ["outreach_share"]))
        #expect(all.indicators.count == 1)
        #expect(all.indicators[0].panel(.all, year: 2025)?.rows.count == 32)
        #expect(all.indicators[0].panel(.adult, year: 2025) == nil)
    }

    @Test func everyFunnelFigureTracesBackToItsNumeratorAndDenominator() throws {
        for indicator in CompareFixture.comparison.indicators where indicator.kind == .funnel {
            for panel in indicator.panels {
                guard let model = panel.funnel else { continue }
                var events: Int64 = 0, trials: Int64 = 0
                for row in panel.rows where row.limits != nil {
                    let x = try #require(row.result.numerator?.count), n = try #require(row.result.denominator?.count)
                    events += x
                    trials += n
                    #expect(row.value == Double(x) / Double(n))
                    #expect(row.limits == model.limits(at: n))
                    let limits = try #require(row.limits)
                    #expect(
                        limits.low998 <= limits.low95 && limits.low95 <= model.target && model.target <= limits.high95
                            && limits.high95 <= limits.high998)
                    let outside = row.value! > limits.high998 || row.value! < limits.low998
                    #expect((row.outlier != nil) == outside)
                }
                #expect(model.target == Double(events) / Double(trials), "\(indicator.definition.id) \(panel.group) \(panel.year)")
            }
        }
    }

    @Test func disclosureControlIsTheCommitteesAndHidesEveryFigureOfASuppressedCell() {
        let comparison = CompareFixture.comparison
        #expect(comparison.disclosure == DisclosurePolicy(audience: .committee))
        for row in comparison.rows where row.result.status == .suppressed {
            #expect(row.result.numerator == nil && row.result.denominator == nil && row.value == nil)
            #expect(row.zScore == nil && row.limits == nil && row.outlier == nil && row.perThousand == nil && row.rank == nil)
        }
    }

    @Test func countsHaveRatesPerThousandOnlyWhereThePopulationIsGiven() throws {
        let indicator = try #require(CompareFixture.comparison.indicators.first { $0.definition.id == "individual_sessions" })
        #expect(indicator.kind == .ranked)
        let row = try #require(indicator.panel(.adult, year: 2025)?.rows.first { $0.network == "BRUMENTA" })
        let count = try #require(row.result.numerator?.count)
        let population = try #require(CompareFixture.demo.population?.first { $0.network == "BRUMENTA" && $0.year == 2025 }?.population)
        #expect(row.population == population)
        #expect(row.perThousand == Double(count) / Double(population) * 1000)
        #expect(row.perThousandLow! < row.perThousand! && row.perThousand! < row.perThousandHigh!)
        let interval = Statistics.poissonExact(count: count)
        #expect(row.result.ciLow == interval.low && row.result.ciHigh == interval.high && row.result.interval == .exactPoisson)
        let national = try #require(indicator.national.first { $0.year == 2025 })
        #expect(national.perThousand != nil)

        var withoutPopulation = CompareFixture.demo
        withoutPopulation.population = nil
        let bare = CompareFixture.engine.compare(
            withoutPopulation, request: ComparisonRequest(year: 2025, indicatorIDs: ["individual_sessions"]))
        #expect(bare.rows.allSatisfy { $0.perThousand == nil && $0.population == nil })
        #expect(bare.rows.contains { $0.value != nil })
    }

    @Test func rankedIndicatorsPutTheBestFirstByTheirDirection() throws {
        for (id, ascending) in [("wait_median_days", true), ("individual_sessions", false)] {
            let indicator = try #require(CompareFixture.comparison.indicators.first { $0.definition.id == id })
            let ranked = try #require(indicator.panel(.adult, year: 2025)).rows.filter { $0.rank != nil }.sorted { $0.rank! < $1.rank! }
            #expect(ranked.count > 10)
            let values = ranked.map { $0.value! }
            #expect(values == (ascending ? values.sorted() : values.sorted(by: >)), "\(id)")
            #expect(ranked.first?.rank == 1)
        }
    }

    @Test func theYearOnYearChangeIsTheDifferenceFromThePreviousYear() throws {
        let indicator = try #require(CompareFixture.comparison.indicators.first { $0.definition.id == "outreach_share" })
        let now = try #require(indicator.panel(.adult, year: 2025)?.rows.first { $0.network == "SARA" })
        let before = try #require(indicator.panel(.adult, year: 2024)?.rows.first { $0.network == "SARA" })
        #expect(now.change == now.value! - before.value!)
        #expect(before.change == nil)
        #expect(CompareFixture.comparison.years == [2024, 2025, 2026])
        #expect(CompareFixture.comparison.monthsWithActivity == [2024: 9, 2025: 12, 2026: 10])
    }
}
