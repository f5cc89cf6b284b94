import Foundation
import Testing
import ZIPFoundation

@testable import FiveAim

/// German (`de`) for the German-speaking community's network: every text family in German, Belgian German numbers and
/// months, `explain` and `compare` in German, and each network's own languages for drafts written without `--lang`.
struct GermanTests {
    /// The text families, each with a texts file per language (the report's: French, Dutch and German).
    static let families = ["Indicators", "Exports/compare", "Exports/extracts", "Exports/report"]

    @Test(arguments: families)
    func everyTextKeyOfTheFamilyExistsInFrenchDutchAndGerman(_ family: String) throws {
        var keys: [Language: Set<String>] = [:]
        for language in [Language.fr, .nl, .de] {
            let path = EngineFixture.root.appendingPathComponent("\(family)/texts.\(language.rawValue).yaml").path
            let tree = try #require(try YAMLTree.parse(String(contentsOfFile: path, encoding: .utf8), file: path))
            keys[language] = TextFilesTests.dottedKeys(tree, prefix: "")
        }
        #expect(keys[.de] == keys[.fr])
        #expect(keys[.de] == keys[.nl])
        #expect(keys[.de]?.isEmpty == false)
    }

    @Test func everyCatalogueLabelAndReferenceLabelHasAGermanText() {
        let catalogue = EngineFixture.catalogue
        #expect(catalogue.indicator("wait_median_days")?.title[.de] == "Median der Wartezeit bis zur ersten Sitzung")
        #expect(catalogue.indicators.allSatisfy { !$0.title[.de].isEmpty && $0.title[.de] != $0.title[.en] })
        #expect(catalogue.rules.allSatisfy { !$0.title[.de].isEmpty && $0.title[.de] != $0.title[.en] })
        let reference = EngineFixture.reference
        #expect(reference.pseudocodes[726412]?.labels[.de] == "Gemeinschaftsorientierte Intervention – Gruppe – Psychologe/Orthopädagoge")
        #expect(reference.costCentres[727134]?.labels[.de] == "Entwicklung einer Qualitätskultur")
        #expect(reference.outreachSiteTypes.info(.socialService)?.labels[.de] == "ÖSHZ")
    }

