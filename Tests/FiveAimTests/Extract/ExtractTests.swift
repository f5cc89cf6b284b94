import Foundation
import Testing

@testable import FiveAim
@testable import FiveAimDemo

/// A short demo dataset (2024-04 to 2024-09) and helpers shared by the extract suites.
enum ExtractFixture {
    /// `Exports/extracts/`.
    static let specFolder = TestSupport.projectRoot + "/Exports/extracts"

    /// The short demo dataset, generated and read once.
    static let demo: Result<Dataset, Error> = Result {
        let folder = try TestSupport.temporaryFolder() + "/demo"
        _ = try DemoDataset.write(
            to: folder, reference: TestSupport.reference, options: DemoOptions(until: YearMonth(year: 2024, month: 9)))
        return try TestSupport.read(folder, problemLimit: 50)
    }

    /// A fixed provenance, as with `SOURCE_DATE_EPOCH=1700000000`.
    static var provenance: ExtractProvenance {
        let (created, source) = ExtractProvenance.creationTime(environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        return ExtractProvenance(
            version: FiveAimVersion.current, commit: String(repeating: "a", count: 40), commitSource: "test",
            created: created, createdSource: source)
    }

    /// Loads a shipped spec.
    static func spec(_ name: String) throws -> ExtractSpec {
        try ExtractSpecLoader.load(
            file: specFolder + "/" + name + ".yaml", reference: TestSupport.reference, catalogue: EngineFixture.catalogue)
    }

    /// Builds and writes `spec` over `dataset` (the short demo when nil) into a new folder; returns the folder.
    static func write(_ spec: ExtractSpec, format: ExtractFormat = .csv, dataset: Dataset? = nil) throws -> String {
        let dataset = try dataset ?? demo.get()
        let result = try ExtractBuilder(
            reference: TestSupport.reference, catalogue: EngineFixture.catalogue, texts: TestSupport.extractTexts
        ).build(spec, dataset: dataset)
        var indicators: [IndicatorDefinition] = []
        if case .indicators(let ids) = spec.source {
            indicators = EngineFixture.catalogue.indicators.filter { ids?.contains($0.id) ?? true }
        }
        let inputs = try ExtractInputs.describe(dataset: dataset, reference: TestSupport.reference, indicators: indicators)
        let folder = try TestSupport.temporaryFolder() + "/extract"
        try ExtractWriter.write(result, format: format, provenance: provenance, inputs: inputs, to: folder)
        return folder
    }

    /// The files of a folder, by name.
    static func files(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return result
    }
}

/// Every spec of `Exports/extracts/` loads and runs on a small dataset, one test case per file.
struct ExtractSpecFileTests {
    static let names: [String] = ExtractSpecLoader.specFiles(in: ExtractFixture.specFolder).map {
        String($0.split(separator: "/").last!.dropLast(5))
    }

    @Test("the four extracts the issue asks for are shipped")
    func requiredSpecsAreShipped() {
        #expect(
            Set(Self.names).isSuperset(of: [
                "activity_network_month", "indicators_long", "waits_network_quarter", "beneficiaries_network_year",
            ]))
    }

    @Test("each shipped spec loads, runs on the short demo, writes data, codebook and manifest, and verifies intact", arguments: names)
    func shippedSpecRuns(_ name: String) throws {
        let spec = try ExtractFixture.spec(name)
        #expect(spec.id == name)
        #expect(spec.threshold >= ExtractSpec.minimumThreshold)
        let folder = try ExtractFixture.write(spec)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
                "codebook.json", "codebook.md", "data.csv", "datapackage.json", "manifest.json",
            ])
        let data = try String(contentsOfFile: folder + "/data.csv", encoding: .utf8)
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first.map(String.init) == spec.outputColumns.joined(separator: ","))
        #expect(lines.count > 2)
        let codebook =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/codebook.json"))) as? [String: Any]
        let columns = (codebook?["columns"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(columns == spec.outputColumns)
        let verification = ExtractVerifier.verify(folder, catalogue: EngineFixture.catalogue)
        #expect(verification.isIntact, "\(verification.problems)")
        #expect(!verification.disclosureChecks.isEmpty)
    }
}

