import Foundation
import Testing

@testable import FiveAim
@testable import FiveAimDemo

/// The sections issue 17 adds for the convention: governance and network life (art. 13 §1 12°, art. 12), outreach sites
/// by type (art. 8 §2) and return to work (2026 amendment). Values are traced back to the demo's input rows.
@Suite struct ReportConventionSectionsTests {
    /// A demo that reaches into 2026 (2024-04 to 2026-03), for the amendment's sections.
    static let demo2026: Dataset = {
        do {
            let folder = try TestSupport.temporaryFolder() + "/demo2026"
            _ = try DemoDataset.write(
                to: folder, reference: EngineFixture.reference, options: DemoOptions(until: YearMonth(year: 2026, month: 3)))
            return try DatasetReader.read(
                directory: folder, reference: EngineFixture.reference,
                options: DatasetReadOptions(problemLimit: 50, runMonth: TestSupport.runMonth))
        } catch { fatalError("2026 demo: \(error)") }
    }()

    static let figures2026 = ReportFigures.compute(
        demo2026, catalogue: ReportFixture.catalogue, year: 2026, disclosure: DisclosurePolicy(audience: .network), language: .en)

    static func report2026(_ network: String, _ language: Language = .fr) -> AnnualReport {
        ReportFixture.report(network, language, figures: figures2026, dataset: demo2026)
    }

