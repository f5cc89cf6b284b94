import Foundation
import Testing

@testable import FiveAim

/// What the drafts say about money: the tariff year actually used (art. 17), co-led group sessions not reported
/// (art. 15 §2 3°), and 2024 covering April–December (art. 14, art. 21).
struct ReportMoneyNotesTests {
    static func report(_ dataset: Dataset, year: Int, _ language: Language) -> AnnualReport {
        let figures = ReportFigures.compute(
            dataset, catalogue: ReportFixture.catalogue, year: year,
            disclosure: DisclosurePolicy(audience: .network), language: language)
        let composer = AnnualReportComposer(
            texts: ReportFixture.resources.texts[language]!, figures: figures, dataMonths: dataset.monthsCovered,
            runMonth: TestSupport.runMonth)
        return composer.compose(dataset.networks.first { $0.code == "BRUMENTA" }!)
    }

    static func budgetText(_ report: AnnualReport) -> [String] { report.budget.paragraphs.map(\.plain) }
    static func qualityText(_ report: AnnualReport) -> [String] { report.quality.paragraphs.map(\.plain) }

    @Test("the draft names the tariff year used: 2025 at 2024's tariffs when 2025 has none (fr, nl)")
    func fallbackSentence() {
        let dataset = TariffFallbackTests.dataset(tariffs2025: false)
        let fr = Self.budgetText(Self.report(dataset, year: 2025, .fr))
        #expect(
            fr.contains(
                "Les dépenses 2025 sont calculées aux tarifs de 2024 (aucun tarif 2025 fourni ; les montants sont pourtant indexés chaque année, art. 17)."
            ))
        #expect(
            fr.contains("Les dépenses 2024 sont calculées aux tarifs de 2024 (art. 15 ; les montants sont indexés chaque année, art. 17)."))
        #expect(!fr.contains { $0.contains("aux tarifs de 2025") || $0.contains("tarifs de l’année") })
        let nl = Self.budgetText(Self.report(dataset, year: 2025, .nl))
        #expect(
            nl.contains(
                "De uitgaven 2025 zijn berekend tegen de tarieven van 2024 (geen tarieven 2025 aangeleverd; de bedragen worden nochtans jaarlijks geïndexeerd, art. 17)."
            ))
        #expect(!nl.contains { $0.contains("tarieven van 2025") })
    }

    @Test("with 2025 tariffs, the draft says 2025's own tariffs (fr, nl)")
    func ownYearSentence() {
        let dataset = TariffFallbackTests.dataset(tariffs2025: true)
        let fr = Self.budgetText(Self.report(dataset, year: 2025, .fr))
        #expect(
            fr.contains("Les dépenses 2025 sont calculées aux tarifs de 2025 (art. 15 ; les montants sont indexés chaque année, art. 17)."))
        #expect(!fr.contains { $0.contains("aucun tarif") })
        let nl = Self.budgetText(Self.report(dataset, year: 2025, .nl))
        #expect(
            nl.contains(
                "De uitgaven 2025 zijn berekend tegen de tarieven van 2025 (art. 15; de bedragen worden jaarlijks geïndexeerd, art. 17)."))
    }

    @Test("a report showing 2024 says 2024 covers April–December; a 2026 report (2025 before it) does not")
    func april2024() {
        let dataset = TariffFallbackTests.dataset(tariffs2025: true)
        let fr =
            "Les chiffres de 2024 couvrent avril à décembre : la convention s’applique depuis le 1er janvier 2024 (art. 14), mais les codes des fonctions 1 à 3 ne sont utilisés qu’à partir du 1er avril 2024 (période transitoire de l’art. 21)."
        let report2025 = Self.report(dataset, year: 2025, .fr)
        #expect(Self.budgetText(report2025).contains(fr))
        #expect(Self.qualityText(report2025).contains(fr))
        let nl = Self.report(dataset, year: 2024, .nl)
        #expect(Self.qualityText(nl).contains { $0.hasPrefix("De cijfers van 2024 bestrijken april tot december") })
        #expect(!Self.budgetText(Self.report(dataset, year: 2026, .fr)).contains(fr))
    }

    @Test("the data-quality section says two-psychologist sessions were not reported when group_sessions lacks the column (fr, nl)")
    func twoPsychologistsNotReported() {
        var without = TariffFallbackTests.dataset(tariffs2025: true)
        without.groupSessions = [
            GroupSessionRow(network: "BRUMENTA", month: YearMonth(year: 2025, month: 6), function: .support, sessions: 2)
        ]
        let fr = Self.qualityText(Self.report(without, year: 2025, .fr))
        #expect(
            fr.contains {
                $0.hasPrefix("Les séances de groupe animées par deux psychologues/orthopédagogues cliniciens ne sont pas rapportées")
            })
        let nl = Self.qualityText(Self.report(without, year: 2025, .nl))
        #expect(
            nl.contains { $0.hasPrefix("Groepssessies onder leiding van twee klinisch psychologen/orthopedagogen zijn niet gerapporteerd") }
        )
        var with = without
        with.twoPsychologistSessionsReported = true
        #expect(!Self.qualityText(Self.report(with, year: 2025, .fr)).contains { $0.contains("deux psychologues") })
        let absent = TariffFallbackTests.dataset(tariffs2025: true)  // no group_sessions at all: the missing table is said instead
        #expect(!Self.qualityText(Self.report(absent, year: 2025, .fr)).contains { $0.contains("deux psychologues") })
    }
}
