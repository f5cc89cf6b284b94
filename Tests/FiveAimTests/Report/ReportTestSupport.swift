import Foundation
import Testing

@testable import FiveAim
@testable import FiveAimDemo

/// The report suites' shared inputs: a short demo (2024-04 to 2025-06), the catalogue with the report's breakdowns, the
/// report folder, and helpers to read figures back out of the HTML.
enum ReportFixture {
    /// `Exports/report/`.
    static let folder = EngineFixture.root.appendingPathComponent("Exports/report").path

    /// The report folder, loaded once.
    static let resources: ReportResources = {
        do { return try ReportResources.load(folder: folder) } catch { fatalError("report resources: \(error)") }
    }()

    /// The catalogue with the breakdowns.
    static let catalogue: Catalogue = {
        do {
            return try resources.catalogue(
                merging: EngineFixture.catalogue, catalogFolder: EngineFixture.catalogFolder,
                reference: EngineFixture.reference)
        } catch { fatalError("report catalogue: \(error)") }
    }()

    /// The reported year of the short demo.
    static let year = 2025

    /// A short demo dataset: every network, 2024-04 to 2025-06 (fast to build and report).
    static let demo: Dataset = {
        do {
            let folder = try TestSupport.temporaryFolder() + "/demo"
            _ = try DemoDataset.write(
                to: folder, reference: EngineFixture.reference, options: DemoOptions(until: YearMonth(year: 2025, month: 6)))
            return try EngineFixture.read(folder)
        } catch { fatalError("short demo: \(error)") }
    }()

    /// Figures of the short demo, per audience, computed once.
    static let networkFigures = ReportFigures.compute(
        demo, catalogue: catalogue, year: year, disclosure: DisclosurePolicy(audience: .network),
        language: .en)
    /// See `networkFigures`.
    static let committeeFigures = ReportFigures.compute(
        demo, catalogue: catalogue, year: year,
        disclosure: DisclosurePolicy(audience: .committee), language: .en)

    /// The renderer.
    static let renderer: ReportRenderer = {
        do { return try ReportRenderer(resources: resources) } catch { fatalError("templates: \(error)") }
    }()

    /// The report of `network` in `language`.
    static func report(_ network: String, _ language: Language, figures: ReportFigures = networkFigures, dataset: Dataset = demo)
        -> AnnualReport
    {
        let composer = AnnualReportComposer(
            texts: resources.texts[language]!, figures: figures, dataMonths: dataset.monthsCovered,
            runMonth: TestSupport.runMonth)
        return composer.compose(dataset.networks.first { $0.code == network }!)
    }

    /// Every `data-ref` of an HTML report with the text it shows, in order.
    static func references(in html: String) -> [(ref: String, text: String)] {
        let pattern = /data-ref="([^"]+)">([^<]*)</
        return html.matches(of: pattern).map { (String($0.output.1), unescape(String($0.output.2))) }
    }

    /// HTML character references of the templates' escaping back to text.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(
                of: "&amp;", with: "&")
    }

    /// Whether an executable is on PATH.
    static func has(_ name: String) -> Bool { DocxConverter.executable(name) != nil }
}