    @Test func germanMonthsAndNumbersAreWrittenTheBelgianWay() {
        let texts = EngineFixture.catalogue.texts(.de)
        #expect(
            texts.lists["months"] == [
                "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
            ])
        #expect(BelgianFormat.decimal(1234.5, decimals: 1) == "1\u{00A0}234,5")
        let numbers = ComparisonNumbers(language: .de, texts: CompareFixture.texts)
        #expect(numbers.decimal(1234.5, 1) == "1\u{202F}234,5")
        #expect(numbers.value(0.1234, unit: .proportion) == "12,3\u{00A0}%")
        #expect(numbers.change(0.012, unit: .proportion) == "+1,2\u{00A0}Pp.")
        #expect(ComparisonNumbers(language: .en, texts: CompareFixture.texts).decimal(1234.5, 1) == "1\u{202F}234.5")
    }

    @Test func explainWritesTheIndicatorInGerman() throws {
        let indicator = try #require(EngineFixture.catalogue.indicator("wait_within_30d"))
        let text = ExplainWriter.write(indicator, catalogue: EngineFixture.catalogue, language: .de)
        #expect(
            text.hasPrefix(
                "wait_within_30d — Erste Sitzungen innerhalb von 30 Tagen\n\nErste Einzelsitzungen innerhalb von 30 Tagen nach der Hilfeanfrage"
            ))
        #expect(
            text.contains(
                "rule:        first_session_within_30_days (art. 5 §2 B i): Die erste Sitzung findet innerhalb eines Monats nach der Anfrage statt (Ziel des Netzwerks)\n"
            ))
    }

    @Test func theExplainCommandTakesLangDe() throws {
        let outcome = try FaultInjection.run(["explain", "wait_median_days", "--lang", "de"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(
            outcome.output.hasPrefix(
                "wait_median_days — Median der Wartezeit bis zur ersten Sitzung\n\nMedian der Tage zwischen der Hilfeanfrage"))
    }

    @Test func theComparisonPageInGermanHasGermanTitlesLabelsAndNumbers() {
        let html = ComparisonHTMLWriter.write(CompareFixture.comparison, texts: CompareFixture.texts, language: .de)
        #expect(html.contains("<html lang=\"de\">"))
        #expect(html.contains("Vergleich der Netzwerke für psychische Gesundheit"))
        #expect(html.contains("Begleitausschuss (Art. 20) — Jahr 2025"))
        #expect(html.contains("Netzwerke für Erwachsene (mit der Deutschsprachigen Gemeinschaft)"))
        #expect(html.contains("Anteil der Einzelsitzungen in einer Anlaufstelle"))
        #expect(!html.contains("Share of individual sessions at an outreach site"))
        #expect(html.contains(/\d,\d\u{00A0}%/))
    }

    @Test func theShippedNetworksSayTheirLanguagesByRegion() throws {
        let networks = Dictionary(uniqueKeysWithValues: EngineFixture.reference.networks.map { ($0.code, $0) })
        #expect(networks["COM-GER"]?.languages == [.de])
        #expect(networks["BRUMENTA"]?.languages == [.fr, .nl])
        #expect(networks["EA-BXL"]?.languages == [.fr, .nl])
        #expect(networks["107-BW"]?.languages == [.fr])
        #expect(networks["ADS"]?.languages == [.nl])
        for network in networks.values { #expect(network.languages == network.region.languages, "\(network.code)") }
        let header = try String(contentsOf: EngineFixture.root.appendingPathComponent("Indicators/reference/networks.csv"), encoding: .utf8)
            .prefix { $0 != "\n" }
        #expect(header == "network,name,target_group,region,languages")
    }

    @Test func aDatasetsOwnNetworksTakeTheirRegionsLanguagesWhenTheColumnIsAbsentOrEmpty() throws {
        let withoutColumn = try TestSupport.dataset([
            "networks.csv": "network,name,target_group,region\nBRUMENTA,Brumenta,adult,BXL\nCOM-GER,Ostbelgien,all,DG\n",
            "activity.csv": OutreachSitesTests.activity,
        ])
        let read = try TestSupport.read(withoutColumn)
        #expect(read.networks.map(\.languages) == [[.fr, .nl], [.de]])
        let withColumn = try TestSupport.dataset([
            "networks.csv": "network,name,target_group,region,languages\nBRUMENTA,Brumenta,adult,BXL,nl fr\nCOM-GER,Ostbelgien,all,DG,\n",
            "activity.csv": OutreachSitesTests.activity,
        ])
        #expect(try TestSupport.read(withColumn).networks.map(\.languages) == [[.nl, .fr], [.de]])
    }

    @Test(arguments: ["xx", "fr fr", "fr,nl"])
    func aLanguagesCellThatIsNotAListOfLanguageCodesIsRefused(_ cell: String) throws {
        let folder = try TestSupport.dataset([
            "networks.csv": "network,name,target_group,region,languages\nBRUMENTA,Brumenta,adult,BXL,\"\(cell)\"\n",
            "activity.csv": OutreachSitesTests.activity,
        ])
        do {
            _ = try TestSupport.read(folder)
            Issue.record("expected FA2055")
        } catch {
            #expect(
                error.diagnostics.map { DiagnosticPrinter.format($0) } == [
                    "\(folder)/networks.csv:2:5: error: [FA2055] column 'languages': not a list of fr, nl, de, en separated by spaces, each once"
                ])
        }
    }

    @Test func withoutLangEachNetworkIsWrittenInItsOwnLanguagesAndWithLangInThoseGiven() throws {
        let networks = ["107-BW", "ADS", "BRUMENTA", "COM-GER"].map { code in EngineFixture.reference.networks.first { $0.code == code }! }
        var request = ReportRequest(
            networks: networks, year: 2025, languages: [], formats: [.md, .html], disclosure: DisclosurePolicy(audience: .network),
            directory: "reports")
        #expect(networks.map(request.languages(for:)) == [[.fr], [.nl], [.fr, .nl], [.de]])
        #expect(request.languagesUsed == [.fr, .nl, .de])
        #expect(request.fileCount == 10)
        request.languages = [.nl, .fr]
        #expect(networks.map(request.languages(for:)) == Array(repeating: [.nl, .fr], count: 4))
        #expect(request.languagesUsed == [.nl, .fr])
        #expect(request.fileCount == 16)
    }

    @Test func aBatchWithoutLangWritesEachNetworkInItsOwnLanguages() throws {
        let folder = try TestSupport.temporaryFolder() + "/reports"
        let networks = ["107-BW", "ADS", "BRUMENTA"].map { code in ReportFixture.demo.networks.first { $0.code == code }! }
        let request = ReportRequest(
            networks: networks, year: ReportFixture.year, languages: [], formats: [.md],
            disclosure: DisclosurePolicy(audience: .network), directory: folder)
        let written = try ReportBatch.write(
            ReportFixture.demo, catalogue: ReportFixture.catalogue, resources: ReportFixture.resources, request: request)
        #expect(
            written.map { ($0 as NSString).lastPathComponent }.sorted() == [
                "107-BW-2025-fr.md", "ADS-2025-nl.md", "BRUMENTA-2025-fr.md", "BRUMENTA-2025-nl.md",
            ])
    }

    @Test func comGerIsDraftedInGermanWithoutLangInEveryFormat() throws {
        let folder = try TestSupport.temporaryFolder() + "/reports"
        let network = try #require(ReportFixture.demo.networks.first { $0.code == "COM-GER" })
        let formats: [ReportFormat] = DocxConverter.isAvailable ? [.md, .html, .docx] : [.md, .html]
        let request = ReportRequest(
            networks: [network], year: ReportFixture.year, languages: [], formats: formats,
            disclosure: DisclosurePolicy(audience: .network), directory: folder)
        let written = try ReportBatch.write(
            ReportFixture.demo, catalogue: ReportFixture.catalogue, resources: ReportFixture.resources, request: request)
        #expect(Set(written) == Set(formats.map { "\(folder)/COM-GER-2025-de.\($0.rawValue)" }))
        let markdown = try String(contentsOfFile: folder + "/COM-GER-2025-de.md", encoding: .utf8)
        #expect(markdown.contains("lang: de-BE\n"))
        #expect(markdown.contains("\n# Zusammenfassung des Jahres 2025\n"))
        #expect(markdown.contains("\n# Wartezeit zwischen der Anfrage und der ersten Sitzung\n"))
        #expect(markdown.contains("> **Zu ergänzen** — "))
        #expect(!markdown.contains("À compléter") && !markdown.contains("In te vullen"))
        let html = try String(contentsOfFile: folder + "/COM-GER-2025-de.html", encoding: .utf8)
        #expect(html.contains("<html lang=\"de-BE\">"))
        #expect(html.contains("Anhang — Definitionen und Berechnungen"))
        guard formats.contains(.docx) else { return }
        let archive = try Archive(url: URL(fileURLWithPath: folder + "/COM-GER-2025-de.docx"), accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        let document = String(decoding: data, as: UTF8.self)
        #expect(document.contains("Zu ergänzen") && document.contains("Inhaltsverzeichnis"))
        #expect(!document.contains("À compléter"))
    }
}
