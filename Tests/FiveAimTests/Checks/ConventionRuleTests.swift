import Foundation
import Testing

@testable import FiveAim

/// The rules of issue 14 (`Indicators/checks.yaml`), each firing on a constructed case and silent on its neighbour.
/// Tariffs: only 2024 is shipped, so 2025 and 2026 are priced at 2024 tariffs: a mission hour (726950) is 86.69 €.
struct ConventionRuleTests {
    static let networks = """
        network,name,target_group,region
        NETA,Adult test network,adult,VL
        NETB,Child test network,child,W
        NETC,Child test network two,child,BXL
        NETG,German-speaking test network,all,DG

        """

    /// Reads `files` (plus networks.csv) validated at `runMonth`, and checks `years` with the shipped rules.
    static func findings(
        _ files: [String: String], years: [Int], runMonth: YearMonth = YearMonth(year: 2027, month: 1),
        language: Language = .en
    ) throws -> [CheckFinding] {
        let folder = try TestSupport.dataset(files.merging(["networks.csv": networks]) { first, _ in first })
        let dataset = try DatasetReader.read(
            directory: folder, reference: TestSupport.reference,
            options: DatasetReadOptions(problemLimit: 5, runMonth: runMonth))
        return ConventionChecks.evaluate(dataset, catalogue: EngineFixture.catalogue, years: years, language: language)
    }

    static func of(_ rule: String, _ findings: [CheckFinding]) -> [CheckFinding] { findings.filter { $0.rule == rule } }

    // MARK: 2026 art. 8 rule (amendment art. 2, art. 14 §1 b a.)

    /// Full years 2025 and 2026, art. 8 line 10,000.00 € every year for every network.
    static let art8Budget = """
        network,year,line,amount_eur
        NETA,2025,art8_outreach,10000.00
        NETA,2026,art8_outreach,10000.00
        NETB,2025,art8_outreach,10000.00
        NETB,2026,art8_outreach,10000.00
        NETC,2025,art8_outreach,10000.00
        NETC,2026,art8_outreach,10000.00

        """

