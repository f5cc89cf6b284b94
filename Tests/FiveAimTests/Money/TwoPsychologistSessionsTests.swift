import Foundation
import Testing

@testable import FiveAim

/// Group sessions led by two psychologists (art. 15 §2 3°: the group fee "sera facturé par le psychologue/orthopédagogue
/// clinicien et par le médecin si la séance est assurée par 2 psychologues/orthopédagogues cliniciens ou par un
/// psychologue/orthopédagogue clinicien et un médecin"): each of the two bills the fee.
struct TwoPsychologistSessionsTests {
    static let activityHeader = "network,month,pseudocode,age_band,bim,units\n"
    /// 12 participations of the function-2 psychologist group code 726655, aged 18–23 (no co-payment, art. 18).
    static let participations = activityHeader + "BRUMENTA,2024-06,726655,18-23,no,12\n"

    /// BRUMENTA, June 2024: 3 function-2 group sessions, `coLed` of them led by two psychologists.
    static func dataset(coLed: Int64?) -> Dataset {
        var dataset = Dataset(
            networks: TestSupport.reference.networks, tariffs: TestSupport.reference.tariffs,
            activity: [
                ActivityRow(
                    network: "BRUMENTA", month: YearMonth(year: 2024, month: 6), pseudocode: 726655,
                    ageBand: .age18to23, bim: .no, units: 12)
            ])
        dataset.groupSessions = [
            GroupSessionRow(
                network: "BRUMENTA", month: YearMonth(year: 2024, month: 6), function: .support,
                sessions: 3, sessionsTwoPsychologists: coLed ?? 0)
        ]
        dataset.twoPsychologistSessionsReported = coLed != nil
        return dataset
    }

    /// The group fees of `dataset` through the reference row walk, in cents.
    static func rowWalk(_ dataset: Dataset) -> Int64 {
        var total: Int64 = 0
        SpendingCalculator(pseudocodes: TestSupport.reference.pseudocodes, tariffs: TariffBook(dataset.tariffs))
            .forEachAmount(dataset, functions: Set(SpendingFunction.allCases)) { _, _, amount in
                total += amount.cents
            } missingTariff: { _, reason in
                Issue.record("missing tariff: \(reason)")
            }
        return total
    }

    /// The engine's value of `indicator` for BRUMENTA in 2024.
    static func engine(_ dataset: Dataset, _ indicator: String) -> Quantity? {
        IndicatorEngine(catalogue: EngineFixture.catalogue).evaluate(dataset, periods: [.year(2024)], ids: [indicator])
            .first { $0.network == "BRUMENTA" }?.numerator
    }

    @Test("co-led sessions are priced twice: 3 sessions of which 1 co-led at 231,18 € = 4 × 231,18 = 924,72 €, on every path")
    func coLedSessionsArePricedTwice() {
        let dataset = Self.dataset(coLed: 1)
        // 726655 in 2024: 231,18 € (art. 15 §2 3°); fees = 3 + 1 = 4; 4 × 23 118 = 92 472 cents. Participations 18–23: no co-payment.
        #expect(dataset.groupSessions?.first?.psychologistFees == 4)
        #expect(Self.rowWalk(dataset) == 92_472)
        #expect(Self.engine(dataset, "net_care_spending") == .money(Money(cents: 92_472)))
        // The distinct sessions stay 3: a co-led session is one session (group size = participations ÷ sessions).
        #expect(Self.engine(dataset, "group_sessions") == .count(3))
    }

    @Test("without the column, each session carries one fee: 3 × 231,18 = 693,54 €, and the figure says co-led sessions were not reported")
    func withoutTheColumnOneFeePerSession() {
        let dataset = Self.dataset(coLed: nil)
        // 3 × 23 118 = 69 354 cents.
        #expect(Self.rowWalk(dataset) == 69_354)
        #expect(Self.engine(dataset, "net_care_spending") == .money(Money(cents: 69_354)))
        let result = IndicatorEngine(catalogue: EngineFixture.catalogue).evaluate(
            dataset, periods: [.year(2024)], ids: ["net_care_spending"]
        )
        .first { $0.network == "BRUMENTA" }
        #expect(result?.notes.contains(.twoPsychologistSessionsNotReported) == true)
        #expect(Self.engine(Self.dataset(coLed: 0), "net_care_spending") == .money(Money(cents: 69_354)), "reported as 0: the same amount")
        let reported = IndicatorEngine(catalogue: EngineFixture.catalogue).evaluate(
            Self.dataset(coLed: 0), periods: [.year(2024)], ids: ["net_care_spending"])
        #expect(reported.allSatisfy { !$0.notes.contains(.twoPsychologistSessionsNotReported) })
    }

