import Foundation
import Testing

@testable import FiveAim

/// The catalogue and extract-spec loaders refuse hostile sizes and depths with a clear message before parsing.
struct LoaderLimitTests {
    private static let catalogueText: CatalogueLoader.SourceText = {
        let path = TestSupport.catalog + "/catalog.yaml"
        return CatalogueLoader.SourceText(path: path, text: (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
    }()

    /// The printed failure of `body`, or nil when it succeeded.
    private func failure(_ body: () throws(DiagnosticError) -> Void) -> String? {
        do { try body() } catch { return error.description }
        return nil
    }

    @Test func aCatalogueWithMoreIndicatorFilesThanTheLimitIsRefused() {
        let indicators = (0...CatalogueLimits.maxIndicatorFiles).map {
            CatalogueLoader.SourceText(path: "many/\($0).yaml", text: "id: x\($0)\n")
        }
        let printed = failure { () throws(DiagnosticError) in
            _ = try CatalogueLoader.load(catalogue: Self.catalogueText, indicators: indicators, reference: TestSupport.reference)
        }
        #expect(printed == "many/1000.yaml: error: [FA1004] the catalogue has 1001 indicator files; at most 1000 are read")
    }

    @Test func aCatalogueFolderWithMoreIndicatorFilesThanTheLimitIsRefusedBeforeReading() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: TestSupport.catalog + "/catalog.yaml", toPath: folder + "/catalog.yaml")
        try FileManager.default.createDirectory(atPath: folder + "/indicators", withIntermediateDirectories: false)
        for index in 0...CatalogueLimits.maxIndicatorFiles {
            _ = FileManager.default.createFile(atPath: folder + "/indicators/i\(index).yaml", contents: Data("id: i\(index)\n".utf8))
        }
        let printed = failure { () throws(DiagnosticError) in _ = try CatalogueLoader.load(folder: folder, reference: TestSupport.reference)
        }
        #expect(printed == "\(folder)/indicators: error: [FA1004] the catalogue has 1001 indicator files; at most 1000 are read")
    }

    @Test func aCatalogueFileLargerThanOneMebibyteIsRefusedWithoutBeingRead() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/indicators", withIntermediateDirectories: false)
        // A file far larger than the limit (sparse: no disk used) is refused after reading 1 MiB + 1 byte.
        let big = folder + "/catalog.yaml"
        _ = FileManager.default.createFile(atPath: big, contents: nil)
        #expect(truncate(big, 1 << 32) == 0)
        let printed = failure { () throws(DiagnosticError) in _ = try CatalogueLoader.load(folder: folder, reference: TestSupport.reference)
        }
        #expect(
            printed
                == "\(big): error: [FA1004] the file is larger than 1 MiB, the limit for one catalogue file; an indicator definition takes a few kilobytes"
        )
    }

    @Test func anIndicatorTextLargerThanOneMebibyteIsRefused() {
        let text = "id: big\ndescription: " + String(repeating: "x", count: CatalogueLimits.maxFileBytes) + "\n"
        let printed = failure { () throws(DiagnosticError) in
            _ = try CatalogueLoader.load(
                catalogue: Self.catalogueText, indicators: [.init(path: "big.yaml", text: text)], reference: TestSupport.reference)
        }
        #expect(
            printed
                == "big.yaml: error: [FA1004] the file is larger than 1 MiB, the limit for one catalogue file; an indicator definition takes a few kilobytes"
        )
    }

    @Test func anExtractSpecLargerThanTheLimitIsRefused() throws {
        let file = try TestSupport.temporaryFolder() + "/huge.yaml"
        #expect(
            FileManager.default.createFile(atPath: file, contents: Data(repeating: 0x23, count: CatalogueLimits.maxExtractSpecBytes + 1)))
        let printed = failure { () throws(DiagnosticError) in
            _ = try ExtractSpecLoader.load(file: file, reference: TestSupport.reference, catalogue: nil)
        }
        #expect(
            printed
                == "\(file): error: [FA4104] the file is larger than 256 KiB, the limit for an extract specification; a spec takes a few kilobytes"
        )
    }

    @Test(arguments: ["[", "{a: ", "- "])
    func yamlNestedDeeperThanLibyamlsLimitIsASyntaxError(opening: String) {
        let text = String(repeating: opening, count: 5_000) + "x\n"
        let printed =
            failure { () throws(DiagnosticError) in
                _ = try ExtractSpecLoader.load(text: text, path: "deep.yaml", reference: TestSupport.reference, catalogue: nil)
            } ?? ""
        #expect(printed.hasPrefix("deep.yaml:1:"), "\(printed.prefix(300))")
        #expect(printed.contains(": error: [FA4102] not valid YAML: "), "\(printed.prefix(300))")
    }
}