    static func table(_ section: ReportSection, _ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ReportTable? {
        let found = section.tables.first { $0.id == id }
        #expect(found != nil, "no table \(id)", sourceLocation: sourceLocation)
        return found
    }

    static func row(_ table: ReportTable?, _ label: String) -> ReportRow? { table?.rows.first { $0.cells.first?.text == label } }

    // MARK: Governance

    @Test func theGovernanceTableShowsProvidersFTETrainingAndIntervisionOfTheWorkforceRows() throws {
        let report = ReportFixture.report("KEMPEN", .fr)
        let rows = ReportFixture.demo.workforce!.filter { $0.network == "KEMPEN" && $0.year == 2025 }
        try #require(!rows.isEmpty)
        let providers = rows.map(\.providers).reduce(0, +), trained = rows.map(\.trained).reduce(0, +)
        let fte = rows.compactMap(\.fteHundredths).reduce(0, +), intervision = rows.map(\.intervisionSessions).reduce(0, +)
        let table = Self.table(report.governance.section, "governance-workforce")
        let providersRow = Self.row(table, "Prestataires du réseau")
        #expect(providersRow?.cells[1].text == BelgianFormat.count(providers))
        #expect(providersRow?.cells[1].ref == "report_workforce_providers|KEMPEN|2025|value")
        #expect(providersRow?.cells[3].text == BelgianFormat.count(providers))
        // Full-time equivalents, collected in hundredths, shown with two decimals (never shown before issue 17).
        let fteRow = Self.row(table, "Équivalents temps plein")
        #expect(fteRow?.cells[1].text == BelgianFormat.decimal(Double(fte) / 100, decimals: 2))
        #expect(fteRow?.cells[3].text == BelgianFormat.decimal(Double(fte) / 100, decimals: 2))
        #expect(
            fteRow?.cells[5].text
                == "table workforce ; art. 13 §1 3°".replacingOccurrences(of: "art. 13 §1 3°", with: "art.\u{00A0}13\u{00A0}§1\u{00A0}3°"))
        let trainedRow = Self.row(table, "Part de prestataires formés")
        #expect(trainedRow?.cells[3].text == BelgianFormat.count(trained))
        #expect(trainedRow?.cells[4].text == BelgianFormat.count(providers))
        #expect(trainedRow?.cells[1].text == BelgianFormat.percent(Double(trained) / Double(providers)))
        let intervisionRow = Self.row(table, "Séances d’intervision par prestataire")
        #expect(intervisionRow?.cells[3].text == BelgianFormat.count(intervision))
        #expect(intervisionRow?.cells[4].text == BelgianFormat.count(providers))
        // the short demo ends in June 2025: the year before is compared over the same months, which a yearly table cannot give
        #expect(
            table?.columns.map { $0.label } == [
                "Indicateur", "2025", "2024 (janv.–juin)", "Numérateur 2025", "Dénominateur 2025", "Source",
            ])
    }

    @Test func theGovernanceSectionHasOnePlaceholderPerTopicInEachLanguage() {
        let french = ReportFixture.report("KEMPEN", .fr).governance
        #expect(
            french.topics.map(\.heading) == [
                "Gouvernance du réseau", "Culture de la qualité", "Formation et intervision", "Collaboration à l’étude d’évaluation",
                "Programmes de groupe transmis à l’INAMI", "Site web du réseau",
            ])
        #expect(french.topics.allSatisfy { $0.placeholder.label == "À compléter" })
        #expect(french.topics[1].placeholder.hint.contains("des patients, des familles et des prestataires"))
        let dutch = ReportFixture.report("KEMPEN", .nl).governance
        #expect(dutch.topics.allSatisfy { $0.placeholder.label == "In te vullen" })
        #expect(dutch.topics[4].heading == "Groepsprogramma’s bezorgd aan het RIZIV")
    }

    @Test func aFTEColumnLeftEmptyIsNotAvailableNeverZero() {
        var dataset = ReportFixture.demo
        dataset.workforce = dataset.workforce?.map { row in
            var copy = row
            if row.network == "KEMPEN" { copy.fteHundredths = nil }
            return copy
        }
        let figures = ReportFigures.compute(
            dataset, catalogue: ReportFixture.catalogue, year: 2025, disclosure: DisclosurePolicy(audience: .network), language: .en)
        let result = figures.current(ReportMeasure.workforceFTE.id, "KEMPEN")
        #expect(result?.status == .notAvailable)
        #expect(figures.current(ReportMeasure.workforceFTE.id, "ADS")?.status == .ok)
        // The draft says the column is empty, not that the table has no rows (KEMPEN has providers).
        let table = ReportFixture.report("KEMPEN", .fr, figures: figures, dataset: dataset).governance.section.tables.first
        let row = Self.row(table, "Équivalents temps plein")
        #expect(row?.cells[1].text == "non disponible")
        #expect(
            table?.notes.first { $0.number == row?.cells[1].note }?.text
                == "colonne « fte » (équivalents temps plein, facultative) absente ou vide dans la table « workforce » pour 2025")
    }

    // MARK: Outreach sites

    @Test func outreachSitesByTypeAreTheSumsOfTheDemoRows() throws {
        let report = ReportFixture.report("KEMPEN", .fr)
        let rows = ReportFixture.demo.outreachSites!.filter { $0.network == "KEMPEN" }
        let table = Self.table(report.outreachSites, "outreach-sites")
        let info = ReportFixture.catalogue.outreachSiteTypes
        for type in [OutreachSiteType.generalPractice, .school, .socialService, .other] {
            let row = Self.row(table, info.info(type)!.labels[.fr])
            let current = rows.filter { $0.year == 2025 && $0.siteType == type },
                previous = rows.filter { $0.year == 2024 && $0.siteType == type }
            #expect(row?.cells[1].text == BelgianFormat.count(current.map(\.sites).reduce(0, +)), "\(type)")
            #expect(row?.cells[2].text == BelgianFormat.count(current.map(\.sessions).reduce(0, +)), "\(type)")
            // the short demo ends in June 2025: outreach_sites is yearly, so 2024 cannot be limited to January–June
            #expect(!previous.isEmpty && row?.cells[3].text == "non disponible", "\(type)")
            #expect(
                table?.notes.first { $0.number == row?.cells[3].note }?.text.contains("ne peut pas être limité aux mêmes mois") == true,
                "\(type)")
            #expect(row?.cells[2].ref == "report_outreach_sessions_\(type.rawValue)|KEMPEN|2025|value")
        }
        let total = table?.rows.last
        #expect(total?.total == true)
        #expect(total?.cells[1].text == BelgianFormat.count(rows.filter { $0.year == 2025 }.map(\.sites).reduce(0, +)))
        // 2025: the amendment's kinds are no table of their own, a sentence says when they start.
        #expect(!report.outreachSites.tables.contains { $0.id == "outreach-sites-added" })
        #expect(
            report.outreachSites.paragraphs.last?.plain
                == "Les services de l’emploi et les sites des mutualités ne sont des lieux d’accroche prioritaires qu’à partir de 2026 (avenant 2026, art. 1, complétant l’art. 8 §2)."
        )
    }

    @Test func fromTwentyTwentySixEmploymentServicesAndMutualitiesAreShownApartAndSansObjetTheYearBefore() throws {
        let report = Self.report2026("KEMPEN")
        let added = Self.table(report.outreachSites, "outreach-sites-added")
        #expect(added?.rows.map { $0.cells[0].text } == ["Service de l’emploi (Forem, Actiris, ADG, VDAB)", "Mutualité"])
        let rows = Self.demo2026.outreachSites!.filter { $0.network == "KEMPEN" && $0.year == 2026 && $0.siteType == .mutuality }
        #expect(added?.rows[1].cells[1].text == BelgianFormat.count(rows.map(\.sites).reduce(0, +)))
        #expect(added?.rows[1].cells[3].text == "sans objet")
        #expect(added?.notes.map { $0.text } == ["lieu d’accroche prioritaire à partir de 2026 : art. 8 §2 (avenant 2026, art. 1)"])
        // The convention's table keeps the six kinds of 2024.
        #expect(Self.table(report.outreachSites, "outreach-sites")?.rows.count == 7)
    }

    @Test func withoutTheOutreachSitesTableTheSectionsSaySoInsteadOfZeros() {
        var dataset = Self.demo2026
        dataset.outreachSites = nil
        let figures = ReportFigures.compute(
            dataset, catalogue: ReportFixture.catalogue, year: 2026, disclosure: DisclosurePolicy(audience: .network), language: .en)
        let report = ReportFixture.report("KEMPEN", .fr, figures: figures, dataset: dataset)
        #expect(report.outreachSites.tables.isEmpty)
        #expect(
            report.outreachSites.paragraphs.last?.plain
                == "Ces chiffres ne peuvent pas être présentés : table « outreach_sites » absente du jeu de données. Aucune valeur n’est remplacée par zéro."
        )
        #expect(!report.returnToWork.tables.contains { $0.id == "return-to-work-sites" })
        #expect(report.returnToWork.paragraphs.last?.plain == report.outreachSites.paragraphs.last?.plain)
        let dutch = ReportFixture.report("KEMPEN", .nl, figures: figures, dataset: dataset)
        #expect(dutch.outreachSites.paragraphs.last?.plain.contains("tabel ‘outreach_sites’ ontbreekt in de dataset") == true)
    }

    // MARK: Return to work

    @Test func returnToWorkShowsTheNetworksAllocationArt8UseAndItsSites() throws {
        let report = Self.report2026("KEMPEN")
        let allocation = Self.table(report.returnToWork, "return-to-work-allocation")
        #expect(
            allocation?.rows.map { $0.cells[1].text } == [
                "71\u{00A0}428,57\u{00A0}€", "131\u{00A0}832,42\u{00A0}€", "203\u{00A0}260,99\u{00A0}€",
            ])
        #expect(allocation?.rows[1].cells[1].ref == "return_to_work_budget|KEMPEN|2026|care_base_addition")
        #expect(allocation?.notes.isEmpty == true)
        let art8 = Self.table(report.returnToWork, "return-to-work-art8")
        #expect(art8?.rows[0].cells[1].ref == "report_budget_art8_outreach|KEMPEN|2026|value")
        #expect(art8?.rows[1].cells[1].ref == "report_spending_mission|KEMPEN|2026|value")
        #expect(art8?.rows[2].cells[1].ref == "art8_mission_share_of_outreach_line|KEMPEN|2026|value")
        let sites = Self.table(report.returnToWork, "return-to-work-sites")
        #expect(sites?.rows.map { $0.cells[0].text } == ["Service de l’emploi (Forem, Actiris, ADG, VDAB)", "Mutualité"])
        #expect(report.returnToWork.placeholder?.hint.contains("« sur base des rapports annuels »") == true)
        #expect(report.returnToWork.paragraphs[0].plain.contains("(71\u{00A0}428,57\u{00A0}€ par réseau en 2026, doublé à partir de 2027)"))
        #expect(report.returnToWork.missing == nil)
    }

    @Test func aTotalPrintedOneCentOffItsPartsIsKeptAndExplained() throws {
        let report = Self.report2026("EMERGO")
        let allocation = Self.table(report.returnToWork, "return-to-work-allocation")
        #expect(allocation?.rows[2].cells[1].text == "195\u{00A0}923,05\u{00A0}€")
        #expect(
            allocation?.notes.map { $0.text } == [
                "total tel qu’imprimé dans l’avenant, qui arrondit chaque montant séparément ; la somme des deux ajouts donne 195\u{00A0}923,04\u{00A0}€"
            ])
    }

    @Test func returnToWorkDoesNotApplyToAChildNetworkNorBefore2026() {
        #expect(
            Self.report2026("EA-ANT").returnToWork.missing?.plain
                == "Sans objet pour ce réseau : le budget « Retour au travail » va aux 20 réseaux pour adultes et au réseau de la Communauté germanophone (avenant 2026, répartition budgétaire) ; les réseaux pour enfants et adolescents ne le reçoivent pas."
        )
        #expect(Self.report2026("EA-ANT").returnToWork.tables.isEmpty)
        let before = ReportFixture.report("KEMPEN", .fr).returnToWork
        #expect(
            before.missing?.plain
                == "Sans objet pour 2025 : la mesure « Retour au travail » s’applique à partir du 1er janvier 2026 (avenant 2026, art. 3).")
        #expect(before.tables.isEmpty && before.placeholder == nil)
        #expect(
            ReportFixture.report("KEMPEN", .nl).returnToWork.missing?.plain
                == "Niet van toepassing voor 2025: de maatregel ‘Terugkeer naar werk’ geldt vanaf 1 januari 2026 (wijzigingsclausule 2026, art. 3)."
        )
        #expect(Self.report2026("COM-GER").returnToWork.missing == nil)
    }
}

