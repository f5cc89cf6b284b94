import Foundation
import Testing

@testable import FiveAim

/// `datapackage.json`: a Frictionless Data Package descriptor beside every extract's data file.
struct DataPackageTests {
    /// The `frictionless` executable on `PATH`, when installed (`pip install frictionless`).
    static let frictionless: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { $0 + "/frictionless" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private static func json(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    @Test(
        "the descriptor names the data file with its digest, every column in header order with its type and FR/NL/EN labels, the empty cell as missing, a unique primary key, licence and sources",
        arguments: ExtractSpecFileTests.names)
    func descriptorDescribesTheDataFile(_ name: String) throws {
        let spec = try ExtractFixture.spec(name)
        let folder = try ExtractFixture.write(spec)
        let package = try Self.json(folder + "/datapackage.json")
        let codebook = try Self.json(folder + "/codebook.json")
        #expect(package["profile"] as? String == "tabular-data-package")
        #expect(package["name"] as? String == spec.id)
        #expect(package["created"] as? String == "2023-11-14T22:13:20Z")
        #expect((package["licenses"] as? [[String: Any]])?.first?["name"] as? String == "other-closed")
        let sources = (package["sources"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        #expect(sources.first == "FiveAim \(FiveAimVersion.current) (commit \(String(repeating: "a", count: 40)))")
        #expect(sources.contains { $0.hasSuffix(" (waits)") })

        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(resources.count == 1)
        let resource = try #require(resources.first)
        #expect(resource["path"] as? String == "data.csv")
        #expect(resource["format"] as? String == "csv")
        let digest = try #require(SHA256Digest.file(folder + "/data.csv"))
        #expect(resource["hash"] as? String == "sha256:" + digest.sha256)
        #expect((resource["bytes"] as? NSNumber)?.int64Value == digest.bytes)

        let schema = try #require(resource["schema"] as? [String: Any])
        #expect(schema["missingValues"] as? [String] == [""])
        let fields = try #require(schema["fields"] as? [[String: Any]])
        #expect(fields.compactMap { $0["name"] as? String } == spec.outputColumns)
        let columns = try #require(codebook["columns"] as? [[String: Any]])
        for (field, column) in zip(fields, columns) {
            #expect(field["fiveaim:label"] as? [String: String] == column["label"] as? [String: String], "\(field["name"] ?? "")")
            #expect(
                field["fiveaim:definition"] as? [String: String] == column["definition"] as? [String: String], "\(field["name"] ?? "")")
            #expect(field["title"] as? String == (column["label"] as? [String: String])?["en"])
        }
        let types = Dictionary(uniqueKeysWithValues: fields.map { ($0["name"] as! String, $0["type"] as! String) })
        let primaryKey = try #require(schema["primaryKey"] as? [String])
        switch spec.source {
        case .table(let table, let layout):
            for measure in table.measures {
                #expect(types[measure] == "integer")
                #expect(types[table.statusColumn(of: measure)] == "string")
            }
            if layout.dimensions.contains(.month) { #expect(types["month"] == "yearmonth") }
            if layout.dimensions.contains(.year) { #expect(types["year"] == "year") }
            #expect(primaryKey == layout.dimensions.map(\.name) + ["level"])
        case .indicators:
            #expect(types["value"] == "number")
            #expect(types["aim"] == "integer")
            #expect(primaryKey == ["indicator", "network", "year"])
        }
        // The key identifies each row of the data.
        let lines = try String(contentsOfFile: folder + "/data.csv", encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = try #require(lines.first)
        let positions = primaryKey.compactMap { header.firstIndex(of: $0) }
        #expect(positions.count == primaryKey.count)
        let keys = lines.dropFirst().map { line in positions.map { line[$0] }.joined(separator: "\u{1}") }
        #expect(Set(keys).count == keys.count, "the primary key repeats in \(name)")
    }

    @Test("the xlsx variant's descriptor names the workbook as an xlsx resource with its digest")
    func xlsxDescriptorNamesTheWorkbook() throws {
        let folder = try ExtractFixture.write(ExtractFixture.spec("waits_network_quarter"), format: .xlsx)
        let resource = try #require((try Self.json(folder + "/datapackage.json")["resources"] as? [[String: Any]])?.first)
        #expect(resource["path"] as? String == "data.xlsx")
        #expect(resource["format"] as? String == "xlsx")
        #expect(resource["hash"] as? String == "sha256:" + (SHA256Digest.file(folder + "/data.xlsx")?.sha256 ?? ""))
    }

    @Test("--verify reports a descriptor whose fields differ from the data file's header")
    func verifyChecksTheFields() throws {
        let folder = try ExtractFixture.write(ExtractFixture.spec("waits_network_quarter"))
        let path = folder + "/datapackage.json"
        let digest = try #require(SHA256Digest.file(folder + "/data.csv"))
        #expect(ExtractVerifier.checkDescriptor(folder, dataFile: "data.csv", dataSHA256: digest.sha256).isEmpty)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"name\": \"bucket\"", with: "\"name\": \"wait\"").utf8).write(
            to: URL(fileURLWithPath: path))
        #expect(
            ExtractVerifier.checkDescriptor(folder, dataFile: "data.csv", dataSHA256: digest.sha256) == [
                "its fields differ from the data file's header"
            ])
        #expect(ExtractVerifier.verify(folder).problems.map(\.message).contains("its fields differ from the data file's header"))
        try FileManager.default.removeItem(atPath: path)
        #expect(ExtractVerifier.verify(folder).problems.map(\.message) == ["missing: the manifest lists this file"])
    }

    @Test(
        "the reference validator accepts the descriptor and the data of each shipped spec",
        .enabled(if: frictionless != nil, "needs the frictionless validator: pip install frictionless"),
        arguments: ExtractSpecFileTests.names)
    func frictionlessValidates(_ name: String) throws {
        let folder = try ExtractFixture.write(ExtractFixture.spec(name))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.frictionless))
        process.arguments = ["validate", "datapackage.json"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(data: output.fileHandleForReading.readDataToEndOfFile(), encoding: .utf8) ?? ""
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }
}
