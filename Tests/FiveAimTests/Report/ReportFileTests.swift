import Foundation
import Testing
import ZIPFoundation

@testable import FiveAim

/// Files: the .docx package and its XML, LibreOffice conversion, atomic batches, golden Markdown snapshots.
struct ReportFileTests {
    static let canConvert = DocxConverter.isAvailable

    @Test(.enabled(if: canConvert, "needs pandoc and rsvg-convert"))
    func theDocxIsAValidPackageWithWordHeadingsTablesAndChartImages() throws {
        let folder = try TestSupport.temporaryFolder()
        let request = ReportRequest(
            networks: [ReportFixture.demo.networks.first { $0.code == "ADS" }!], year: ReportFixture.year,
            languages: [.nl], formats: [.docx], disclosure: DisclosurePolicy(audience: .network), directory: folder)
        let written = try ReportBatch.write(
            ReportFixture.demo, catalogue: ReportFixture.catalogue, resources: ReportFixture.resources, request: request)
        #expect(written == [folder + "/ADS-2025-nl.docx"])
        let archive = try Archive(url: URL(fileURLWithPath: written[0]), accessMode: .read)
        let names = Set(archive.map(\.path))
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] {
            #expect(names.contains(part), "missing \(part)")
        }
        var document = ""
        for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let text = String(decoding: data, as: UTF8.self)
            #expect(try isWellFormedXML(text), "\(entry.path) is not well-formed XML")
            if entry.path == "word/document.xml" { document = text }
        }
        #expect(document.contains("<w:pStyle w:val=\"Heading1\" />") && document.contains("<w:pStyle w:val=\"Heading2\" />"))
        #expect(document.contains("TOC \\o"), "a table of contents field")
        #expect(document.components(separatedBy: "<w:tbl>").count > 10, "real tables")
        #expect(names.filter { $0.hasPrefix("word/media/") && $0.hasSuffix(".png") }.count >= 5, "charts as images")
        #expect(document.contains("In te vullen"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["ADS-2025-nl.docx", "fiveaim-output.json"],
            "no staging folder left")
    }

    @Test(.enabled(if: canConvert && ReportFixture.has("libreoffice"), "needs pandoc, rsvg-convert and libreoffice"))
    func libreOfficeConvertsTheDocxToPDF() throws {
        let folder = try TestSupport.temporaryFolder()
        let request = ReportRequest(
            networks: [ReportFixture.demo.networks.first { $0.code == "BRUMENTA" }!], year: ReportFixture.year,
            languages: [.fr], formats: [.docx], disclosure: DisclosurePolicy(audience: .committee), directory: folder)
        let written = try ReportBatch.write(
            ReportFixture.demo, catalogue: ReportFixture.catalogue, resources: ReportFixture.resources, request: request)
        let (status, output) = try run(
            DocxConverter.executable("libreoffice")!,
            ["-env:UserInstallation=file://\(folder)/lo-profile", "--headless", "--convert-to", "pdf", "--outdir", folder, written[0]])
        #expect(status == 0, "\(output)")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: folder + "/BRUMENTA-2025-fr.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)) && pdf.count > 50_000)
    }

    @Test func aFolderWithOtherFilesIsRefusedBeforeAnyReportIsWritten() throws {
        let folder = try TestSupport.temporaryFolder()
        let networks = Array(ReportFixture.demo.networks.sorted { $0.code < $1.code }.prefix(3))
        let (first, second) = (networks[0].code, networks[1].code)
        // A draft the coordinator keeps (not listed by a fiveaim-output.json) and a folder of theirs.
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/\(first)-2025-fr.md"))
        try FileManager.default.createDirectory(atPath: folder + "/\(second)-2025-fr.md", withIntermediateDirectories: false)
        let request = ReportRequest(
            networks: networks, year: ReportFixture.year, languages: [.fr], formats: [.html, .md],
            disclosure: DisclosurePolicy(audience: .network), directory: folder)
        let error = try #require(throws: DiagnosticError.self) {
            try ReportBatch.write(
                ReportFixture.demo, catalogue: ReportFixture.catalogue, resources: ReportFixture.resources, request: request)
        }
        #expect(error.diagnostics.map(\.code) == [.outputFolderRefused])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["\(first)-2025-fr.md", "\(second)-2025-fr.md"])
        #expect(try String(contentsOfFile: folder + "/\(first)-2025-fr.md", encoding: .utf8) == "old")
    }

    @Test(.enabled(if: canConvert, "needs pandoc and rsvg-convert"))
    func aConverterFailureNamesTheNetworkAndFileAndLeavesThePreviousBatchAsItWas() throws {
        let parent = try TestSupport.temporaryFolder()
        let folder = parent + "/reports"
        let network = ReportFixture.demo.networks.sorted { $0.code < $1.code }[0]
        let previous = ReportRequest(
            networks: [network], year: ReportFixture.year, languages: [.fr], formats: [.md],
            disclosure: DisclosurePolicy(audience: .network), directory: folder)
        try ReportBatch.write(ReportFixture.demo, catalogue: ReportFixture.catalogue, resources: ReportFixture.resources, request: previous)
        let before = FaultInjection.snapshot(folder)
        var resources = ReportFixture.resources
        resources.referenceDocx = parent + "/no-such-reference.docx"
        let request = ReportRequest(
            networks: [network], year: ReportFixture.year, languages: [.fr], formats: [.md, .docx],
            disclosure: DisclosurePolicy(audience: .network), directory: folder)
        let error = try #require(throws: DiagnosticError.self) {
            try ReportBatch.write(ReportFixture.demo, catalogue: ReportFixture.catalogue, resources: resources, request: request)
        }
        // pandoc cannot read the reference document: the message says which network's draft, which file, which program.
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.code == .reportConverterFailed)
        #expect(diagnostic.location?.file == folder + "/\(network.code)-2025-fr.docx")
        #expect(
            diagnostic.message.hasPrefix("network \(network.code), fr, \(network.code)-2025-fr.docx: pandoc failed (exit "),
            "\(diagnostic.message)")
        #expect(FaultInjection.snapshot(folder) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["reports"])
    }

    // MARK: Golden snapshots

    /// Set `FIVEAIM_RECORD_REPORTS=1` to rewrite the snapshots; the run still fails so that a recording is never mistaken for a pass.
    static let recording = ProcessInfo.processInfo.environment["FIVEAIM_RECORD_REPORTS"] == "1"

    @Test(arguments: [Language.fr, .nl])
    func theMarkdownOfTheSmallFixtureMatchesItsSnapshot(language: Language) throws {
        let dataset = EngineFixture.small
        let figures = ReportFigures.compute(
            dataset, catalogue: ReportFixture.catalogue, year: 2025,
            disclosure: DisclosurePolicy(audience: .network), language: .en)
        let composer = AnnualReportComposer(
            texts: ReportFixture.resources.texts[language]!, figures: figures, dataMonths: dataset.monthsCovered,
            runMonth: TestSupport.runMonth)
        var report = composer.compose(dataset.networks.first { $0.code == dataset.activity[0].network }!)
        report.setChartSources { "charts/\($0.id).svg" }
        let markdown = ReportFixture.renderer.render(report, format: .md)
        let path = EngineFixture.root.appendingPathComponent("Tests/FiveAimTests/Fixtures/report/small-2025-\(language.rawValue).md").path
        if Self.recording {
            try Data(markdown.utf8).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(path); unset FIVEAIM_RECORD_REPORTS and run again")
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            markdown == expected, "the Markdown differs from \(path); if the change is intended, re-record with FIVEAIM_RECORD_REPORTS=1")
    }
}