/// `Indicators/reference/return_to_work_budget.csv`: the 2026 amendment's table (« Répartition budgétaire »), as printed.
@Suite struct ReturnToWorkBudgetTableTests {
    static let table = TestSupport.reference.returnToWork

    /// The amendment's table as printed (network, art. 8 addition, base care addition, total), in euros.
    static let printed: [(String, String, String, String)] = [
        ("107-BW", "71428.57", "111671.64", "183100.21"), ("ADS", "71428.57", "187389.04", "258817.61"),
        ("BRUMENTA", "71428.57", "334210.36", "405638.93"), ("COM-GER", "71428.57", "23802.05", "95230.62"),
        ("DILETTI", "71428.57", "171100.97", "242529.54"), ("EMERGO", "71428.57", "124494.47", "195923.05"),
        ("FUSION-LIEGE", "71428.57", "226429.83", "297858.40"), ("KEMPEN", "71428.57", "131832.42", "203260.99"),
        ("KWADRAAT", "71428.57", "96712.74", "168141.32"), ("MOSAIQUE", "71428.57", "205576.39", "277004.96"),
        ("NAMUR", "71428.57", "137482.22", "208910.79"), ("NOOLIM", "71428.57", "96088.93", "167517.50"),
        ("NOWE", "71428.57", "156386.09", "227814.66"), ("PAKT", "71428.57", "246302.51", "317731.09"),
        ("P107-HAINAUT", "71428.57", "165014.65", "236443.22"), ("PROXIRELUX", "71428.57", "79080.32", "150508.89"),
        ("RELING", "71428.57", "153093.20", "224521.77"), ("RESME", "71428.57", "57165.48", "128594.05"),
        ("SARA", "71428.57", "258990.96", "330419.53"), ("SAVHA", "71428.57", "148747.35", "220175.92"),
        ("ZWV", "71428.57", "88428.37", "159856.95"),
    ]

