import Testing

@testable import FiveAim

/// Disclosure control for committee and research audiences, and the convention rules.
struct DisclosureAndChecksTests {
    static func report(_ audience: Audience, threshold: Int64 = 5, ids: [String]) -> [IndicatorResult] {
        IndicatorEngine(catalogue: EngineFixture.catalogue).report(
            EngineFixture.small,
            request: IndicatorRequest(
                periods: [.year(2025)], indicatorIDs: ids, disclosure: DisclosurePolicy(audience: audience, threshold: threshold))
        ).results
    }

    @Test("the network's own audience sees every figure")
    func networkAudience() {
        #expect(Self.report(.network, ids: ["remote_share"]).allSatisfy { $0.status == .ok })
    }

    @Test("a numerator from 1 to 4 suppresses the result and empties its numbers")
    func committeeSuppression() throws {
        let results = Self.report(.committee, ids: ["remote_share"])
        // NETB has 1 remote session, NETA 3, BE 4: all three are small (primary).
        let byNetwork = Dictionary(uniqueKeysWithValues: results.map { ($0.network, $0) })
        let netB = try #require(byNetwork["NETB"])
        #expect(netB.status == .suppressed)
        #expect(netB.numerator == nil && netB.denominator == nil && netB.value == nil && netB.ciLow == nil)
        #expect(byNetwork["NETA"]?.status == .suppressed)
        #expect(byNetwork["BE"]?.status == .suppressed)
        let csv = IndicatorCSVWriter.write(results)
        #expect(csv.contains("remote_share,1,NETB,2025,,,,,,proportion,suppressed\n"))
    }

