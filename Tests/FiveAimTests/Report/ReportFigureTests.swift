import Foundation
import Testing

@testable import FiveAim

/// Every figure a report shows is the engine's, for the same network, year and audience: the HTML is read back
/// (each figure carries `data-ref="indicator|network|period|field"`) and compared with `IndicatorEngine.report`.
struct ReportFigureTests {
    static let networks = ["BRUMENTA", "COM-GER", "ADS"]

    @Test(arguments: [Audience.network, .committee], networks)
    func everyFigureInTheHTMLEqualsTheEnginesResult(audience: Audience, network: String) throws {
        let figures = audience == .network ? ReportFixture.networkFigures : ReportFixture.committeeFigures
        let engine = IndicatorEngine(catalogue: ReportFixture.catalogue)
        let year = ReportFixture.year
        let months = (year - 1...year).flatMap { y in (1...12).map { YearMonth(year: y, month: $0) } }
        let request = IndicatorRequest(
            periods: [.year(year - 1), .year(year), figures.previousPeriod] + months.map { ReportPeriod(first: $0, last: $0) },
            networks: .all, disclosure: DisclosurePolicy(audience: audience))
        var expected: [String: IndicatorResult] = [:]
        for result in engine.report(ReportFixture.demo, request: request).results {
            expected["\(result.indicator)|\(result.network)|\(result.period)"] = result
        }
        // Age-dependent figures are compared with the network's group: Σ numerators ÷ Σ denominators of the group's
        // networks (child; or adult with the German-speaking one), from the undisclosed results; the demo's pools are large.
        let undisclosed = engine.report(
            ReportFixture.demo,
            request: IndicatorRequest(
                periods: [.year(year - 1), .year(year)],
                indicatorIDs: GroupComparison.indicators))
        for group in [ComparisonGroup.adult, .child] {
            let members = Set(ReportFixture.demo.networks.filter(group.contains).map(\.code))
            for indicator in GroupComparison.indicators {
                for period in [ReportPeriod.year(year - 1), .year(year)] {
                    var pooled = undisclosed.results.first { $0.indicator == indicator && $0.period == period }!
                    var n: Int64 = 0, d: Int64 = 0
                    for result in undisclosed.results
                    where result.indicator == indicator && result.period == period
                        && members.contains(result.network) && result.status == .ok
                    {
                        if case .count(let a) = result.numerator, case .count(let b) = result.denominator { n += a; d += b }
                    }
                    pooled.network = GroupComparison.code(group)
                    pooled.status = d > 0 ? .ok : .notAvailable
                    pooled.value = d > 0 ? Double(n) / Double(d) : nil
                    pooled.numerator = .count(n)
                    pooled.denominator = .count(d)
                    expected["\(indicator)|\(pooled.network)|\(period)"] = pooled
                }
            }
        }
        for language in [Language.fr, .nl] {
            let texts = ReportFixture.resources.texts[language]!
            let html = ReportFixture.renderer.render(ReportFixture.report(network, language, figures: figures), format: .html)
            let references = ReportFixture.references(in: html)
            #expect(references.count > 150, "a report shows many figures")
            for (ref, text) in references {
                let parts = ref.split(separator: "|").map(String.init)
                try #require(parts.count == 4, "reference \(ref)")
                let result = try #require(expected["\(parts[0])|\(parts[1])|\(parts[2])"], "no engine result for \(ref)")
                check(text, field: parts[3], result: result, texts: texts, reference: ref)
            }
        }
    }