    @Test(
        "art. 8 line: a share of the line that grows is not flagged though its share of net care falls; a falling one is; zero missions are"
    )
    func art8ShareOfTheLine() throws {
        // NETA 2025: 100 mission hours = 8,669.00 €, 400 function 2 sessions (24-64, no BIM) at 86.69 − 11.00 = 75.69 € = 30,276.00 €.
        //   share of the line 8,669.00 / 10,000.00 = 0.8669; share of net care 8,669.00 / 38,945.00 = 0.2226.
        // NETA 2026: 110 h = 9,535.90 €, 600 sessions = 45,414.00 €: share of the line 0.9536 (grows),
        //   share of net care 9,535.90 / 54,949.90 = 0.1735 (falls): NOT flagged (the old rule flagged it).
        // NETB (child: no co-payment) 2025: 100 h = 8,669.00 € (0.8669) and 400 sessions at 86.69 € = 34,676.00 €;
        //   2026: 90 h = 7,802.10 € (0.7802) and no session (share of net care 0.2 → 1): flagged, observed 0.7802, limit > 0.8669.
        // NETC 2025: 50 h; 2026: no mission hour, 10 sessions: flagged as zero mission spending.
        let activity = """
            network,month,pseudocode,age_band,bim,units
            NETA,2025-01,726950,unknown,unknown,100
            NETA,2025-01,726530,24-64,no,400
            NETA,2026-12,726950,unknown,unknown,110
            NETA,2026-12,726530,24-64,no,600
            NETB,2025-01,726950,unknown,unknown,100
            NETB,2025-01,726530,12-14,no,400
            NETB,2026-12,726950,unknown,unknown,90
            NETC,2025-06,726950,unknown,unknown,50
            NETC,2026-06,726530,12-14,no,10

            """
        let findings = Self.of(
            "art8_mission_share_of_line_growing",
            try Self.findings(["activity.csv": activity, "budget.csv": Self.art8Budget], years: [2025, 2026]))
        #expect(findings.map(\.networkText) == ["NETB", "NETC"])
        #expect(
            findings.allSatisfy { $0.year == 2026 && $0.severity == .warning && $0.article == "avenant 2026 art. 2 (art. 14 §1 b a.)" })
        #expect(findings.first?.observedText == "0.7802" && findings.first?.limitText == "> 0.8669")
        #expect(findings.last?.observedText == "0.0000" && findings.last?.limitText == "> 0")
        // The network's share of net care spending (the indicator the old rule read) falls for NETA: the rule must not read it.
        #expect(!(findings.map(\.networkText).contains("NETA")))
    }

    @Test("art. 8 line, partial year: January–October of both years, the yearly line prorated by 10/12, the months named")
    func art8PartialYear() throws {
        // Data from 2025-01 to 2026-10 (run month 2026-11): the shared months are January–October.
        // NETA 2025: 60 h in March (5,201.40 €) and 40 h in November; 2026: 70 h in March (6,068.30 €).
        //   Jan–Oct: 5,201.40 / (10,000.00 × 10/12) = 0.6242 → 6,068.30 / 8,333.33 = 0.7282: grows, not flagged
        //   (over whole calendar years it would read 8,669.00 → 6,068.30 and be flagged).
        // NETB 2025: 60 h in March; 2026: 50 h in March (4,334.50 €): 0.6242 → 4,334.50 × 12 / 100,000.00 = 0.5201: flagged.
        let activity = """
            network,month,pseudocode,age_band,bim,units
            NETA,2025-01,726530,24-64,no,10
            NETA,2025-03,726950,unknown,unknown,60
            NETA,2025-11,726950,unknown,unknown,40
            NETA,2026-03,726950,unknown,unknown,70
            NETA,2026-10,726530,24-64,no,10
            NETB,2025-03,726950,unknown,unknown,60
            NETB,2026-03,726950,unknown,unknown,50

            """
        let files = ["activity.csv": activity, "budget.csv": Self.art8Budget]
        let findings = Self.of(
            "art8_mission_share_of_line_growing", try Self.findings(files, years: [2026], runMonth: YearMonth(year: 2026, month: 11)))
        #expect(findings.map(\.networkText) == ["NETB", "NETC"])
        let netB = try #require(findings.first)
        #expect(netB.observedText == "0.5201" && netB.limitText == "> 0.6242")
        #expect(
            netB.message.contains(
                "compared over the same months (January–October 2026 and January–October 2025), the yearly budget line prorated to 10/12"))
        let french = Self.of(
            "art8_mission_share_of_line_growing",
            try Self.findings(files, years: [2026], runMonth: YearMonth(year: 2026, month: 11), language: .fr))
        #expect(french.first?.message.contains("comparé sur les mêmes mois (janvier–octobre 2026 et janvier–octobre 2025)") == true)
    }

    // MARK: Session caps (art. 5 §2 B d–e)

    @Test("session caps: f2 mean above 8 (adult) / 10 (child), f3 mean above the average 8 / 10; the German-speaking network at 10")
    func sessionCaps() throws {
        // f2: 726530 (function 2, practice); f3: 726773 (function 3, practice). 100 beneficiaries in each function.
        // NETA adult:  f2 900 / 100 = 9.00 > 8 → flagged;  f3 800 / 100 = 8.00, not above 8 → silent (exact boundary).
        // NETB child:  f2 900 / 100 = 9.00 ≤ 10 → silent;  f3 1,010 / 100 = 10.10 > 10 → flagged.
        // NETG all:    f2 900 / 100 = 9.00 ≤ 10 → silent (an adult network would be flagged); f3 1,001 / 100 = 10.01 > 10 → flagged.
        let activity = """
            network,month,pseudocode,age_band,bim,units
            NETA,2025-05,726530,24-64,no,900
            NETA,2025-05,726773,24-64,no,800
            NETB,2025-05,726530,12-14,no,900
            NETB,2025-05,726773,12-14,no,1010
            NETG,2025-05,726530,24-64,no,900
            NETG,2025-05,726773,24-64,no,1001

            """
        var beneficiaries = "network,year,function,age_band,bim,beneficiaries\n"
        for (network, band) in [("NETA", "24-64"), ("NETB", "12-14"), ("NETG", "24-64")] {
            beneficiaries += "\(network),2025,2,\(band),no,100\n\(network),2025,3,\(band),no,100\n\(network),2025,all,\(band),no,150\n"
        }
        let findings = try Self.findings(["activity.csv": activity, "beneficiaries.csv": beneficiaries], years: [2025])
        let f2 = Self.of("f2_sessions_within_cap", findings), f3 = Self.of("f3_sessions_within_average", findings)
        #expect(f2.map(\.networkText) == ["NETA"])
        #expect(f2.first?.observedText == "9.0000" && f2.first?.limitText == "8.0000" && f2.first?.severity == .warning)
        #expect(
            f2.first?.message.contains("the cap runs per 12-month period from the first session (art. 9, 1°), not per calendar year")
                == true)
        #expect(f3.map(\.networkText) == ["NETB", "NETG"])
        #expect(f3.map(\.limitText) == ["10.0000", "10.0000"] && f3.map(\.observedText) == ["10.1000", "10.0100"])
        #expect(f3.allSatisfy { $0.article == "art. 5 §2 B e" })
    }

    @Test("2024 findings say the figures cover April–December (art. 21); operating-cost findings, invoiced for the whole year, do not")
    func the2024Note() throws {
        // NETA 2024: f2 900 / 100 = 9.00 > 8 → flagged, with the 2024 note; 727230 invoiced 30,000.01 € → flagged, no note.
        let activity = "network,month,pseudocode,age_band,bim,units\nNETA,2024-05,726530,24-64,no,900\n"
        let beneficiaries = "network,year,function,age_band,bim,beneficiaries\nNETA,2024,2,24-64,no,100\nNETA,2024,all,24-64,no,100\n"
        let costs = "network,month,pseudocode,amount_eur\nNETA,2024-05,727230,30000.01\n"
        let findings = try Self.findings(
            ["activity.csv": activity, "beneficiaries.csv": beneficiaries, "operating_costs.csv": costs],
            years: [2024], runMonth: YearMonth(year: 2026, month: 11))
        let f2 = try #require(Self.of("f2_sessions_within_cap", findings).first)
        #expect(f2.message.contains("2024 figures cover April–December: the codes of functions 1–3 start in April 2024 (art. 21)"))
        let hospital = try #require(Self.of("hospital_administration_cap", findings).first)
        #expect(!hospital.message.contains("April"))
    }

    // MARK: Operating costs (art. 14 §2)

    @Test("operating costs: within the line (error), 727230 at most 30,000 € (7°), 727285 at most 5 % of the line (10° b), to the cent")
    func operatingCosts() throws {
        // Operating line 100,000.00 € for both networks.
        // NETA: 727112 70,000.00 + 727230 30,000.00 + 727285 5,000.00 = 105,000.00 > 100,000.00 → operating flagged (error);
        //   727230 exactly 30,000.00 → silent; 727285 5,000.00 / 100,000.00 = 0.05 exactly → silent.
        // NETB: 727230 30,000.01 → flagged (one cent above); 727285 5,000.01 / 100,000.00 = 0.0500001 → flagged;
        //   total 35,000.02 ≤ 100,000.00 → operating silent.
        let costs = """
            network,month,pseudocode,amount_eur
            NETA,2025-02,727112,70000.00
            NETA,2025-02,727230,30000.00
            NETA,2025-03,727285,5000.00
            NETB,2025-02,727230,30000.01
            NETB,2025-03,727285,5000.01

            """
        let budget = "network,year,line,amount_eur\nNETA,2025,operating,100000.00\nNETB,2025,operating,100000.00\n"
        let activity = "network,month,pseudocode,age_band,bim,units\nNETA,2025-02,726530,24-64,no,1\n"
        let findings = try Self.findings(["activity.csv": activity, "operating_costs.csv": costs, "budget.csv": budget], years: [2025])
        let operating = Self.of("operating_costs_within_line", findings)
        #expect(operating.map(\.networkText) == ["NETA"])
        #expect(
            operating.first?.observedText == "105000.00" && operating.first?.limitText == "100000.00" && operating.first?.severity == .error
        )
        let hospital = Self.of("hospital_administration_cap", findings)
        #expect(hospital.map(\.networkText) == ["NETB"])
        #expect(hospital.first?.observedText == "30000.01" && hospital.first?.limitText == "30000.00")
        let pay = Self.of("implementation_pay_cap", findings)
        #expect(pay.map(\.networkText) == ["NETB"])
        // 0.0500001 and 0.05 print alike with 4 decimals: the observed value is shown with enough decimals to differ.
        #expect(pay.first?.observedText == "0.05000010" && pay.first?.limitText == "0.05000000")
    }

    // MARK: Trajectory fees and concertation (art. 15 §2 1°, 4°)

    @Test("plausibility: trajectory fees at most the people helped, concertation participations at most 4 per person")
    func trajectoryAndConcertation() throws {
        // 100 people helped (function all) in each network.
        // NETA: fees 727053 60 + 727075 30 + 727090 20 = 110 > 100 → flagged (1.1000 > 1.0000); 727031 400 = 4 × 100 → silent.
        // NETB: fees 727053 100 = 100 → silent; 727031 401 > 400 → flagged (4.0100 > 4.0000).
        let activity = """
            network,month,pseudocode,age_band,bim,units
            NETA,2025-05,727053,unknown,unknown,60
            NETA,2025-05,727075,unknown,unknown,30
            NETA,2025-05,727090,unknown,unknown,20
            NETA,2025-05,727031,unknown,unknown,400
            NETB,2025-05,727053,unknown,unknown,100
            NETB,2025-05,727031,unknown,unknown,401

            """
        let beneficiaries = "network,year,function,age_band,bim,beneficiaries\nNETA,2025,all,24-64,no,100\nNETB,2025,all,12-14,no,100\n"
        let findings = try Self.findings(["activity.csv": activity, "beneficiaries.csv": beneficiaries], years: [2025])
        let fees = Self.of("trajectory_fees_plausible", findings), concertation = Self.of("concertation_plausible", findings)
        #expect(fees.map(\.networkText) == ["NETA"] && fees.first?.observedText == "1.1000" && fees.first?.limitText == "1.0000")
        #expect(
            concertation.map(\.networkText) == ["NETB"] && concertation.first?.observedText == "4.0100"
                && concertation.first?.limitText == "4.0000")
        #expect((fees + concertation).allSatisfy { $0.severity == .warning && $0.message.contains("plausibility bound") })
    }

    // MARK: Exact limits

    @Test("limits are exact decimals: 0.45, 30000, 8 read without a Double; bad numbers refused")
    func exactDecimals() {
        #expect(ExactDecimal("0.45") == ExactDecimal(significand: 45, scale: 2))
        #expect(ExactDecimal("30000")?.description == "30000")
        #expect(ExactDecimal("-2.50")?.description == "-2.50")
        #expect(ExactDecimal("1e3") == nil && ExactDecimal(".5") == nil && ExactDecimal("5.") == nil && ExactDecimal("") == nil)
        // 45 / 100 against 0.45: equal, so neither above nor below; 4,501 / 10,000 is above.
        let limit = ExactDecimal(significand: 45, scale: 2)
        #expect(!ExactValue(top: 45, bottom: 100).breaches(limit, atMost: true))
        #expect(ExactValue(top: 4501, bottom: 10000).breaches(limit, atMost: true))
        #expect(!ExactValue(top: 45, bottom: 100).breaches(limit, atMost: false))
    }
    @Test("a budget comparison is exact where a Double is not: one cent above a large line is a breach")
    func budgetComparisonIsExact() {
        // 10^15 € + 0.01 € against 10^15 €: as Doubles of euros (cents ÷ 100) both are 1e15 (the cent is lost: 53 bits hold
        // about 9.0e15), so the former `doubleValue` comparison saw no breach; in cents 100,000,000,000,000,001 > 100,000,000,000,000,000.
        let line = Money(cents: 100_000_000_000_000_000), spent = Money(cents: 100_000_000_000_000_001)
        #expect(Quantity.money(spent).doubleValue == Quantity.money(line).doubleValue)
        func result(_ numerator: Money, _ denominator: Money) -> IndicatorResult {
            IndicatorResult(
                indicator: "care_budget_use", aim: 4, network: "NETA", period: .year(2025), unit: .ratio,
                numerator: .money(numerator), denominator: .money(denominator), referenceNumerator: nil, referenceDenominator: nil,
                value: 1, ciLow: nil, ciHigh: nil, status: .ok, reason: nil, formula: "", article: "art. 14 §5", tables: [], interval: nil)
        }
        #expect(
            ConventionChecks.budgetBreach(result(spent, line))
                == RuleBreach(observed: .money(spent), limit: .bound(.money(line)), notes: []))
        #expect(ConventionChecks.budgetBreach(result(line, line)) == nil)
    }
}