    @Test func the2026RowsAreTheAmendmentsTableAsPrinted() {
        let rows = Self.table.allocations.filter { $0.year == 2026 }
        #expect(rows.count == 21)
        let read = rows.map {
            [$0.network, $0.art8Addition.description, $0.careBaseAddition?.description ?? "", $0.total?.description ?? ""]
        }
        #expect(read.sorted { $0[0] < $1[0] } == Self.printed.map { [$0.0, $0.1, $0.2, $0.3] }.sorted { $0[0] < $1[0] })
        // The printed totals of EMERGO, KWADRAAT, PAKT and ZWV are one cent above the sum of their parts, and kept.
        let offByOne = rows.filter { $0.total != $0.art8Addition + $0.careBaseAddition! }.map(\.network)
        #expect(offByOne == ["EMERGO", "KWADRAAT", "PAKT", "ZWV"])
        #expect(rows.allSatisfy { abs(($0.total! - $0.art8Addition - $0.careBaseAddition!).cents) <= 1 })
        // 1,5 M€ and 3,2 M€ split over 21 networks, each share rounded to the cent.
        #expect(rows.map(\.art8Addition).reduce(.zero, +) == Money(cents: 149_999_997))
        #expect(rows.compactMap(\.careBaseAddition).reduce(.zero, +) == Money(cents: 319_999_999))
        // Every adult network and COM-GER; no child network.
        let funded = Set(TestSupport.reference.networks.filter { $0.targetGroup != .child }.map(\.code))
        #expect(Set(rows.map(\.network)) == funded)
    }