    /// Compares one shown figure with the engine's result at the precision shown.
    func check(
        _ text: String, field: String, result: IndicatorResult, texts: ReportTexts, reference: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        switch result.status {
        case .suppressed:
            #expect(text == texts[.suppressed], "\(reference): \(text)", sourceLocation: sourceLocation)
            return
        case .notAvailable where field == "value":
            #expect(text == texts[.notAvailable], "\(reference): \(text)", sourceLocation: sourceLocation)
            return
        default: break
        }
        let definition = ReportFixture.catalogue.indicator(result.indicator)!
        let style = FigureText(texts: texts, catalogue: ReportFixture.catalogue, disclosure: DisclosurePolicy(audience: .network)).style(
            definition)
        func near(_ shown: String, _ value: Double) {
            guard let number = BelgianFormat.parse(shown) else {
                Issue.record("\(reference): '\(shown)' is not a number", sourceLocation: sourceLocation)
                return
            }
            var scaled = value, tolerance = 0.5
            switch style {
            case .percent: scaled = value * 100; tolerance = 0.05
            case .decimal(let decimals): tolerance = 0.5 / pow(10, Double(decimals))
            case .count: tolerance = 0.5
            case .euros: tolerance = 0.005
            }
            #expect(
                abs(number - scaled) <= tolerance + 1e-9, "\(reference): shown \(shown), engine \(value)", sourceLocation: sourceLocation)
        }
        switch field {
        case "value":
            if result.status == .censored {
                #expect(text.hasPrefix(BelgianFormat.decimal(result.value!, decimals: 1)), "\(reference)", sourceLocation: sourceLocation)
            } else {
                near(text, result.value!)
            }
        case "numerator", "denominator":
            let quantity = field == "numerator" ? result.numerator : result.denominator
            let measure = (field == "numerator" ? definition.numerator : definition.denominator)?.measure
            switch quantity {
            case .count(let count) where (measure?.scale ?? 0) > 0:
                // A decimal measure (full-time equivalents) is summed in hundredths and shown with its decimals.
                let shown = BelgianFormat.decimal(Double(count) / measure!.divisor, decimals: measure!.scale)
                #expect(text == shown, "\(reference): \(text)", sourceLocation: sourceLocation)
            case .count(let count): #expect(text == BelgianFormat.count(count), "\(reference): \(text)", sourceLocation: sourceLocation)
            case .money(let money): #expect(text == BelgianFormat.euros(money), "\(reference): \(text)", sourceLocation: sourceLocation)
            case nil: #expect(text == texts[.notAvailable], "\(reference): \(text)", sourceLocation: sourceLocation)
            }
        case "ci":
            let bounds = text.components(separatedBy: " – ")
            #expect(bounds.count == 2, "\(reference): \(text)", sourceLocation: sourceLocation)
            if bounds.count == 2, let low = result.ciLow, let high = result.ciHigh {
                near(bounds[0], low)
                near(bounds[1], high)
            }
        default:
            Issue.record("\(reference): unknown field", sourceLocation: sourceLocation)
        }
    }

    @Test func theCommitteeVersionHidesWhatTheEngineSuppressesAndTheNetworkVersionDoesNot() throws {
        let dataset = EngineFixture.small
        let network = dataset.activity[0].network
        func html(_ audience: Audience) -> String {
            let figures = ReportFigures.compute(
                dataset, catalogue: ReportFixture.catalogue, year: 2025, disclosure: DisclosurePolicy(audience: audience),
                language: .en)
            return ReportFixture.renderer.render(ReportFixture.report(network, .fr, figures: figures, dataset: dataset), format: .html)
        }
        let committee = html(.committee), own = html(.network)
        #expect(ReportFixture.references(in: committee).contains { $0.text == "masqué" }, "the small fixture has small cells")
        #expect(!ReportFixture.references(in: own).contains { $0.text == "masqué" })
        #expect(committee.contains("Version pour le comité d’accompagnement"))
    }

    @Test func theSummaryHasFiveToEightSentencesComparingWithLastYearAndBelgium() {
        for language in [Language.fr, .nl] {
            let report = ReportFixture.report("BRUMENTA", language)
            #expect((5...8).contains(report.summary.count))
            let topics = report.summary.prefix(5)
            #expect(topics.allSatisfy { $0.fragments.contains { $0.ref?.contains("|BE|") == true } }, "each topic names the national value")
            // The short demo ends in June 2025: last year is January–June 2024, the same months.
            let previous = "|\(ReportFixture.networkFigures.previousPeriod)|"
            #expect(previous == "|2024-01/2024-06|")
            // A figure of a yearly table (reach, budget use) has no value for six months: the sentence says so.
            let none = ReportFixture.resources.texts[language]!.text(.trendNone, ["previous_year": "2024"])
            for topic in topics {
                #expect(
                    topic.fragments.contains { $0.ref?.contains(previous) == true } || topic.plain.contains(none),
                    "each topic names last year: \(topic.plain)")
            }
        }
    }
}