/// The extract folder: reproducible bytes, a manifest that catches any change, atomic writing, tidy data.
struct ExtractFolderTests {
    @Test("with SOURCE_DATE_EPOCH set, two runs give byte-identical extract folders")
    func twoRunsAreByteIdentical() throws {
        let spec = try ExtractFixture.spec("waits_network_quarter")
        let first = try ExtractFixture.files(ExtractFixture.write(spec))
        let second = try ExtractFixture.files(ExtractFixture.write(spec))
        #expect(first.keys.sorted() == second.keys.sorted())
        for name in first.keys.sorted() { #expect(first[name] == second[name], "\(name) differs between two runs") }
        let manifest = try #require(String(data: first["manifest.json"]!, encoding: .utf8))
        #expect(manifest.contains("\"created\": \"2023-11-14T22:13:20Z\""))
        #expect(manifest.contains("\"created_from\": \"SOURCE_DATE_EPOCH\""))
    }

    @Test("the xlsx variant is reproducible too, stores counts as numbers, and verifies intact")
    func xlsxIsReproducible() throws {
        let spec = try ExtractFixture.spec("waits_network_quarter")
        let first = try ExtractFixture.write(spec, format: .xlsx)
        let second = try ExtractFixture.write(spec, format: .xlsx)
        #expect(try ExtractFixture.files(first) == ExtractFixture.files(second))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: first).sorted() == [
                "codebook.json", "codebook.md", "data.xlsx", "datapackage.json", "manifest.json",
            ])
        #expect(ExtractVerifier.verify(first).isIntact)
    }

    @Test("--verify detects a changed byte in any file of the extract")
    func verifyDetectsAnyChangedByte() throws {
        let folder = try ExtractFixture.write(ExtractFixture.spec("beneficiaries_network_year"))
        #expect(ExtractVerifier.verify(folder).isIntact)
        let original = try ExtractFixture.files(folder)
        for name in original.keys.sorted() {
            let bytes = original[name]!
            for offset in [0, bytes.count / 3, bytes.count / 2, bytes.count - 2] {
                var changed = bytes
                changed[offset] = changed[offset] == UInt8(ascii: "7") ? UInt8(ascii: "8") : UInt8(ascii: "7")
                try changed.write(to: URL(fileURLWithPath: folder + "/" + name))
                let verification = ExtractVerifier.verify(folder)
                #expect(!verification.isIntact, "a change at byte \(offset) of \(name) went unnoticed")
                try bytes.write(to: URL(fileURLWithPath: folder + "/" + name))
            }
        }
        #expect(ExtractVerifier.verify(folder).isIntact)
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        let extra = ExtractVerifier.verify(folder)
        #expect(extra.problems.map(\.message) == ["extra: the manifest does not list this file"])
    }

    @Test("--verify finds a suppressed value made recoverable, even with digests recomputed")
    func verifyReChecksTheDisclosureRule() throws {
        let folder = try ExtractFixture.write(ExtractFixture.spec("activity_network_month"))
        let path = folder + "/data.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.hasSuffix(",cell,,suppressed") })
        lines[index] = String(lines[index].dropLast(",cell,,suppressed".count)) + ",cell,3,ok"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let problems = ExtractVerifier.verify(folder).problems
        #expect(problems.contains { $0.code == .extractFileChanged && $0.message.hasPrefix("changed") })
        #expect(problems.contains { $0.code == .extractDisclosureBroken && $0.message.contains("publishes a count below the threshold 5") })
    }

    @Test("an output folder that is not an extract is refused and left untouched, with no staging folder left behind")
    func writingIsAtomic() throws {
        let parent = try TestSupport.temporaryFolder()
        let target = parent + "/mine"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: target + "/thesis.docx"))
        let dataset = try ExtractFixture.demo.get()
        let spec = try ExtractFixture.spec("waits_network_quarter")
        let result = try ExtractBuilder(
            reference: TestSupport.reference, catalogue: EngineFixture.catalogue, texts: TestSupport.extractTexts
        ).build(spec, dataset: dataset)
        let inputs = ExtractInputs(kind: "directory", dataset: [], reference: [], catalogue: [])
        #expect(throws: DiagnosticError.self) {
            try ExtractWriter.write(result, format: .csv, provenance: ExtractFixture.provenance, inputs: inputs, to: target)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: target) == ["thesis.docx"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["mine"])
        // A new folder appears whole, and an earlier extract is replaced whole.
        let fresh = parent + "/extract"
        try ExtractWriter.write(result, format: .csv, provenance: ExtractFixture.provenance, inputs: inputs, to: fresh)
        try ExtractWriter.write(result, format: .csv, provenance: ExtractFixture.provenance, inputs: inputs, to: fresh)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == ["extract", "mine"])
        #expect(ExtractVerifier.verify(fresh).isIntact)
    }

    @Test("the activity extract is tidy: one observation per row, totals that add up, no identifier, no small count shown")
    func activityExtractIsTidyAndSafe() throws {
        let dataset = try ExtractFixture.demo.get()
        let spec = try ExtractFixture.spec("activity_network_month")
        let result = try ExtractBuilder(
            reference: TestSupport.reference, catalogue: EngineFixture.catalogue, texts: TestSupport.extractTexts
        ).build(spec, dataset: dataset)
        #expect(result.header == ["unit", "network", "month", "function", "modality", "setting", "level", "units", "status"])
        var cellSum: [String: Int64] = [:]
        var grand: [String: Int64] = [:]
        for row in result.rows {
            if case .integer(let value) = row[7] { #expect(value == 0 || (value >= 5 && value % 5 == 0)) }
            if row[6].text == "cell", case .integer(let value) = row[7] { cellSum[row[0].text, default: 0] += value }
            if row[6].text == "grand_total", case .integer(let value) = row[7] { grand[row[0].text] = value }
        }
        // The published grand total for sessions is the data's sessions of functions 2 and 3 rounded to 5.
        let sessions = dataset.activity.filter {
            TestSupport.reference.pseudocodes[$0.pseudocode]!.unit == .session
                && TestSupport.reference.pseudocodes[$0.pseudocode]!.function != .postCovid
        }.reduce(Int64(0)) { $0 + $1.units }
        #expect(grand["session"] == DisclosurePolicy(audience: .research).rounded(sessions))
        #expect(result.disclosure.primary > 0)
        #expect(result.disclosure.entries == result.rows.count)
    }

    @Test("the indicator extract's CSV is the indicator writer's, under the research audience")
    func indicatorExtractMatchesTheIndicatorWriter() throws {
        let dataset = try ExtractFixture.demo.get()
        let spec = try ExtractFixture.spec("indicators_long")
        let result = try ExtractBuilder(
            reference: TestSupport.reference, catalogue: EngineFixture.catalogue, texts: TestSupport.extractTexts
        ).build(spec, dataset: dataset)
        let engine = IndicatorEngine(catalogue: EngineFixture.catalogue)
        let report = engine.report(
            dataset,
            request: IndicatorRequest(
                periods: ReportPeriod.yearsPresent(in: dataset),
                disclosure: DisclosurePolicy(audience: .research)))
        #expect(ExtractWriter.csv(result) == IndicatorCSVWriter.write(report.results))
        #expect(result.disclosure.rule == DisclosurePolicy(audience: .research).description)
    }
}

