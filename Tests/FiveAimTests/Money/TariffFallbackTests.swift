import Foundation
import Testing

@testable import FiveAim

/// Tariffs per year (art. 17: "Les montants mentionnés aux articles 14 et 15 … sont indexés annuellement"): a year with
/// services and no tariffs of its own is priced at the latest earlier year's, and every output says so.
struct TariffFallbackTests {
    /// BRUMENTA: 10 individual function-2 sessions (726530) in June 2024 and in June 2025.
    static func dataset(tariffs2025: Bool) -> Dataset {
        var tariffs = TestSupport.reference.tariffs.filter { $0.year == 2024 }
        if tariffs2025 {
            tariffs += tariffs.map {
                TariffRow(year: 2025, pseudocode: $0.pseudocode, amount: $0.amount, copayBim: $0.copayBim, copayOther: $0.copayOther)
            }
        }
        let rows = [2024, 2025].map {
            ActivityRow(
                network: "BRUMENTA", month: YearMonth(year: $0, month: 6), pseudocode: 726530,
                ageBand: .age24to64, bim: .no, units: 10)
        }
        return Dataset(networks: TestSupport.reference.networks, tariffs: tariffs, activity: rows)
    }

    @Test("2025 without tariffs is priced at 2024's and the warning says so, word for word")
    func fallbackWarningText() {
        let years = TariffYears(Self.dataset(tariffs2025: false))
        #expect(years.uses == [TariffYearUse(year: 2024, tariffYear: 2024), TariffYearUse(year: 2025, tariffYear: 2024)])
        #expect(years.fallbacks.map(\.year) == [2025])
        #expect(
            DiagnosticPrinter.format(years.warnings) == "warning: [FA2091] 2025 priced at 2024 tariffs: no 2025 tariffs shipped or supplied"
        )
        #expect(years.warnings(for: [2024]).isEmpty, "a command about 2024 only is not warned about 2025")
        #expect(years.warnings(for: [2025]).map(\.severity) == [.warning])
    }

    @Test("a year with its own tariffs gets no warning")
    func ownTariffsNoWarning() {
        let years = TariffYears(Self.dataset(tariffs2025: true))
        #expect(years.fallbacks.isEmpty)
        #expect(years.warnings.isEmpty)
        #expect(years.use(for: 2025) == TariffYearUse(year: 2025, tariffYear: 2025))
    }

    @Test("spending figures of a fallback year carry the note; others do not")
    func indicatorNotes() {
        let results = IndicatorEngine(catalogue: EngineFixture.catalogue)
            .evaluate(
                Self.dataset(tariffs2025: false), periods: [.year(2024), .year(2025)], ids: ["net_care_spending", "individual_sessions"])
        let spending2025 = results.first { $0.indicator == "net_care_spending" && $0.network == "BRUMENTA" && $0.period == .year(2025) }
        #expect(spending2025?.notes == [.pricedAtEarlierTariffs(year: 2025, tariffYear: 2024)])
        #expect(
            spending2025?.notes.first.map(TestSupport.reasons.text)
                == "2025 priced at 2024 tariffs: no 2025 tariffs shipped or supplied (art. 17)")
        let sessions2025 = results.first { $0.indicator == "individual_sessions" && $0.network == "BRUMENTA" && $0.period == .year(2025) }
        #expect(sessions2025?.notes == [], "a count reads no tariffs")
        let own = IndicatorEngine(catalogue: EngineFixture.catalogue)
            .evaluate(Self.dataset(tariffs2025: true), periods: [.year(2025)], ids: ["net_care_spending"])
        #expect(own.allSatisfy { $0.notes.isEmpty })
    }

    @Test("2024 figures of services say they cover April–December, in json and table outputs")
    func april2024Notes() {
        let engine = IndicatorEngine(catalogue: EngineFixture.catalogue)
        let dataset = Self.dataset(tariffs2025: true)
        let report = engine.report(
            dataset, request: IndicatorRequest(periods: [.year(2024), .year(2025)], indicatorIDs: ["individual_sessions"]))
        let of2024 = report.results.filter { $0.period == .year(2024) }
        #expect(!of2024.isEmpty && of2024.allSatisfy { $0.notes == [.servicesFromApril2024] })
        #expect(report.results.filter { $0.period == .year(2025) }.allSatisfy { $0.notes.isEmpty })
        let note =
            "2024 figures cover April–December: function 1–3 codes start in April 2024 (art. 21 transition until 31 March 2024; art. 14 applies from 1 January 2024)"
        let json = IndicatorJSONWriter.write(report, reasons: TestSupport.reasons)
        #expect(json.contains("\"notes\": [\"\(note)\"]") || json.contains(note))
        #expect(IndicatorTableWriter.write(report, catalogue: EngineFixture.catalogue, reasons: TestSupport.reasons).contains("] \(note)"))
        // April 2024 onwards only: no note (the period holds no month of the transition).
        let fromApril = engine.evaluate(
            dataset, periods: [ReportPeriod(first: YearMonth(year: 2024, month: 4), last: YearMonth(year: 2024, month: 12))],
            ids: ["individual_sessions"])
        #expect(fromApril.allSatisfy { $0.notes.isEmpty })
    }
}
