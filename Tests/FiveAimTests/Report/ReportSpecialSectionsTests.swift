import Foundation
import Testing

@testable import FiveAim

/// The special budget lines (art. 14 §1 b) and the operating costs by cost centre (art. 14 §2) of the drafts (issue 17).
struct ReportSpecialSectionsTests {
    /// BRUMENTA (adult, with a prisons line) and EA-ANT (child, with an eating-disorders line, no prisons line), budget rows
    /// for 2025 (2024–2025 lines) and 2026 (amended lines), operating costs of 2026 around the caps.
    static let dataset: Dataset = {
        do {
            let folder = try TestSupport.dataset([
                "activity.csv": """
                network,month,pseudocode,age_band,bim,units
                BRUMENTA,2025-03,726471,24-64,yes,10
                BRUMENTA,2026-01,726471,24-64,yes,12
                EA-ANT,2025-03,726471,12-14,yes,4
                EA-ANT,2026-01,726471,12-14,yes,5

                """,
                "budget.csv": """
                network,year,line,amount_eur
                BRUMENTA,2025,care_base,1000.00
                BRUMENTA,2025,trainee_sessions,100.00
                BRUMENTA,2025,prisons,80.00
                BRUMENTA,2025,operating,200.00
                BRUMENTA,2026,care_base,1200.00
                BRUMENTA,2026,prisons,90.00
                BRUMENTA,2026,operating,100000.00
                BRUMENTA,2026,training,30.00
                EA-ANT,2025,care_base,900.00
                EA-ANT,2025,eating_disorders,60.00
                EA-ANT,2025,operating,100.00
                EA-ANT,2026,care_base,900.00
                EA-ANT,2026,eating_disorders,70.00
                EA-ANT,2026,prisons,0.00
                EA-ANT,2026,operating,100.00

                """,
                "operating_costs.csv": """
                network,month,pseudocode,amount_eur
                BRUMENTA,2026-01,727112,25000.00
                BRUMENTA,2026-02,727112,15000.00
                BRUMENTA,2026-03,727230,30000.01
                BRUMENTA,2026-03,727285,5000.00
                EA-ANT,2026-02,727193,150.00

                """,
            ])
            return try TestSupport.read(folder)
        } catch { fatalError("dataset: \(error)") }
    }()

    static let figures = ReportFigures.compute(
        dataset, catalogue: ReportFixture.catalogue, year: 2026, disclosure: DisclosurePolicy(audience: .network), language: .en)

    static func report(
        _ network: String, _ language: Language = .fr, figures: ReportFigures = figures, dataset: Dataset = dataset
    ) -> AnnualReport {
        let composer = AnnualReportComposer(
            texts: ReportFixture.resources.texts[language]!, figures: figures, dataMonths: dataset.monthsCovered,
            runMonth: TestSupport.runMonth)
        return composer.compose(dataset.networks.first { $0.code == network }!)
    }

    static func euros(_ cents: Int64) -> String { BelgianFormat.euros(Money(cents: cents)) }

    /// The rows of a table as label → the other cells (text, and the footnote's text when there is one).
    static func rows(_ table: ReportTable) -> [String: [(text: String, note: String?)]] {
        let notes = Dictionary(uniqueKeysWithValues: table.notes.map { ($0.number, $0.text) })
        return Dictionary(
            uniqueKeysWithValues: table.rows.map { row in
                (row.cells[0].text, row.cells.dropFirst().map { ($0.text, $0.note.flatMap { notes[$0] }) })
            })
    }

    static func texts(_ language: Language) -> ReportTexts { ReportFixture.resources.texts[language]! }

    // MARK: Special budgets

    @Test func aPrisonsNetworkShowsItsLineAndSaysWhyActivityAndSpendingCannotBeAttributed() {
        let section = Self.report("BRUMENTA").specialBudgets
        let table = section.tables[0]
        #expect(table.columns.map(\.label) == ["Ligne budgétaire", "Budget 2026", "Budget 2025", "Activité 2026", "Dépenses 2026"])
        let rows = Self.rows(table)
        #expect(table.rows.map(\.cells[0].text) == ["Sessions des stagiaires", "Troubles alimentaires", "Prisons"])
        let prisons = rows["Prisons"]!
        #expect(prisons.map(\.text) == [Self.euros(9_000), Self.euros(8_000), "non attribuable", "non attribuable"])
        #expect(prisons[2].note == Self.texts(.fr)[.specialSharedCodesPrisons])
        #expect(prisons[2].note!.hasPrefix("aucun pseudocode de l’annexe 1 n’est propre aux soins en prison"))
        // Eating disorders: child networks only (budget_lines.csv), in both years.
        #expect(rows["Troubles alimentaires"]!.map(\.text) == ["sans objet", "sans objet", "sans objet", "sans objet"])
        #expect(rows["Troubles alimentaires"]![0].note!.hasPrefix("ligne réservée aux réseaux enfants et adolescents"))
        #expect(section.placeholder?.label == "À compléter")
    }

