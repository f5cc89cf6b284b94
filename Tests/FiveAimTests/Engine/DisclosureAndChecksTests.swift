import Testing
@testable import FiveAim

/// Disclosure control for committee and research audiences, and the convention rules.
struct DisclosureAndChecksTests {
    static func report(_ audience: Audience, threshold: Int64 = 5, ids: [String]) -> [IndicatorResult] {
        IndicatorEngine(catalogue: EngineFixture.catalogue).report(EngineFixture.small, request: IndicatorRequest(
            periods: [.year(2025)], indicatorIDs: ids, disclosure: DisclosurePolicy(audience: audience, threshold: threshold))).results
    }

    @Test("the network's own audience sees every figure")
    func networkAudience() {
        #expect(Self.report(.network, ids: ["remote_share"]).allSatisfy { $0.status == .ok })
    }

    @Test("a numerator from 1 to 4 suppresses the result and empties its numbers, with complementary suppression")
    func committeeSuppression() throws {
        let results = Self.report(.committee, ids: ["remote_share"])
        // NETB has 1 remote session (primary); NETA's 3 would then reveal it through BE's 4 (complementary).
        let byNetwork = Dictionary(uniqueKeysWithValues: results.map { ($0.network, $0) })
        let netB = try #require(byNetwork["NETB"])
        #expect(netB.status == .suppressed)
        #expect(netB.numerator == nil && netB.denominator == nil && netB.value == nil && netB.ciLow == nil)
        #expect(byNetwork["NETA"]?.status == .suppressed)
        #expect(byNetwork["BE"]?.status == .suppressed)
        let csv = IndicatorCSVWriter.write(results)
        #expect(csv.contains("remote_share,1,NETB,2025,,,,,,proportion,suppressed\n"))
    }

    @Test("the threshold is configurable")
    func threshold() {
        let results = Self.report(.research, threshold: 2, ids: ["remote_share"])
        // Only the count 1 is small; NETA (3) is hidden as its complement, and the BE total 4 then reveals neither.
        #expect(results.first { $0.network == "NETB" }?.status == .suppressed)
        #expect(results.first { $0.network == "NETA" }?.status == .suppressed)
        #expect(results.first { $0.network == "BE" }?.status == .ok)
        #expect(Self.report(.research, threshold: 1, ids: ["remote_share"]).allSatisfy { $0.status == .ok })
    }

    @Test("selecting one network cannot undo suppression computed over all networks")
    func selectionAfterSuppression() {
        let results = IndicatorEngine(catalogue: EngineFixture.catalogue).report(EngineFixture.small, request: IndicatorRequest(
            periods: [.year(2025)], networks: .network("NETA"), indicatorIDs: ["remote_share"],
            disclosure: DisclosurePolicy(audience: .committee))).results
        #expect(results.map(\.network) == ["NETA"])
        #expect(results.first?.status == .suppressed)
    }

    @Test("checks report each rule's breaches with the article, and notes rules a missing table prevents")
    func checks() {
        let findings = ConventionChecks.evaluate(EngineFixture.small, catalogue: EngineFixture.catalogue, years: [2025])
        // The fixture's activity runs from February to June 2025: findings on monthly tables say so.
        #expect(ChecksCSVWriter.write(findings) == """
            rule,network,year,severity,observed,limit,article,message
            care_budget_not_exceeded,NETA,2025,error,8085.50,1300.00,art. 14 §5,Net care spending does not exceed the year's care budget lines — 2025 figures cover February–June only
            care_budget_not_exceeded,NETB,2025,error,953.59,500.00,art. 14 §5,Net care spending does not exceed the year's care budget lines — 2025 figures cover February–June only
            first_session_within_30_days,NETA,2025,warning,0.7500,0.8000,art. 5 §2 B i,The first session takes place within a month of the request (the network's target) — 2025 figures cover February–June only
            first_session_within_30_days,NETB,2025,warning,0.2500,0.8000,art. 5 §2 B i,The first session takes place within a month of the request (the network's target) — 2025 figures cover February–June only
            function3_budget_share,NETA,2025,error,3.5054,0.4500,art. 14 §3,Net function 3 spending is at most 45 % of the care-base line — 2025 figures cover February–June only
            hospital_administration_cap,all,2025,note,,,art. 14 §2 7°,not evaluated: missing table operating_costs
            implementation_pay_cap,all,2025,note,,,art. 14 §2 10° b,not evaluated: missing table operating_costs
            operating_costs_within_line,all,2025,note,,,art. 14 §2,not evaluated: missing table operating_costs

            """)
    }

    @Test("the wait target can be changed")
    func waitTarget() {
        let findings = ConventionChecks.evaluate(EngineFixture.small, catalogue: EngineFixture.catalogue, years: [2025],
                                                 limits: ["first_session_within_30_days": 0.5])
        #expect(findings.filter { $0.rule == "first_session_within_30_days" }.map(\.network) == ["NETB"])
    }
}