    @Test("the column is read, and whether the table has it is kept as a fact of the table")
    func theColumnIsReadAndItsPresenceKept() throws {
        let with = try TestSupport.dataset([
            "activity.csv": Self.participations,
            "group_sessions.csv": "network,month,function,sessions,sessions_two_psychologists\nBRUMENTA,2024-06,2,3,1\n",
        ])
        let read = try TestSupport.read(with)
        #expect(read.groupSessions?.map(\.sessionsTwoPsychologists) == [1])
        #expect(read.twoPsychologistSessionsReported)
        let without = try TestSupport.dataset([
            "activity.csv": Self.participations,
            "group_sessions.csv": "network,month,function,sessions\nBRUMENTA,2024-06,2,3\n",
        ])
        let absent = try TestSupport.read(without)
        #expect(absent.groupSessions?.map(\.sessionsTwoPsychologists) == [0])
        #expect(!absent.twoPsychologistSessionsReported)
        #expect(
            DatasetSummary(absent).render().contains(
                "group fees: two-psychologist sessions not reported (no column sessions_two_psychologists): each of the 3 group sessions priced with one psychologist fee (art. 15 §2 3°)"
            ))
        #expect(
            DatasetSummary(read).render().contains(
                "group fees: 1 of 3 group sessions led by two psychologists, each billed twice (art. 15 §2 3°)"))
    }

    @Test(
        "more co-led sessions than sessions is refused at the cell (FA2090); below 0 is a negative count (FA2052); empty is missing (FA2050)"
    )
    func outOfRangeValuesAreRefused() throws {
        func problem(_ value: String) throws -> String {
            let folder = try TestSupport.dataset([
                "activity.csv": Self.participations,
                "group_sessions.csv": "network,month,function,sessions,sessions_two_psychologists\nBRUMENTA,2024-06,2,3,\(value)\n",
            ])
            do {
                _ = try TestSupport.read(folder)
                return "accepted"
            } catch {
                return error.description.replacingOccurrences(of: folder + "/", with: "")
            }
        }
        // 4 co-led of 3 sessions: line 2, column 5 (sessions_two_psychologists).
        #expect(
            try problem("4")
                == "group_sessions.csv:2:5: error: [FA2090] column 'sessions_two_psychologists': more sessions led by two psychologists than 'sessions'; expected a part of the row's sessions, 0 to sessions"
        )
        #expect(
            try problem("-1")
                == "group_sessions.csv:2:5: error: [FA2052] column 'sessions_two_psychologists': count below zero; counts are whole numbers ≥ 0"
        )
        #expect(
            try problem("")
                == "group_sessions.csv:2:5: error: [FA2050] column 'sessions_two_psychologists': empty cell; a count is required (0 is a real zero)"
        )
        #expect(try problem("3") == "accepted", "every session co-led: 3 ≤ 3")
    }

    @Test("split files of group_sessions that disagree on the column are refused (FA2033) at the file without it")
    func splitFilesMustAgree() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": Self.activityHeader + "BRUMENTA,2024-06,726655,18-23,no,12\nBRUMENTA,2024-07,726655,18-23,no,12\n",
            "group_sessions-a.csv": "network,month,function,sessions,sessions_two_psychologists\nBRUMENTA,2024-06,2,3,1\n",
            "group_sessions-b.csv": "network,month,function,sessions\nBRUMENTA,2024-07,2,3\n",
        ])
        #expect(throws: DiagnosticError.self) { try TestSupport.read(folder, problemLimit: 10) }
        do {
            _ = try TestSupport.read(folder, problemLimit: 10)
        } catch {
            #expect(error.diagnostics.map(\.code) == [.inconsistentSplitFiles])
            #expect(error.diagnostics.first?.location?.file.hasSuffix("group_sessions-b.csv") == true)
        }
    }

    @Test(
        "on every pricing path (the cube's cells when each period lies in one year, the rows one by one otherwise), each co-led session adds one group fee"
    )
    func everyPathAddsOneFeePerCoLedSession() {
        let engine = IndicatorEngine(catalogue: EngineFixture.catalogue)
        let year = ReportPeriod.year(2025)
        let straddling = ReportPeriod(first: YearMonth(year: 2025, month: 7), last: YearMonth(year: 2026, month: 6))
        var compared = 0
        for seed in 0..<30 {
            let dataset = EnginePropertyTests.randomDataset(seed: seed)
            var single = dataset
            single.groupSessions = dataset.groupSessions?.map { row in
                var copy = row
                copy.sessionsTwoPsychologists = 0
                return copy
            }
            // Every psychologist group code (726412, 726655, 726891) costs 231,18 € in 2024; 2025 is priced at 2024's tariffs.
            var extra: [String: Int64] = [:]
            for row in dataset.groupSessions ?? [] { extra[row.network, default: 0] += row.sessionsTwoPsychologists * 23_118 }
            for periods in [[year], [year, straddling]] {  // one year: priced per cell; with a straddling period: row by row
                let twice = engine.evaluate(dataset, periods: periods, ids: ["net_care_spending"]).filter { $0.period == year }
                let once = engine.evaluate(single, periods: periods, ids: ["net_care_spending"]).filter { $0.period == year }
                for (a, b) in zip(twice, once) where a.status == .ok && b.status == .ok && a.network != Network.nationalCode {
                    guard case .money(let withCoLed)? = a.numerator, case .money(let without)? = b.numerator else { continue }
                    #expect(
                        withCoLed.cents - without.cents == extra[a.network] ?? 0, "seed \(seed), \(a.network), \(periods.count) period(s)")
                    compared += 1
                }
            }
        }
        #expect(compared > 0)
    }
}