/// Spec errors: FA41xx with file, line, column, key and a "did you mean".
struct ExtractSpecErrorTests {
    static let valid = """
        schema_version: 1
        id: probe
        title: {fr: a, nl: b, de: b, en: c}
        description: {fr: a, nl: b, de: b, en: c}
        source: waits
        suppression: {threshold: 5}
        layout: {rows: [network], columns: [bucket]}
        columns:
          network: {fr: a, nl: b, de: b, en: c}
          bucket: {fr: a, nl: b, de: b, en: c}
          count: {fr: a, nl: b, de: b, en: c}
        """

    static func messages(_ text: String) -> [String] {
        do {
            _ = try ExtractSpecLoader.load(
                text: text, path: "probe.yaml", reference: TestSupport.reference, catalogue: EngineFixture.catalogue)
            return []
        } catch {
            return error.diagnostics.map(DiagnosticPrinter.format)
        }
    }

    @Test("the probe spec is valid")
    func probeIsValid() {
        #expect(Self.messages(Self.valid) == [])
    }

    @Test("an unknown key is an error with a did-you-mean")
    func unknownKey() {
        let text = Self.valid.replacingOccurrences(of: "suppression:", with: "supression:")
        #expect(
            Self.messages(text)
                == [
                    "probe.yaml:6:1: error: [FA4110] unknown key 'supression' (did you mean 'suppression'?); expected one of schema_version, id, title, description, source, indicators, where, period, suppression, layout, columns",
                    "probe.yaml:1:1: error: [FA4111] key 'suppression.threshold' is missing; expected suppression: {threshold: 5} or more",
                ].sorted())
    }

    @Test("a threshold below the project default is refused")
    func thresholdTooLow() {
        let text = Self.valid.replacingOccurrences(of: "threshold: 5", with: "threshold: 3")
        #expect(
            Self.messages(text) == [
                "probe.yaml:6:26: error: [FA4120] key 'suppression.threshold': 3 is below the project default 5; research extracts never publish smaller cells (--allow-small-cells is refused for them)"
            ])
    }

    @Test("a grouping column the table lacks is named with a suggestion")
    func unknownColumn() {
        let text = Self.valid.replacingOccurrences(of: "columns: [bucket]", with: "columns: [buckt]")
        #expect(
            Self.messages(text).first
                == "probe.yaml:7:37: error: [FA4114] key 'layout.columns': 'buckt' is not a column of waits (did you mean 'bucket'?); expected one of network, year, quarter, month, function, age_band, bucket"
        )
    }

    @Test("beneficiaries summed across networks are refused")
    func beneficiariesNeedNetworkAndYearStrata() {
        let text = Self.valid.replacingOccurrences(of: "source: waits", with: "source: beneficiaries")
            .replacingOccurrences(of: "columns: [bucket]", with: "columns: [bim]").replacingOccurrences(of: "  bucket:", with: "  bim:")
            .replacingOccurrences(of: "  count:", with: "  beneficiaries:")
        #expect(Self.messages(text).contains { $0.contains("[FA4115] key 'layout.strata': beneficiaries are distinct people") })
    }
}