    @Test func theTraineeLineIsA2024To2025LineThatThe2026DraftShowsOnlyForTheYearBefore() {
        let rows = Self.rows(Self.report("BRUMENTA").specialBudgets.tables[0])
        let trainees = rows["Sessions des stagiaires"]!
        #expect(trainees.map(\.text) == ["sans objet", Self.euros(10_000), "sans objet", "sans objet"])
        #expect(trainees[0].note!.contains("2024–2025 seulement (art. 14 §1 b) a., convention 2024)"))
        // A 2025 draft: the line exists in both years shown, and its activity is said not attributable (art. 11, 3°).
        let figures2025 = ReportFigures.compute(
            Self.dataset, catalogue: ReportFixture.catalogue, year: 2025, disclosure: DisclosurePolicy(audience: .network),
            language: .en)
        let rows2025 = Self.rows(Self.report("BRUMENTA", figures: figures2025).specialBudgets.tables[0])
        #expect(
            rows2025["Sessions des stagiaires"]!.map(\.text) == [
                Self.euros(10_000), "non disponible", "non attribuable", "non attribuable",
            ])
        #expect(rows2025["Sessions des stagiaires"]![2].note!.contains("art. 11, 3°"))
        // A 2027 draft no longer shows it: it exists neither in 2027 nor in 2026.
        let figures2027 = ReportFigures.compute(
            Self.dataset, catalogue: ReportFixture.catalogue, year: 2027, disclosure: DisclosurePolicy(audience: .network),
            language: .en)
        let context = ReportContext(texts: Self.texts(.fr), figures: figures2027, dataMonths: nil, runMonth: TestSupport.runMonth)
        #expect(ReportSpecialBudgetsWriter(context: context).shownLines() == [.eatingDisorders, .prisons])
    }

    @Test func aNetworkWithoutTheLinesMissionSaysItHasNoBudgetOnItInsteadOfAZero() {
        // EA-ANT: no prisons row in 2025, a zero row in 2026; no trainee row in 2025.
        let report = Self.report("EA-ANT")
        let rows = Self.rows(report.specialBudgets.tables[0])
        #expect(
            rows["Prisons"]!.map(\.text) == ["pas de budget sur cette ligne", "pas de budget sur cette ligne", "sans objet", "sans objet"])
        #expect(rows["Prisons"]![0].note!.contains("les textes ne nomment pas ces réseaux"))
        #expect(
            rows["Sessions des stagiaires"]!.map(\.text) == ["sans objet", "pas de budget sur cette ligne", "sans objet", "sans objet"])
        #expect(rows["Troubles alimentaires"]!.map(\.text) == [Self.euros(7_000), Self.euros(6_000), "non attribuable", "non attribuable"])
        #expect(rows["Troubles alimentaires"]![2].note!.contains("(art. 16 §2)"))
        // The allocation table says the same, never "0,00 €".
        let allocation = Self.rows(report.budget.tables.first { $0.id == "allocation" }!)
        #expect(allocation["Prisons"]!.map(\.text) == ["pas de budget sur cette ligne", "pas de budget sur cette ligne"])
        // In Dutch.
        let nl = Self.rows(Self.report("EA-ANT", .nl).specialBudgets.tables[0])
        #expect(nl["Gevangenissen"]![0].text == "geen budget op deze lijn")
        #expect(nl["Gevangenissen"]![0].note!.contains("wijzigingsclausule 2026"))
    }

    @Test func theDemosSpecialLinesAreItsBudgetRows() throws {
        let demo = ReportFixture.demo
        func amount(_ network: String, _ line: BudgetLine, _ year: Int) -> String {
            Self.euros(
                demo.budget!.filter { $0.network == network && $0.line == line && $0.year == year }.reduce(0) { $0 + $1.amount.cents })
        }
        let brumenta = Self.rows(ReportFixture.report("BRUMENTA", .fr).specialBudgets.tables[0])
        #expect(brumenta["Prisons"]!.map(\.text)[0...1] == [amount("BRUMENTA", .prisons, 2025), amount("BRUMENTA", .prisons, 2024)])
        #expect(brumenta["Sessions des stagiaires"]![0].text == amount("BRUMENTA", .traineeSessions, 2025))
        // COM-GER holds no prisons line in the demo (no row): no misleading zero.
        #expect(!demo.budget!.contains { $0.network == "COM-GER" && $0.line == .prisons })
        let comger = Self.rows(ReportFixture.report("COM-GER", .fr).specialBudgets.tables[0])
        #expect(comger["Prisons"]![0].text == "pas de budget sur cette ligne")
        let child = try #require(demo.networks.first { $0.targetGroup == .child }?.code)
        let rows = Self.rows(ReportFixture.report(child, .fr).specialBudgets.tables[0])
        #expect(rows["Troubles alimentaires"]![0].text == amount(child, .eatingDisorders, 2025))
    }

    // MARK: Operating costs

    @Test func eachCostCentreIsShownAgainstTheOperatingLineWithTheCapsOfTheChecks() {
        let section = Self.report("BRUMENTA").operatingCosts
        let table = section.tables[0]
        #expect(
            table.columns.map(\.label) == ["Centre de frais", "Montant 2026", "Part de la ligne de fonctionnement", "Plafond", "Respecté"])
        #expect(table.rows.count == 11)
        let rows = Self.rows(table)
        let governance = rows[
            "727112 — Gouvernance et soutien du réseau pour la mise en œuvre des trois fonctions et des missions de l’article 8 (art. 14 §2 1°)"
        ]!
        #expect(governance.map(\.text) == [Self.euros(4_000_000), "40,0" + BelgianFormat.space + "%", "", ""])
        // 727230: 30 000,01 € is one cent above the cap of art. 14 §2 7°.
        let hospital = rows["727230 — Frais de l’hôpital pour la charge administrative (art. 14 §2 7°)"]!
        #expect(hospital.map(\.text) == [Self.euros(3_000_001), "30,0" + BelgianFormat.space + "%", "≤ " + Self.euros(3_000_000), "non"])
        // 727285: exactly 5 % of the line is within the cap of art. 14 §2 10° b.
        let pay = rows["727285 — Rémunération du temps de travail et de l’expertise pour les missions de mise en œuvre (art. 14 §2 10°)"]!
        #expect(pay.map(\.text) == [Self.euros(500_000), "5,0" + BelgianFormat.space + "%", "≤ 5,0" + BelgianFormat.space + "%", "oui"])
        // 2026: art. 14 §2 is the text of 2024; the caps are the follow-up committee's reading, and the note says so.
        #expect(pay[2].note!.hasPrefix("le texte cité vaut jusqu’en 2025 : l’avenant 2026 (art. 2) remplace l’art. 14"))
        let total = rows["Total facturé (727112 à 727285)"]!
        #expect(
            total.map(\.text) == [Self.euros(7_500_001), "75,0" + BelgianFormat.space + "%", "≤ 100,0" + BelgianFormat.space + "%", "oui"])
        #expect(table.rows.last!.total)
        // A centre without costs in the year is a real zero: the network invoiced operating costs that year.
        #expect(
            rows["727263 — Frais de crédit à court terme auprès d’une institution financière (art. 14 §2 9°)"]![0].text == Self.euros(0))
        // The caps are quoted with their articles, from checks.yaml.
        let plain = section.paragraphs.map(\.plain)
        #expect(
            plain.contains(
                "Plafond de la convention (art. 14 §2 7°) — Les frais de gestion de l’hôpital (727230) ne dépassent pas 30 000 € par an."
            ))
        #expect(plain.contains { $0.hasPrefix("Plafond de la convention (art. 14 §2 10° b) — ") })
        #expect(plain[0].hasPrefix("La ligne budgétaire de fonctionnement 2026 (art. 14 §1 c) s’élève à " + Self.euros(10_000_000)))
    }

    @Test func costsAboveTheOperatingLineAreABreachInBothLanguages() {
        let fr = Self.rows(Self.report("EA-ANT").operatingCosts.tables[0])
        #expect(
            fr["Total facturé (727112 à 727285)"]!.map(\.text) == [
                Self.euros(15_000), "150,0" + BelgianFormat.space + "%", "≤ 100,0" + BelgianFormat.space + "%", "non",
            ])
        let nl = Self.report("EA-ANT", .nl).operatingCosts.tables[0]
        #expect(nl.columns.map(\.label) == ["Kostenplaats", "Bedrag 2026", "Aandeel van de budgetlijn werking", "Plafond", "Nageleefd"])
        #expect(nl.rows.last!.cells.map(\.text).last == "nee")
        #expect(nl.rows[4].cells[0].text == "727193 — Lokale coördinator en andere personeelskosten (art. 14 §2 5°)")
    }

    @Test func withoutOperatingCostsTheSectionSaysSoAndChecksNothing() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-03,726471,24-64,yes,10\n",
            "budget.csv": "network,year,line,amount_eur\nBRUMENTA,2025,operating,200.00\n",
        ])
        let dataset = try TestSupport.read(folder)
        let figures = ReportFigures.compute(
            dataset, catalogue: ReportFixture.catalogue, year: 2025, disclosure: DisclosurePolicy(audience: .network), language: .en)
        let section = Self.report("BRUMENTA", figures: figures, dataset: dataset).operatingCosts
        #expect(section.missing?.plain.contains("table « operating_costs » absente du jeu de données") == true)
        #expect(section.tables.isEmpty && section.paragraphs.isEmpty)
        // The rule checks say the same: the caps are not evaluated.
        let caps = figures.findings.filter {
            ["hospital_administration_cap", "implementation_pay_cap", "operating_costs_within_line"].contains($0.rule)
        }
        #expect(caps.count == 3 && caps.allSatisfy { if case .notEvaluated = $0.outcome { true } else { false } })
    }

    @Test func theDemosCostCentresAddUpToItsOperatingCostsRows() {
        let demo = ReportFixture.demo
        let rows = ReportFixture.report("BRUMENTA", .fr).operatingCosts.tables[0].rows
        let costs = demo.operatingCosts!.filter { $0.network == "BRUMENTA" && $0.month.year == ReportFixture.year }
        for (index, code) in ReportMeasure.costCentreCodes.enumerated() {
            let cents = costs.filter { $0.pseudocode == code }.reduce(0) { $0 + $1.amount.cents }
            #expect(rows[index].cells[0].text.hasPrefix("\(code) — "))
            #expect(rows[index].cells[1].text == Self.euros(cents), "\(code)")
        }
        #expect(rows.last!.cells[1].text == Self.euros(costs.reduce(0) { $0 + $1.amount.cents }))
        // The hospital cap holds exactly when the centre's costs are at most 30 000 €.
        let hospital = costs.filter { $0.pseudocode == 727230 }.reduce(0) { $0 + $1.amount.cents }
        #expect(rows[6].cells[4].text == (hospital <= 3_000_000 ? "oui" : "non"))
    }

    // MARK: Wording

    @Test func theDutchDraftSaysDuidingBestrijkenAndTheFullFunctionNames() {
        let markdown = ReportFixture.renderer.render(ReportFixture.report("BRUMENTA", .nl), format: .md)
        #expect(markdown.contains("Duiding van de cijfers"))
        #expect(!markdown.lowercased().contains("lezing"))
        #expect(markdown.contains("bestrijken"))
        #expect(!markdown.contains(" dekken "))
        #expect(markdown.contains("Functie 3 — eerstelijnspsychologische behandeling"))
        #expect(!markdown.contains("— behandeling"))
        #expect(!markdown.contains("aanhangsel") && !markdown.contains("addendum"))
    }

    @Test func theFrenchDraftUsesTheFullOfficialFunctionNames() {
        let markdown = ReportFixture.renderer.render(ReportFixture.report("BRUMENTA", .fr), format: .md)
        #expect(markdown.contains("Fonction 2 — soutien psychologique de première ligne"))
        #expect(markdown.contains("Fonction 3 — traitement psychologique de première ligne"))
        #expect(!markdown.contains("— traitement ("))
        #expect(!markdown.contains("soutien psychologique (fonction 2)"))
    }
}
