import Testing

@testable import FiveAim

/// Hand-computed expectations on `Fixtures/engine/small` (2025, tariffs of 2024 carried forward).
///
/// The fixture, in short (NETA adult, NETB child):
///
/// | table | NETA | NETB |
/// |---|---|---|
/// | I23 sessions | 54 (outreach 6+4, home 2, remote 3) | 11 (outreach 2, remote 1) |
/// | group participations 726655+726891 | 12 + 6 + 8 = 26 | 0 |
/// | community participations 726412 | 45 | 0 |
/// | group_sessions f1 / f2 / f3 | 4 / 3 / 2 | none |
/// | waits 0-7, 8-14, 15-30, 31-60, 91+, unknown | 3, 2, 4, 1, 2, 3 | 1, 0, 0, 0, 3, 0 |
/// | mission hours 726950 + 726994 | 7 + 3 | 0 |
/// | population (bim) | 10000 (2000) | 4000 (1000) |
/// | beneficiaries all: total, bim yes, bim known, 0–23, known age | 50, 10, 46, 5, 44 | 20, 3, 20, 20, 20 |
/// | BE beneficiary rows (distinct, not the sum 70) | 69, 13, 65, 24, 63 | |
/// | budget care_base | 1000.00 | 500.00 |
/// | experience satisfied/respondents | 30/40 | 9/10 |
/// | outcomes improved/pairs | 15/30 | 2/5 |
/// | workforce trained/providers, satisfied/surveyed | 15/20, 7/10 | 3/6, 4/5 |
///
/// Net function-3 spending of NETA: 5 × 86.69 (first sessions, no co-payment) + 20 × (86.69 − 4.00) (bim yes)
/// + 4 × (86.69 − 11.00) (unknown age and status) + 2 × 231.18 (group fee) − 8 × 2.50 (group co-payment, 24+;
/// the 6 participations aged 18–23 pay none) + 2 × 231.18 + 1 × 145.65 (co-facilitation) + 3 × 21.67 (727031)
/// = 433.45 + 1653.80 + 302.76 + 462.36 − 20.00 + 462.36 + 145.65 + 65.01 = 3505.39.
struct IndicatorSpecTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        let id: String
        let network: String
        let numerator: String
        let denominator: String
        let value: String
        let status: ResultStatus
        var testDescription: String { "\(id) \(network)" }
        init(_ id: String, _ network: String, _ numerator: String, _ denominator: String, _ value: String, _ status: ResultStatus = .ok) {
            self.id = id
            self.network = network
            self.numerator = numerator
            self.denominator = denominator
            self.value = value
            self.status = status
        }
    }

    static let expectations: [Expectation] = [
        .init("individual_sessions", "NETA", "54", "", "54.000000"),
        .init("individual_sessions", "NETB", "11", "", "11.000000"),
        .init("individual_sessions", "BE", "65", "", "65.000000"),
        .init("outreach_share", "NETA", "10", "54", "0.185185"),
        .init("outreach_share", "NETB", "2", "11", "0.181818"),
        .init("outreach_share", "BE", "12", "65", "0.184615"),
        .init("home_share", "NETA", "2", "54", "0.037037"),
        .init("home_share", "NETB", "0", "11", "0.000000"),
        .init("home_share", "BE", "2", "65", "0.030769"),
        .init("remote_share", "NETA", "3", "54", "0.055556"),
        .init("remote_share", "NETB", "1", "11", "0.090909"),
        .init("remote_share", "BE", "4", "65", "0.061538"),
        .init("group_participation_share", "NETA", "26", "80", "0.325000"),
        .init("group_participation_share", "NETB", "0", "11", "0.000000"),
        .init("group_participation_share", "BE", "26", "91", "0.285714"),
        .init("group_sessions", "NETA", "9", "", "9.000000"),
        .init("group_sessions", "NETB", "0", "", "0.000000"),
        .init("group_sessions", "BE", "9", "", "9.000000"),
        .init("mean_group_size_f1", "NETA", "45", "4", "11.250000"),
        .init("mean_group_size_f1", "NETB", "0", "0", "", .notAvailable),
        .init("mean_group_size_f1", "BE", "45", "4", "11.250000"),
        .init("mean_group_size_f23", "NETA", "26", "5", "5.200000"),
        .init("mean_group_size_f23", "BE", "26", "5", "5.200000"),
        .init("wait_within_7d", "NETA", "3", "12", "0.250000"),
        .init("wait_within_7d", "NETB", "1", "4", "0.250000"),
        .init("wait_within_7d", "BE", "4", "16", "0.250000"),
        .init("wait_within_30d", "NETA", "9", "12", "0.750000"),
        .init("wait_within_30d", "NETB", "1", "4", "0.250000"),
        .init("wait_within_30d", "BE", "10", "16", "0.625000"),
        // n = 12, half = 6: 3 + 2 = 5 before [15,31), which holds 4: 15 + (6 − 5) / 4 × 16 = 19.
        .init("wait_median_days", "NETA", "12", "", "19.000000"),
        .init("wait_median_days", "NETB", "4", "", "91.000000", .censored),
        // n = 16, half = 8: 4 + 2 = 6 before [15,31), which holds 4: 15 + 2 / 4 × 16 = 23.
        .init("wait_median_days", "BE", "16", "", "23.000000"),
        .init("support_mission_hours", "NETA", "10", "", "10.000000"),
        .init("support_mission_hours", "BE", "10", "", "10.000000"),
        .init("reach_per_1000", "NETA", "50", "10000", "5.000000"),
        .init("reach_per_1000", "NETB", "20", "4000", "5.000000"),
        // BE: the BE rows (69), over the population of the adult and German-speaking networks only (10000).
        .init("reach_per_1000", "BE", "69", "10000", "6.900000"),
        .init("bim_share", "NETA", "10", "46", "0.217391"),
        .init("bim_share", "NETB", "3", "20", "0.150000"),
        .init("bim_share", "BE", "13", "65", "0.200000"),
        .init("bim_equity_ratio", "NETA", "10", "46", "1.086957"),
        .init("bim_equity_ratio", "NETB", "3", "20", "0.600000"),
        .init("bim_equity_ratio", "BE", "13", "65", "1.000000"),
        .init("young_share", "NETA", "5", "44", "0.113636"),
        .init("young_share", "NETB", "20", "20", "1.000000"),
        .init("young_share", "BE", "24", "63", "0.380952"),
        .init("function3_share_of_care_budget", "NETA", "3505.39", "1000.00", "3.505390"),
        .init("function3_share_of_care_budget", "NETB", "0.00", "500.00", "0.000000"),
        .init("function3_share_of_care_budget", "BE", "3505.39", "1500.00", "2.336927"),
        .init("experience_satisfied_share", "NETA", "30", "40", "0.750000"),
        .init("experience_satisfied_share", "NETB", "9", "10", "0.900000"),
        .init("experience_satisfied_share", "BE", "39", "50", "0.780000"),
        .init("reliable_improvement_rate", "NETA", "15", "30", "0.500000"),
        .init("reliable_improvement_rate", "NETB", "2", "5", "0.400000"),
        .init("reliable_improvement_rate", "BE", "17", "35", "0.485714"),
        .init("providers_trained_share", "NETA", "15", "20", "0.750000"),
        .init("providers_trained_share", "NETB", "3", "6", "0.500000"),
        .init("providers_trained_share", "BE", "18", "26", "0.692308"),
        .init("provider_satisfaction_share", "NETA", "7", "10", "0.700000"),
        .init("provider_satisfaction_share", "NETB", "4", "5", "0.800000"),
        .init("provider_satisfaction_share", "BE", "11", "15", "0.733333"),
    ]

    static let results: [IndicatorResult] = IndicatorEngine(catalogue: EngineFixture.catalogue)
        .evaluate(EngineFixture.small, periods: [.year(2025)])

    @Test("each required indicator matches its hand-computed numerator, denominator, value and status", arguments: expectations)
    func handComputed(_ expected: Expectation) throws {
        let result = try #require(Self.results.first { $0.indicator == expected.id && $0.network == expected.network })
        #expect(result.numerator?.text ?? "" == expected.numerator)
        #expect(result.denominator?.text ?? "" == expected.denominator)
        #expect(result.value.map { DecimalText.fixed($0) } ?? "" == expected.value)
        #expect(result.status == expected.status)
    }

    @Test("proportions carry a Wilson interval and rates per 1000 an exact Poisson interval")
    func intervals() throws {
        let outreach = try #require(Self.results.first { $0.indicator == "outreach_share" && $0.network == "NETA" })
        // Wilson, 10 of 54 (checked independently: 0.103827–0.308359): centre (p + z²/2n)/(1 + z²/n), half-width z/(1 + z²/n)·√(p(1−p)/n + z²/4n²).
        #expect(DecimalText.fixed(outreach.ciLow!, decimals: 4) == "0.1038")
        #expect(DecimalText.fixed(outreach.ciHigh!, decimals: 4) == "0.3084")
        let reach = try #require(Self.results.first { $0.indicator == "reach_per_1000" && $0.network == "NETA" })
        // Exact Poisson for 50 events: [37.1110, 65.9192], per 10000 inhabitants × 1000.
        #expect(DecimalText.fixed(reach.ciLow!, decimals: 4) == "3.7111")
        #expect(DecimalText.fixed(reach.ciHigh!, decimals: 4) == "6.5919")
    }

    @Test("a missing table gives not_available with the reason, never 0")
    func missingTable() throws {
        let result = try #require(Self.results.first { $0.indicator == "operating_budget_use" && $0.network == "NETA" })
        #expect(result.status == .notAvailable)
        #expect(result.value == nil)
        #expect(result.reason == .missingTable(.operatingCosts))
        #expect(result.reason.map(TestSupport.reasons.text) == "missing table operating_costs")
    }

    @Test("without BE rows, national distinct counts are not available rather than summed")
    func noNationalRows() throws {
        var dataset = EngineFixture.small
        dataset.beneficiaries = dataset.beneficiaries?.filter { $0.network != Network.nationalCode }
        let results = IndicatorEngine(catalogue: EngineFixture.catalogue).evaluate(
            dataset, periods: [.year(2025)], ids: ["bim_share", "reach_per_1000"])
        for result in results where result.network == Network.nationalCode {
            #expect(result.status == .notAvailable)
            #expect(result.numerator == nil)
            #expect(result.reason == .noNationalRows(.beneficiaries, period: .year(2025)))
            #expect(
                result.reason.map(TestSupport.reasons.text)
                    == "no national (BE) rows in table beneficiaries for 2025; distinct people are never summed across networks")
        }
        #expect(results.filter { $0.network == "NETA" }.allSatisfy { $0.status == .ok })
    }

    @Test("a period of months reads monthly tables and leaves yearly tables not available")
    func periodOfMonths() throws {
        let period = ReportPeriod(first: YearMonth(year: 2025, month: 3), last: YearMonth(year: 2025, month: 4))
        let results = IndicatorEngine(catalogue: EngineFixture.catalogue).evaluate(
            EngineFixture.small, periods: [period], ids: ["individual_sessions", "bim_share"])
        let sessions = try #require(results.first { $0.indicator == "individual_sessions" && $0.network == "NETA" })
        #expect(sessions.numerator == .count(10 + 4 + 6 + 2 + 3))
        #expect(sessions.period.description == "2025-03/2025-04")
        let share = try #require(results.first { $0.indicator == "bim_share" && $0.network == "NETA" })
        #expect(share.status == .notAvailable)
    }

    @Test("the CSV has exactly the contract's header and plain decimals")
    func csvShape() {
        let csv = IndicatorCSVWriter.write(Self.results.filter { $0.indicator == "outreach_share" })
        #expect(
            csv == """
                indicator,aim,network,year,numerator,denominator,value,ci_low,ci_high,unit,status
                outreach_share,1,BE,2025,12,65,0.184615,0.108889,0.295540,proportion,ok
                outreach_share,1,NETA,2025,10,54,0.185185,0.103827,0.308359,proportion,ok
                outreach_share,1,NETB,2025,2,11,0.181818,0.051368,0.476981,proportion,ok

                """)
    }
}
