import FiveAimTestFixtures
import Foundation

@testable import FiveAim
@testable import FiveAimDemo

/// The comparison suites' shared inputs: the standard demo (2024-04 to 2026-10), its comparison and the shipped labels.
enum CompareFixture {
    /// The last month of the demo.
    static let until = DemoFixture.until

    /// The demo dataset: the one shared by every test target.
    static let demo: Dataset = {
        do { return try DemoFixture.dataset.get() } catch { fatalError("demo: \(error)") }
    }()

    /// The engine over the shipped catalogue.
    static let engine = IndicatorEngine(catalogue: EngineFixture.catalogue)

    /// The default comparison of 2025 (adults with COM-GER, children), computed once.
    static let comparison = engine.compare(demo, request: ComparisonRequest(year: 2025))

    /// `Exports/compare/texts.<lang>.yaml` and the page template, loaded once.
    static let texts: ComparisonTexts = {
        do { return try ComparisonTexts.load(exports: exports) } catch { fatalError("compare texts: \(error)") }
    }()

    /// The shipped Exports folder.
    static let exports = EngineFixture.root.appendingPathComponent("Exports")

    /// The planted funnel outliers of docs/demo-dataset.md (7): indicator, group, network, side.
    static let planted: [(indicator: String, group: ComparisonGroup, network: String, side: OutlierSide)] = [
        ("outreach_share", .adult, PlantedBreaches.outreachOutlier, .better),
        ("wait_within_30d", .adult, PlantedBreaches.slowAccessAdult, .worse),
        ("bim_share", .child, PlantedBreaches.lowBIMChild, .worse),
    ]

    /// The path of `name` on PATH, when present.
    static func executable(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Splits CSV text (RFC 4180 quoting) into records of fields.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": record.append(field); field = ""
            case "\n", "\r\n":
                record.append(field); field = ""
                records.append(record); record = []
            case "\r": break
            default: field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
