import Testing

@testable import FiveAim

/// Every target says who sets it; only a target with an article is the convention's (issue 14).
struct CatalogueTargetTests {
    /// `BrokenCatalogueTests.valid` with a target block after `better:` (line 13 `target:`, 14 `min`, 15 `set_by`, 16 …).
    static func indicator(target: String) -> String {
        BrokenCatalogueTests.valid.replacingOccurrences(of: "better: higher\n", with: "better: higher\ntarget:\n" + target)
    }

    func load(_ text: String) -> (Catalogue?, [String]) {
        do {
            let catalogue = try CatalogueLoader.load(
                catalogue: .init(path: "catalog.yaml", text: BrokenCatalogueTests.catalogueText),
                indicators: [.init(path: "indicators/sessions.yaml", text: text)],
                rules: nil, reference: EngineFixture.reference)
            return (catalogue, [])
        } catch {
            return (nil, error.diagnostics.map(DiagnosticPrinter.format))
        }
    }

    @Test func aConventionTargetCarriesItsArticle() {
        let (catalogue, problems) = load(Self.indicator(target: "  min: 10\n  set_by: convention\n  article: art. 5 §1 i\n"))
        #expect(problems == [])
        #expect(catalogue?.indicator("sessions")?.target == IndicatorTarget(min: 10, max: nil, setBy: .convention, article: "art. 5 §1 i"))
    }

    @Test func aConventionTargetWithoutAnArticleIsRefused() {
        let (_, problems) = load(Self.indicator(target: "  min: 10\n  set_by: convention\n"))
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("indicators/sessions.yaml:16:") == true, "\(problems)")
        #expect(
            problems.first?.contains("[FA1011] key 'target.article' is missing; a target set_by convention must quote its article") == true)
    }

    @Test func aNetworkOrCommitteeTargetIsNotTheConventionsAndCarriesNoArticle() {
        let (network, none) = load(Self.indicator(target: "  min: 0.8\n  set_by: network\n"))
        #expect(none == [])
        #expect(network?.indicator("sessions")?.target?.setBy == .network)
        #expect(network?.indicator("sessions")?.target?.article == nil)
        let (_, problems) = load(Self.indicator(target: "  min: 1\n  set_by: committee\n  article: art. 3\n"))
        #expect(
            problems == [
                "indicators/sessions.yaml:18:12: error: [FA1013] key 'target.article': a target set_by committee is not the convention's; remove the article or set_by convention"
            ])
    }

    @Test func aTargetWithoutSetByOrWithAnUnknownSetterIsRefused() {
        let (_, missing) = load(Self.indicator(target: "  min: 10\n"))
        #expect(missing.count == 1)
        #expect(missing.first?.contains("[FA1011] key 'target.set_by'") == true, "\(missing)")
        let (_, unknown) = load(Self.indicator(target: "  min: 10\n  set_by: convnetion\n  article: art. 5\n"))
        #expect(
            unknown.first?.contains("'convnetion' is not one of convention, network, committee (did you mean 'convention'?)") == true,
            "\(unknown)")
    }

    @Test func everyShippedTargetThatIsNotTheConventionsIsLabelledAsTheNetworksOrTheCommittees() {
        // The convention names no percentage of first sessions within 30 days, no median, no equity ratio (art. 5 §2 B i
        // sets "une semaine à un mois"); its figures are the 45 % (art. 14 §3), the group sizes (art. 5 §1 i, §2 A b) and the
        // budget ceilings (art. 14 §2, §5).
        let targets = Dictionary(uniqueKeysWithValues: EngineFixture.catalogue.indicators.compactMap { d in d.target.map { (d.id, $0) } })
        #expect(targets["wait_within_30d"]?.setBy == .network)
        #expect(targets["wait_median_days"]?.setBy == .network)
        #expect(targets["bim_equity_ratio"]?.setBy == .committee)
        #expect(targets["function3_share_of_care_budget"]?.article == "art. 14 §3")
        #expect(targets["mean_group_size_f1"]?.article == "art. 5 §1 i")
        #expect(targets["mean_group_size_f23"]?.article == "art. 5 §2 A b")
        #expect(targets["care_budget_use"]?.article == "art. 14 §5")
        #expect(targets["operating_budget_use"]?.article == "art. 14 §2")
        // The rules' bounds carry their own article: 727230 (art. 14 §2 7°), 727285 (10° b), trajectory fees (art. 15 §2 1°),
        // concertation (art. 15 §2 4°).
        #expect(targets["hospital_administration_costs"]?.article == "art. 14 §2 7°")
        #expect(targets["implementation_pay_share_of_operating"]?.article == "art. 14 §2 10° b")
        #expect(targets["trajectory_fees_per_beneficiary"]?.article == "art. 15 §2 1°")
        #expect(targets["concertation_per_beneficiary"]?.article == "art. 15 §2 4°")
        #expect(targets.count == 12)
        for (id, target) in targets { #expect((target.setBy == .convention) == (target.article != nil), "\(id)") }
    }
}
