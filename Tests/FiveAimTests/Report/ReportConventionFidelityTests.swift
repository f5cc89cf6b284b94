import Foundation
import Testing

@testable import FiveAim

/// What the drafts claim against the convention's text (issue 14): budget lines by year, who sets each target, the annex's
/// values, the group-participation sentence, function 1 at outreach sites, provisional months.
struct ReportConventionFidelityTests {
    /// BRUMENTA (adult) and EA-ANT (child) with budget rows for 2025 (2024–2025 lines) and 2026 (amended lines).
    static let dataset: Dataset = {
        do {
            let folder = try TestSupport.dataset([
                "activity.csv": """
                network,month,pseudocode,age_band,bim,units
                BRUMENTA,2025-03,726471,24-64,yes,10
                BRUMENTA,2026-01,726471,24-64,yes,12
                EA-ANT,2026-01,726471,12-14,yes,5

                """,
                "budget.csv": """
                network,year,line,amount_eur
                BRUMENTA,2025,care_base,1000.00
                BRUMENTA,2025,trainee_sessions,100.00
                BRUMENTA,2025,art8_outreach,300.00
                BRUMENTA,2025,operating,200.00
                BRUMENTA,2026,care_base,1200.00
                BRUMENTA,2026,art8_outreach,400.00
                BRUMENTA,2026,provider_recruitment,50.00
                BRUMENTA,2026,operating,250.00
                BRUMENTA,2026,training,30.00
                EA-ANT,2026,care_base,900.00
                EA-ANT,2026,eating_disorders,70.00
                EA-ANT,2026,operating,100.00
                EA-ANT,2026,training,10.00

                """,
            ])
            return try TestSupport.read(folder)
        } catch { fatalError("dataset: \(error)") }
    }()

    static let figures = ReportFigures.compute(
        dataset, catalogue: ReportFixture.catalogue, year: 2026,
        disclosure: DisclosurePolicy(audience: .network), language: .en)

    static func report(_ network: String, _ language: Language = .fr, runMonth: YearMonth = TestSupport.runMonth) -> AnnualReport {
        let composer = AnnualReportComposer(
            texts: ReportFixture.resources.texts[language]!, figures: figures,
            dataMonths: dataset.monthsCovered, runMonth: runMonth)
        return composer.compose(dataset.networks.first { $0.code == network }!)
    }

    /// The allocation table as label → (2026, 2025).
    static func allocation(_ report: AnnualReport) -> [String: (String, String)] {
        let table = report.budget.tables.first { $0.id == "allocation" }!
        return Dictionary(uniqueKeysWithValues: table.rows.map { ($0.cells[0].text, ($0.cells[1].text, $0.cells[2].text)) })
    }

    static func euros(_ cents: Int64) -> String { BelgianFormat.euros(Money(cents: cents)) }

    @Test func anAdultNetworksAllocationShowsEachLineOnlyInItsYearsAndNeverAddsTrainingTwice() {
        let rows = Self.allocation(Self.report("BRUMENTA"))
        let na = "sans objet"
        #expect(rows["Soins de base (fonctions 1 à 3)"]! == (Self.euros(120_000), Self.euros(100_000)))
        // trainee_sessions exists 2024–2025 only (art. 14 §1 b a. of 2024; absent from the amended art. 14).
        #expect(rows["Sessions des stagiaires"]! == (na, Self.euros(10_000)))
        // provider_recruitment exists from 2026 (amended art. 14 §1 b d.).
        #expect(rows["Recrutement de prestataires"]! == (Self.euros(5_000), na))
        // eating disorders: child networks only, in both years.
        #expect(rows["Troubles alimentaires"]! == (na, na))
        // A special line (art. 14 §1 b) of the year with no row is not a zero: the mission is another network's (issue 17).
        #expect(rows["Prisons"]! == ("pas de budget sur cette ligne", "pas de budget sur cette ligne"))
        #expect(rows["dont modules de formation (compris dans le fonctionnement)"]! == (Self.euros(3_000), na))
        // 2026: 1 200 + 400 + 0 (prisons) + 50 + 250 = 1 900,00 € (training 30 € is part of the 250 €; 1 930 would count it twice).
        // 2025: 1 000 + 100 + 300 + 0 (prisons) + 200 = 1 600,00 €.
        #expect(rows["Total"]! == (Self.euros(190_000), Self.euros(160_000)))
    }

    @Test func aChildNetworksAllocationHasItsEatingDisordersLineAndTheDutchWordForNotApplicable() {
        let fr = Self.allocation(Self.report("EA-ANT"))
        #expect(fr["Troubles alimentaires"]!.0 == Self.euros(7_000))
        // 2026: 900 + 70 + 0 (art. 8) + 0 (prisons) + 0 (recruitment) + 100 = 1 070,00 €; 2025 has no budget row: not available.
        #expect(fr["Total"]!.0 == Self.euros(107_000))
        let nl = Self.allocation(Self.report("EA-ANT", .nl))
        #expect(nl.values.contains { $0.0 == "niet van toepassing" }, "trainee sessions in 2026")
        #expect(!nl.values.contains { $0.0 == "sans objet" })
    }

