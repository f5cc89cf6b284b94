import Foundation
import Testing

@testable import FiveAim

/// Every file of `Indicators/indicators/` loads into a valid definition, one test case per file.
struct CatalogueFileTests {
    static let files: [String] = {
        let folder = EngineFixture.catalogFolder + "/indicators"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test("each indicator file loads, its id is its file name, and its texts exist in every language", arguments: files)
    func indicatorFileLoads(_ name: String) throws {
        let id = String(name.dropLast(5))
        let indicator = try #require(EngineFixture.catalogue.indicator(id))
        #expect(indicator.file.hasSuffix("/indicators/" + name))
        for labels in [indicator.title, indicator.definition] {
            #expect(Set(labels.texts.keys) == Set(Language.allCases))
            #expect(labels.texts.values.allSatisfy { !$0.isEmpty })
        }
        #expect((1...5).contains(indicator.aim))
        #expect(!indicator.article.isEmpty)
    }

    @Test("the catalogue holds at least 25 indicators covering the five aims")
    func catalogueCoversTheFiveAims() {
        #expect(Self.files.count >= 25)
        #expect(EngineFixture.catalogue.indicators.count == Self.files.count)
        #expect(Set(EngineFixture.catalogue.indicators.map(\.aim)) == [1, 2, 3, 4, 5])
    }

    static let required: [(String, Int)] = [
        ("individual_sessions", 1), ("outreach_share", 1), ("home_share", 1), ("remote_share", 1), ("group_participation_share", 4),
        ("group_sessions", 4), ("mean_group_size_f1", 4), ("mean_group_size_f23", 4), ("wait_within_7d", 1), ("wait_within_30d", 1),
        ("wait_median_days", 1), ("support_mission_hours", 3), ("reach_per_1000", 1), ("bim_share", 5), ("bim_equity_ratio", 5),
        ("young_share", 5), ("function3_share_of_care_budget", 4), ("experience_satisfied_share", 2), ("reliable_improvement_rate", 1),
        ("providers_trained_share", 3), ("provider_satisfaction_share", 3),
    ]

    @Test("the issue's 21 indicators exist with their aims", arguments: required)
    func requiredIndicatorExists(_ id: String, _ aim: Int) throws {
        let indicator = try #require(EngineFixture.catalogue.indicator(id))
        #expect(indicator.aim == aim)
    }

    @Test("the outreach code set holds exactly the six individual outreach-site codes")
    func outreachCodeSet() {
        #expect(EngineFixture.catalogue.codeSets["outreach_individual"]?.codes == [726493, 726552, 726596, 726736, 726795, 726832])
        #expect(EngineFixture.catalogue.codeSets["individual_f23"]?.codes.count == 18)
    }

    @Test("the rules of checks.yaml load, each with an article")
    func rulesLoad() {
        let ids = EngineFixture.catalogue.rules.map(\.id)
        #expect(
            ids == [
                "art8_mission_share_of_line_growing", "care_budget_not_exceeded", "community_group_size", "concertation_plausible",
                "f2_sessions_within_cap", "f3_sessions_within_average", "first_session_within_30_days", "function3_budget_share",
                "group_size_f23", "hospital_administration_cap", "implementation_pay_cap", "operating_costs_within_line",
                "trajectory_fees_plausible",
            ])
        #expect(EngineFixture.catalogue.rules.allSatisfy { !$0.article.isEmpty })
        // Session caps per target group (art. 5 §2 B d–e); the German-speaking network (all ages) gets the higher figure, 10.
        let caps = EngineFixture.catalogue.rules.filter { $0.id.hasPrefix("f2_") || $0.id.hasPrefix("f3_") }.map(\.limit)
        let expected = RuleLimit.byTargetGroup(
            adult: ExactDecimal(significand: 8, scale: 0), child: ExactDecimal(significand: 10, scale: 0),
            all: ExactDecimal(significand: 10, scale: 0))
        #expect(caps == [expected, expected])
        #expect(EngineFixture.catalogue.rules.first { $0.id == "art8_mission_share_of_line_growing" }?.fromYear == 2026)
    }

    @Test("a missing optional table names the indicators it disables")
    func indicatorsRequiringATable() {
        #expect(
            EngineFixture.catalogue.indicatorIDs(requiring: .workforce) == [
                "intervision_per_provider", "provider_satisfaction_share", "providers_trained_share",
            ])
        let operating = ["hospital_administration_costs", "implementation_pay_share_of_operating", "operating_budget_use"]
        #expect(EngineFixture.catalogue.indicatorIDs(requiring: .operatingCosts) == operating)
        #expect(EngineFixture.catalogue.disabledIndicators(for: EngineFixture.small) == [.operatingCosts: operating])
    }
}
