import Foundation
import Testing

@testable import FiveAim

/// What a reader sees: missing tables said in words (never zeros), self-contained valid HTML, Belgian numbers, charts.
struct ReportContentTests {
    /// The short demo without its waits, budget and experience tables.
    static let partial: Dataset = {
        var dataset = ReportFixture.demo
        dataset.waits = nil
        dataset.budget = nil
        dataset.experience = nil
        return dataset
    }()

    @Test(arguments: [Language.fr, .nl])
    func aNetworkWithMissingTablesGetsAReportThatSaysWhatIsMissingInsteadOfZeros(language: Language) throws {
        let figures = ReportFigures.compute(
            Self.partial, catalogue: ReportFixture.catalogue, year: ReportFixture.year,
            disclosure: DisclosurePolicy(audience: .network), language: .en)
        let report = ReportFixture.report("BRUMENTA", language, figures: figures, dataset: Self.partial)
        let texts = ReportFixture.resources.texts[language]!
        #expect(report.waits.missing != nil)
        #expect(report.waits.charts.isEmpty && report.waits.tables.isEmpty)
        let missing = try #require(report.waits.missing).plain
        #expect(missing.contains(texts.text(.reasonMissingTable, ["table": "waits"])))
        for table in ["budget", "experience", "waits"] {
            #expect(
                report.quality.paragraphs.contains {
                    $0.plain.contains(texts.text(.qualityMissingTable, ["table": table, "indicators": ""]).prefix(20))
                })
        }
        let html = ReportFixture.renderer.render(report, format: .html)
        for (ref, text) in ReportFixture.references(in: html)
        where ref.hasSuffix("|value")
            && (ref.hasPrefix("wait_") || ref.hasPrefix("report_wait_")
                || ref.hasPrefix("report_budget_") || ref.hasPrefix("experience_") || ref.hasPrefix("care_budget_use"))
        {
            #expect(text == texts[.notAvailable], "\(ref) shows \(text)")
        }
        #expect(report.summary.last!.plain.contains("waits"))
    }

    @Test func theHTMLHasNoExternalReference() {
        let html = ReportFixture.renderer.render(ReportFixture.report("BRUMENTA", .fr), format: .html)
        #expect(html.firstMatch(of: /(?i)(src|href)\s*=\s*"(https?:|\/\/)/) == nil)
        #expect(html.firstMatch(of: /(?i)<link|<script|<img|<iframe|@import|url\((?!#)/) == nil)
        #expect(html.contains("<svg"))
    }

    @Test(.enabled(if: ReportFixture.has("tidy"), "needs tidy (Debian tidy)"), arguments: [Language.fr, .nl])
    func theHTMLPassesTidyWithoutAWarning(language: Language) throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder + "/report.html"
        try Data(ReportFixture.renderer.render(ReportFixture.report("ADS", language), format: .html).utf8).write(
            to: URL(fileURLWithPath: path))
        let (status, output) = try run(DocxConverter.executable("tidy")!, ["-q", "-e", "--drop-empty-elements", "no", path])
        #expect(status == 0, "tidy: \(output)")
    }

    @Test func belgianNumbersUseSpacesAndCommasAndDatesAreInWords() {
        let space = BelgianFormat.space
        #expect(BelgianFormat.decimal(1234.5, decimals: 1) == "1\(space)234,5")
        #expect(BelgianFormat.decimal(-1234567.891, decimals: 2) == "-1\(space)234\(space)567,89")
        #expect(BelgianFormat.percent(0.1234) == "12,3\(space)%")
        #expect(BelgianFormat.count(12) == "12")
        #expect(BelgianFormat.euros(Money(cents: 123_456_789)) == "1\(space)234\(space)567,89\(space)€")
        #expect(BelgianFormat.euros(Money(cents: -5)) == "-0,05\(space)€")
        #expect(BelgianFormat.parse("1\(space)234,5\(space)%") == 1234.5)
        let fr = ReportFixture.resources.texts[.fr]!.format, nl = ReportFixture.resources.texts[.nl]!.format
        #expect(fr.date(year: 2026, month: 12, day: 1) == "1er décembre 2026")
        #expect(nl.date(year: 2026, month: 3, day: 15) == "15 maart 2026")
        #expect(fr.month(YearMonth(year: 2026, month: 8)) == "août 2026")
    }

    @Test func chartsAreWellFormedSVGWithAxisLabelsAndNoExternalReference() throws {
        let labels = ChartLabels(title: "T & t", xAxis: "x (days)", yAxis: "y (%)", description: "d")
        let charts: [any SVGChart] = [
            BarChart(
                labels: labels, bars: [.init(label: "a", value: 3), .init(label: "b", value: nil, missingText: "n/a")],
                reference: .init(value: 2, label: "ceiling"), format: .plain),
            StackedBarChart(
                labels: labels, series: ["s1", "s2"],
                categories: [.init(label: "c", values: [1, 3]), .init(label: "d", values: [nil, 1])],
                normalized: true, format: .plain),
            Histogram(
                labels: labels, bins: [.init(label: "0-7", value: 40), .init(label: "8-14", value: 60)], highlightThrough: 0, format: .plain
            ),
            LineChart(
                labels: labels, xLabels: ["j", "f", "m"],
                series: [.init(name: "2025", values: [1, nil, 3]), .init(name: "2024", values: [2, 2, 2])],
                format: .plain),
        ]
        for chart in charts {
            let svg = chart.svg()
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(svg.contains("T &amp; t") && svg.contains("x (days)"))
            #expect(svg.firstMatch(of: /href|https?:\/\/(?!www\.w3\.org\/2000\/svg)/) == nil)
            #expect(try isWellFormedXML(svg))
        }
        #expect(LinearScale(domain: 0...87, range: (0, 100)).ticks() == [0, 20, 40, 60, 80])
        #expect(LinearScale.niceDomain(maximum: 87) == 0...100)
    }
}

/// Runs a program, returning its exit status and standard error.
func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardError = pipe
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Whether `text` parses as XML (FoundationXML on Linux).
func isWellFormedXML(_ text: String) throws -> Bool {
    #if canImport(FoundationXML)
        return (try? FoundationXMLCheck.parse(text)) == true
    #else
        return true
    #endif
}