    @Test func targetsSayWhoSetsThemAndOnlyTargetsWithAnArticleAreTheConventions() {
        let report = Self.report("BRUMENTA")
        let cells = report.aims.flatMap(\.section.tables).flatMap(\.rows).map { ($0.cells[0].text, $0.cells[4].text) }
        let target = Dictionary(cells, uniquingKeysWith: { first, _ in first })
        let percent = BelgianFormat.space + "%"
        #expect(target["Premières séances dans les 30 jours"] == "≥ 80,0" + percent + " (objectif du réseau)")
        #expect(target["Délai médian jusqu’à la première séance"] == "≤ 30,0 (objectif du réseau)")
        #expect(target["Ratio d’équité BIM"] == "≥ 1,00 (objectif du comité d’accompagnement)")
        #expect(
            target["Dépenses nettes de la fonction 3 ÷ ligne budgétaire de soins de base"] == "≤ 45,0" + percent
                + " (convention, art. 14 §3)")
        #expect(target["Taille moyenne des groupes des fonctions 2 et 3"] == "≥ 4,00 (convention, art. 5 §2 A b)")
        let markdown = ReportFixture.renderer.render(report, format: .md)
        #expect(!markdown.contains("objectif de la convention"))
    }

    @Test func theAnnexShowsEachFiguresValueAndTheMedianIsTheMedian() {
        let report = ReportFixture.report("BRUMENTA", .fr)
        let median = report.annex.first { $0.id == "wait_median_days" }!.figures.plain
        let result = ReportFixture.networkFigures.current("wait_median_days", "BRUMENTA")!
        // The value shown is the median (e.g. 19,0 days), the count of known waits comes after as its base.
        #expect(median.hasPrefix("Valeur 2025 : " + BelgianFormat.decimal(result.value!, decimals: 1)), "\(median)")
        if case .count(let known) = result.numerator {
            #expect(median.contains("médiane des \(BelgianFormat.count(known)) premières séances"))
        }
        let share = report.annex.first { $0.id == "bim_share" }!.figures.plain
        #expect(share.hasPrefix("Valeur 2025 : "), "\(share)")
        #expect(share.contains("%"), "a share's value is a percentage: \(share)")
    }

    @Test func theGroupSentenceSaysWhatIsDividedByWhatInBothLanguages() {
        let fr = ReportFixture.report("BRUMENTA", .fr).groups.paragraphs[0].plain
        #expect(fr.hasPrefix("Les participations aux séances de groupe des fonctions 2 et 3 (726655, 726891) représentent "))
        #expect(fr.contains("de ces participations et des séances individuelles des fonctions 2 et 3 prises ensemble"))
        let nl = ReportFixture.report("BRUMENTA", .nl).groups.paragraphs[0].plain
        #expect(nl.contains("van die deelnames en de individuele sessies van functies 2 en 3 samen"))
        #expect(!nl.contains("van de sessies van functies 2 en 3 ("))
    }

    @Test func theOutreachNarrativeCountsFunctionOneAsOutreachByDefinition() {
        let paragraphs = ReportFixture.report("BRUMENTA", .fr).outreach.paragraphs.map(\.plain)
        let participations = ReportFixture.networkFigures.current("community_participations", "BRUMENTA")!
        #expect(paragraphs[0].contains("par définition, dans un lieu d’accroche (art. 5 §1 g)"))
        #expect(paragraphs[0].contains(BelgianFormat.decimal(participations.value!, decimals: 0) + " participations en 2025"))
    }

    @Test func monthsWhoseAttestationPeriodHasNotClosedAreNamedAsProvisional() {
        // Art. 14 §4: a month is attested until the 5th of the third month after it. Run in 2026-03: December 2025 closes on
        // 5 March 2026 (still open in March), January 2026 on 5 April: both provisional; November 2025 closed on 5 February.
        let covered = YearMonth(year: 2025, month: 10)...YearMonth(year: 2026, month: 1)
        #expect(
            ProvisionalMonths.months(covered, runMonth: YearMonth(year: 2026, month: 3))
                == [YearMonth(year: 2025, month: 12), YearMonth(year: 2026, month: 1)])
        #expect(ProvisionalMonths.months(covered, runMonth: YearMonth(year: 2026, month: 5)) == [])
        // The 2026 draft run in 2026-02: its only month, January 2026, closes on 5 April 2026.
        let note = Self.report("BRUMENTA", runMonth: YearMonth(year: 2026, month: 2)).periodNote
        #expect(
            note.hasSuffix(
                "Les chiffres de ces mois peuvent encore changer, car les prestations d’un mois s’attestent jusqu’au 5 du troisième mois qui suit (art. 14 §4) : janvier 2026."
            ), "\(note)")
        let closed = Self.report("BRUMENTA", runMonth: YearMonth(year: 2026, month: 5)).periodNote
        #expect(!closed.contains("peuvent encore changer"), "\(closed)")
        let nl = Self.report("BRUMENTA", .nl, runMonth: YearMonth(year: 2026, month: 2)).periodNote
        #expect(nl.hasSuffix("(art. 14 §4): januari 2026."), "\(nl)")
    }
}