    @Test("a threshold below 5 is refused for committee and research, allowed for the network's own figures; above 5 it hides more")
    func threshold() throws {
        for audience in [Audience.committee, .research] {
            for threshold: Int64 in [1, 2, 4] {
                #expect(throws: DisclosureRefusal(audience: audience, threshold: threshold)) {
                    try DisclosurePolicy.validated(audience: audience, threshold: threshold)
                }
            }
            #expect((try? DisclosurePolicy.validated(audience: audience, threshold: 5)) == DisclosurePolicy(audience: audience))
        }
        #expect((try? DisclosurePolicy.validated(audience: .network, threshold: 1)) != nil)
        // A numerator from 5 to 9 is shown with threshold 5 and hidden with threshold 10.
        let ids = ["individual_sessions", "group_sessions", "support_mission_hours", "community_participations"]
        let exact = Self.report(.network, ids: ids)
        let target = try #require(exact.first { (5..<10).contains($0.numerator?.count ?? 0) })
        let five = Self.report(.research, ids: [target.indicator]), ten = Self.report(.research, threshold: 10, ids: [target.indicator])
        #expect(five.first { $0.network == target.network }?.status == .ok)
        #expect(ten.first { $0.network == target.network }?.status == .suppressed)
    }

    @Test("committee and research counts are rounded to 5, and proportions and intervals come from the rounded counts")
    func roundingAndRatiosFromRoundedCounts() throws {
        let exact = Self.report(.network, ids: ["individual_sessions", "wait_within_30d", "bim_session_share"])
        let published = Self.report(.research, ids: ["individual_sessions", "wait_within_30d", "bim_session_share"])
        let policy = DisclosurePolicy(audience: .research)
        for (truth, shown) in zip(exact, published) where shown.status == .ok {
            #expect(truth.indicator == shown.indicator && truth.network == shown.network)
            #expect(shown.numerator?.count == truth.numerator?.count.map(policy.rounded))
            #expect(shown.numerator!.count! % 5 == 0 && (shown.denominator?.count ?? 0) % 5 == 0)
            if let top = shown.numerator?.count, let bottom = shown.denominator?.count, bottom > 0 {
                // value × denominator gives the rounded numerator back, never the exact one.
                #expect(abs(shown.value! * Double(bottom) - Double(top)) < 1e-9)
                if shown.interval == .wilson {
                    let interval = try #require(Statistics.wilson(successes: top, trials: bottom))
                    #expect(shown.ciLow == interval.low && shown.ciHigh == interval.high)
                }
            }
        }
        #expect(published.contains { $0.status == .ok && $0.denominator != nil })
    }

    @Test("net spending for committee and research is rounded to 5 000 euros, so spending ÷ tariff gives no count back")
    func spendingIsRounded() throws {
        let exact = Self.report(.network, ids: ["net_care_spending"]), shown = Self.report(.committee, ids: ["net_care_spending"])
        for (truth, published) in zip(exact, shown) where published.status == .ok {
            guard case .money(let amount)? = published.numerator, case .money(let real)? = truth.numerator else { continue }
            #expect(amount.cents % 500_000 == 0)
            #expect(abs(amount.cents - real.cents) <= 250_000)
            #expect(published.value == Double(amount.cents) / 100)
        }
    }

    @Test("selecting one network cannot undo suppression computed over all networks")
    func selectionAfterSuppression() {
        let results = IndicatorEngine(catalogue: EngineFixture.catalogue).report(
            EngineFixture.small,
            request: IndicatorRequest(
                periods: [.year(2025)], networks: .network("NETA"), indicatorIDs: ["remote_share"],
                disclosure: DisclosurePolicy(audience: .committee))
        ).results
        #expect(results.map(\.network) == ["NETA"])
        #expect(results.first?.status == .suppressed)
    }

    @Test("checks report each rule's breaches with the article, and notes rules a missing table prevents")
    func checks() {
        let findings = ConventionChecks.evaluate(EngineFixture.small, catalogue: EngineFixture.catalogue, years: [2025])
        // The fixture's activity runs from February to June 2025: findings on monthly tables say so.
        #expect(
            ChecksCSVWriter.write(findings, reasons: TestSupport.reasons) == """
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

    @Test("findings are typed: severity, network or every network, numbers; the writers format them")
    func findingsAreTyped() throws {
        let findings = ConventionChecks.evaluate(
            EngineFixture.small, catalogue: EngineFixture.catalogue, years: [2025], language: .fr)
        let note = try #require(findings.first { $0.rule == "hospital_administration_cap" })
        #expect(note.network == .everyNetwork && note.severity == .note)
        #expect(note.outcome == .notEvaluated(.missingTable(.operatingCosts)))
        let budget = try #require(findings.first { $0.rule == "care_budget_not_exceeded" && $0.network == .network("NETA") })
        #expect(budget.severity == .error)
        guard case .breach(let observed, let limit, _) = budget.outcome else {
            Issue.record("a breach")
            return
        }
        #expect(observed == .money(Money(cents: 808_550)) && limit == .bound(.money(Money(cents: 130_000))))
        let share = try #require(findings.first { $0.rule == "function3_budget_share" })
        guard case .breach(.value(let value), .bound(.decimal(let ceiling)), _) = share.outcome else {
            Issue.record("a value against the rule's limit")
            return
        }
        #expect(DecimalText.fixed(value, decimals: 4) == "3.5054" && ceiling == ExactDecimal(significand: 45, scale: 2))
        // The notes are written in the findings' language by the writer, from the reason.* keys of Indicators/texts.fr.yaml.
        let french = try ReasonTexts.load(catalogFolder: TestSupport.catalog, language: .fr)
        #expect(
            ChecksCSVWriter.write(findings, reasons: french).contains(
                "hospital_administration_cap,all,2025,note,,,art. 14 §2 7°,non vérifiée : table « operating_costs » absente du jeu de données\n"
            ))
    }

    @Test("checks for the committee show the published (rounded, suppressed) figures, never exact small counts")
    func checksForTheCommittee() {
        let findings = ConventionChecks.evaluate(
            EngineFixture.small, catalogue: EngineFixture.catalogue, years: [2025],
            disclosure: DisclosurePolicy(audience: .committee))
        // Net care spending 8085.50 and 953.59 € round to 10 000 and 0 € (NETB's breach is no longer visible); NETA's
        // function 3 spending rounds to 5 000 € over its exact care budget (1 000 €): 5.0000 instead of 3.5054; NETA's
        // 9 first sessions within 30 days of 12 round down to 5 of 10: 0.5000 instead of 0.7500 (still under the 0.8
        // target; rounded to the nearest multiple they were 10 of 10 and the breach did not show); NETB's 1 of 4 are
        // small counts, so its share is suppressed and no wait finding is shown.
        #expect(
            ChecksCSVWriter.write(findings, reasons: TestSupport.reasons) == """
                rule,network,year,severity,observed,limit,article,message
                care_budget_not_exceeded,NETA,2025,error,10000.00,1300.00,art. 14 §5,Net care spending does not exceed the year's care budget lines — 2025 figures cover February–June only
                first_session_within_30_days,NETA,2025,warning,0.5000,0.8000,art. 5 §2 B i,The first session takes place within a month of the request (the network's target) — 2025 figures cover February–June only
                function3_budget_share,NETA,2025,error,5.0000,0.4500,art. 14 §3,Net function 3 spending is at most 45 % of the care-base line — 2025 figures cover February–June only
                hospital_administration_cap,all,2025,note,,,art. 14 §2 7°,not evaluated: missing table operating_costs
                implementation_pay_cap,all,2025,note,,,art. 14 §2 10° b,not evaluated: missing table operating_costs
                operating_costs_within_line,all,2025,note,,,art. 14 §2,not evaluated: missing table operating_costs

                """)
    }

    @Test("the wait target can be changed")
    func waitTarget() {
        let findings = ConventionChecks.evaluate(
            EngineFixture.small, catalogue: EngineFixture.catalogue, years: [2025],
            limits: ["first_session_within_30_days": 0.5])
        #expect(findings.filter { $0.rule == "first_session_within_30_days" }.map(\.network) == [.network("NETB")])
    }
}