    @Test func from2027TheArt8AdditionIsDoubledAndNoBaseCareAdditionIsSet() {
        let later = Self.table.allocation("KEMPEN", in: 2027)
        #expect(later?.art8Addition == Money(cents: 14_285_714))
        #expect(later?.careBaseAddition == nil && later?.total == nil)
        #expect(later?.source.contains("« Ce budget sera doublé à partir de 2027 »") == true)
        #expect(Self.table.allocation("KEMPEN", in: 2030)?.year == 2027)
        #expect(Self.table.allocation("KEMPEN", in: 2025) == nil)
        #expect(Self.table.allocation("EA-ANT", in: 2026) == nil)
    }

    /// A copy of the shipped reference folder with `return_to_work_budget.csv` replaced.
    static func catalogWith(_ text: String) throws -> String {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: TestSupport.catalog + "/reference", toPath: folder + "/reference")
        let path = folder + "/reference/return_to_work_budget.csv"
        try FileManager.default.removeItem(atPath: path)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    static let shipped: String = {
        do { return try String(contentsOfFile: TestSupport.catalog + "/reference/return_to_work_budget.csv", encoding: .utf8) } catch {
            fatalError("\(error)")
        }
    }()

    @Test func aBadAmountIsRefusedAtItsLineAndColumn() throws {
        // KWADRAAT's base care addition (line 10, column 4) with a letter in it.
        let folder = try Self.catalogWith(Self.shipped.replacingOccurrences(of: "96712.74", with: "96712.7x"))
        let failure = #expect(throws: DiagnosticError.self) { try ReferenceLoader.load(catalog: folder) }
        let diagnostic = failure?.diagnostics.first
        #expect(diagnostic?.location == SourceLocation(file: folder + "/reference/return_to_work_budget.csv", line: 10, column: 4))
        #expect(diagnostic?.code == .referenceData)
        #expect(diagnostic?.message.hasPrefix("reference data (code FA2054): column 'care_base_addition': not a decimal number") == true)
        #expect(failure?.exitCode == .software)
    }

    @Test func aTotalMoreThanOneCentOffItsPartsIsRefused() throws {
        let folder = try Self.catalogWith(Self.shipped.replacingOccurrences(of: "203260.99", with: "203261.99"))
        let failure = #expect(throws: DiagnosticError.self) { try ReferenceLoader.load(catalog: folder) }
        let diagnostic = failure?.diagnostics.first
        #expect(diagnostic?.location == SourceLocation(file: folder + "/reference/return_to_work_budget.csv", line: 9, column: 5))
        #expect(
            diagnostic?.message
                == "reference data (code FA2054): column 'total': not art8_addition + care_base_addition (off by more than one cent); expected the total as printed in the amendment"
        )
    }

    @Test func a2027Art8AdditionThatIsNotTwiceThe2026OneIsRefused() throws {
        let text = Self.shipped.replacingOccurrences(of: "KEMPEN,2027,142857.14", with: "KEMPEN,2027,142857.15")
        let folder = try Self.catalogWith(text)
        let failure = #expect(throws: DiagnosticError.self) { try ReferenceLoader.load(catalog: folder) }
        #expect(failure?.diagnostics.first?.location?.line == 30)
        #expect(failure?.diagnostics.first?.message.contains("the amendment doubles the art. 8 addition from 2027") == true)
    }

    @Test func aChildNetworkIsRefused() throws {
        let folder = try Self.catalogWith(Self.shipped + "EA-ANT,2026,71428.57,1.00,71429.57,x\n")
        let failure = #expect(throws: DiagnosticError.self) { try ReferenceLoader.load(catalog: folder) }
        #expect(failure?.diagnostics.first?.location?.line == 44)
        #expect(failure?.diagnostics.first?.message.contains("a child and adolescent network") == true)
    }
}