/// Age-dependent figures of a child network are compared with the child networks, not with Belgium.
struct ReportComparisonGroupTests {
    /// Two child networks, one adult network and the German-speaking one, 2025, beneficiaries by age (function all).
    static let dataset: Dataset = {
        do {
            let folder = try TestSupport.dataset([
                "activity.csv": """
                network,month,pseudocode,age_band,bim,units
                EA-ANT,2025-03,726471,12-14,yes,10
                EA-LIM,2025-03,726471,12-14,yes,10
                BRUMENTA,2025-03,726471,24-64,yes,10
                COM-GER,2025-03,726471,24-64,yes,10

                """,
                "beneficiaries.csv": """
                network,year,function,age_band,bim,beneficiaries
                EA-ANT,2025,all,12-14,no,30
                EA-ANT,2025,all,18-23,no,10
                EA-LIM,2025,all,12-14,no,45
                EA-LIM,2025,all,18-23,no,15
                BRUMENTA,2025,all,18-23,no,20
                BRUMENTA,2025,all,24-64,no,150
                BRUMENTA,2025,all,65+,no,30
                COM-GER,2025,all,0-11,no,10
                COM-GER,2025,all,24-64,no,80
                COM-GER,2025,all,65+,no,10
                BE,2025,all,0-11,no,10
                BE,2025,all,12-14,no,75
                BE,2025,all,18-23,no,45
                BE,2025,all,24-64,no,230
                BE,2025,all,65+,no,40

                """,
            ])
            return try TestSupport.read(folder)
        } catch { fatalError("dataset: \(error)") }
    }()

    static let figures = ReportFigures.compute(
        dataset, catalogue: ReportFixture.catalogue, year: 2025,
        disclosure: DisclosurePolicy(audience: .network), language: .en)

    static func row(_ network: String, _ title: String, _ language: Language = .fr) -> (ReportCell, ReportTable) {
        let composer = AnnualReportComposer(
            texts: ReportFixture.resources.texts[language]!, figures: figures,
            dataMonths: dataset.monthsCovered, runMonth: TestSupport.runMonth)
        let report = composer.compose(dataset.networks.first { $0.code == network }!)
        let table = report.aims[4].section.tables[0]
        return (table.rows.first { $0.cells[0].text == title }!.cells[3], table)
    }

    @Test func aChildNetworksShareAgedUpTo23IsComparedWithTheChildNetworks() {
        // Child group: (30 + 10 + 45 + 15) ÷ (40 + 60) = 100 ÷ 100 = 100,0 %; Belgium would be 130 ÷ 400 = 32,5 %.
        let (cell, table) = Self.row("EA-ANT", "Part des bénéficiaires de 0 à 23 ans")
        #expect(cell.text == BelgianFormat.percent(1.0))
        #expect(cell.ref == "young_share|group:child|2025|value")
        let note = table.notes.first { $0.number == cell.note }?.text ?? ""
        #expect(note.hasPrefix("comparé aux réseaux pour enfants et adolescents pris ensemble, pas à la Belgique"), "\(note)")
    }

    @Test func anAdultNetworksShareAged65PlusIsComparedWithTheAdultAndGermanSpeakingNetworks() {
        // Adult group (BRUMENTA + COM-GER): (30 + 10) ÷ (200 + 100) = 40 ÷ 300 = 13,3 %; Belgium: 40 ÷ 400 = 10,0 %.
        let (cell, table) = Self.row("BRUMENTA", "Part des bénéficiaires de 65 ans et plus")
        #expect(cell.text == BelgianFormat.percent(40.0 / 300.0))
        #expect(cell.ref == "older_share|group:adult|2025|value")
        let note = table.notes.first { $0.number == cell.note }?.text ?? ""
        #expect(note.contains("réseaux pour adultes et au réseau de la Communauté germanophone"))
        // The German-speaking network (all ages) is compared with the adult group too; other figures keep Belgium.
        #expect(Self.row("COM-GER", "Part des bénéficiaires de 65 ans et plus").0.ref == "older_share|group:adult|2025|value")
        #expect(Self.row("BRUMENTA", "Part des bénéficiaires BIM").0.ref == "bim_share|BE|2025|value")
        let (nl, nlTable) = Self.row("EA-ANT", "Aandeel rechthebbenden van 0 tot 23 jaar", .nl)
        #expect(
            nlTable.notes.first { $0.number == nl.note }?.text.hasPrefix("vergeleken met de netwerken voor kinderen en jongeren samen")
                == true)
    }
}
