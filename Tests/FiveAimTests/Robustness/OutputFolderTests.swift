import Foundation
import Testing

@testable import FiveAim

/// `--out` never destroys: a folder is replaced only when it is absent, empty, or exactly a previous output of the same
/// command (its manifest's or `fiveaim-output.json`'s files, unchanged); anything else is refused (FA4301, exit 73) and
/// left as it was. Issue 15, "Outputs that never destroy".
@Suite(.serialized)
struct OutputFolderTests {
    private static let manager = FileManager.default

    /// The waits extract of the short demo, written into `target`.
    private func writeExtract(to target: String) throws {
        let result = try ExtractBuilder(
            reference: TestSupport.reference, catalogue: EngineFixture.catalogue, texts: TestSupport.extractTexts
        )
        .build(ExtractFixture.spec("waits_network_quarter"), dataset: ExtractFixture.demo.get())
        let inputs = ExtractInputs(kind: "directory", dataset: [], reference: [], catalogue: [])
        try ExtractWriter.write(result, format: .csv, provenance: ExtractFixture.provenance, inputs: inputs, to: target)
    }

    private func save(_ text: String, _ path: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }

    // MARK: Extracts (the reported defect: a researcher's notes went with the old extract)

    @Test func anExtractFolderHoldingANoteIsRefusedAndTheNoteAndTheExtractAreKept() throws {
        let parent = try TestSupport.temporaryFolder()
        let target = parent + "/waits"
        try writeExtract(to: target)
        try save("my notes on the waits", target + "/notes.txt")
        let before = FaultInjection.snapshot(target)
        #expect(before.keys.sorted() == ["codebook.json", "codebook.md", "data.csv", "datapackage.json", "manifest.json", "notes.txt"])
        let error = try #require(throws: DiagnosticError.self) { try writeExtract(to: target) }
        #expect(error.exitCode == .cannotCreate)
        #expect(error.diagnostics.map(\.code) == [.outputFolderRefused])
        #expect(
            error.diagnostics.first?.message
                == "holds a previous extract and 1 file FiveAim did not write there ('notes.txt'); nothing was changed. Move it out of the folder, or choose another folder for --out"
        )
        // Nothing removed, nothing changed, no staging folder left beside it.
        #expect(FaultInjection.snapshot(target) == before)
        #expect(try Self.manager.contentsOfDirectory(atPath: parent) == ["waits"])
    }

    @Test func anExtractWhoseCodebookWasEditedIsRefused() throws {
        let target = try TestSupport.temporaryFolder() + "/waits"
        try writeExtract(to: target)
        try save("# my own codebook\n", target + "/codebook.md")
        let before = FaultInjection.snapshot(target)
        let error = try #require(throws: DiagnosticError.self) { try writeExtract(to: target) }
        #expect(
            error.diagnostics.first?.message
                == "holds a previous extract whose 1 file changed since FiveAim wrote it ('codebook.md'); nothing was changed. Save it elsewhere, or choose another folder for --out"
        )
        #expect(FaultInjection.snapshot(target) == before)
    }

    @Test func aPreviousExtractIsReplacedWhole() throws {
        let parent = try TestSupport.temporaryFolder()
        let target = parent + "/waits"
        try writeExtract(to: target)
        let first = FaultInjection.snapshot(target)
        // One file of the previous extract deleted by hand: what is left is still only the extract's own files.
        try Self.manager.removeItem(atPath: target + "/codebook.md")
        try writeExtract(to: target)
        #expect(FaultInjection.snapshot(target) == first)
        #expect(ExtractVerifier.verify(target).isIntact)
        #expect(try Self.manager.contentsOfDirectory(atPath: parent) == ["waits"])
    }

    @Test func anAbsentOrEmptyTargetIsWritten() throws {
        let parent = try TestSupport.temporaryFolder()
        try Self.manager.createDirectory(atPath: parent + "/empty", withIntermediateDirectories: false)
        try writeExtract(to: parent + "/empty")
        try writeExtract(to: parent + "/absent/")
        #expect(ExtractVerifier.verify(parent + "/empty").isIntact)
        #expect(ExtractVerifier.verify(parent + "/absent").isIntact)
        #expect(try Self.manager.contentsOfDirectory(atPath: parent).sorted() == ["absent", "empty"])
    }

    // MARK: The output folder itself

    @Test func anotherCommandsOutputAFileAndAForeignFolderAreRefused() throws {
        let parent = try TestSupport.temporaryFolder()
        // A previous report batch, written through the folder: it is not an extract.
        let reports = parent + "/reports"
        try OutputFolder.writing(reports, kind: .report) { folder throws(DiagnosticError) in try folder.write("draft", name: "A-2024-fr.md")
        }
        #expect(try Self.manager.contentsOfDirectory(atPath: reports).sorted() == ["A-2024-fr.md", "fiveaim-output.json"])
        let error = try #require(throws: DiagnosticError.self) { try writeExtract(to: reports) }
        #expect(
            error.diagnostics.first?.message
                == "is the output of `fiveaim report`, not of `fiveaim extract`: it holds 2 files ('A-2024-fr.md', 'fiveaim-output.json'); nothing was changed. Choose another folder for --out"
        )
        // A plain file.
        try save("x", parent + "/file")
        let file = try #require(throws: DiagnosticError.self) { try OutputFolder(target: parent + "/file", kind: .compare) }
        #expect(file.diagnostics.first?.message == "exists and is a file; nothing was changed. Choose a folder for --out")
        // A folder of the user's (a home folder, a dataset).
        let mine = parent + "/mine"
        try Self.manager.createDirectory(atPath: mine + "/sub", withIntermediateDirectories: true)
        try save("a", mine + "/activity.csv")
        let foreign = try #require(throws: DiagnosticError.self) { try OutputFolder(target: mine, kind: .demo) }
        #expect(foreign.exitCode == .cannotCreate)
        #expect(
            foreign.diagnostics.first?.message
                == "is not empty and is not a previous demo dataset (no fiveaim-output.json of FiveAim's demo output): it holds 2 files ('activity.csv', 'sub'); nothing was changed. Choose a new or empty folder for --out, or move these files away"
        )
        #expect(try Self.manager.contentsOfDirectory(atPath: parent).sorted() == ["file", "mine", "reports"])
    }

    @Test func aPreviousOutputIsReplacedAndItsRecordListsTheNewFiles() throws {
        let target = try TestSupport.temporaryFolder() + "/compare"
        try OutputFolder.writing(target, kind: .compare) { folder throws(DiagnosticError) in
            try folder.write("old", name: "compare-2024.csv")
        }
        try OutputFolder.writing(target, kind: .compare) { folder throws(DiagnosticError) in
            try folder.write("new", name: "compare-2025.csv")
        }
        #expect(try Self.manager.contentsOfDirectory(atPath: target).sorted() == ["compare-2025.csv", "fiveaim-output.json"])
        // SHA-256 of the three bytes "new": 11507a0e2f5e69d5dfa40a62a1bd7b6ee57e6bcd85c67c9b8431b36fff21c437.
        let record = try String(contentsOfFile: target + "/fiveaim-output.json", encoding: .utf8)
        #expect(
            record.contains(
                "\"file\": \"compare-2025.csv\",\n      \"bytes\": 3,\n      \"sha256\": \"11507a0e2f5e69d5dfa40a62a1bd7b6ee57e6bcd85c67c9b8431b36fff21c437\""
            ))
        #expect(record.contains("\"kind\": \"compare\""))
    }

    @Test func aFileSavedIntoTheTargetDuringTheRunIsNeverLost() throws {
        let target = try TestSupport.temporaryFolder() + "/reports"
        try OutputFolder.writing(target, kind: .report) { folder throws(DiagnosticError) in try folder.write("one", name: "A-2024-fr.md") }
        let error = try #require(throws: DiagnosticError.self) {
            try OutputFolder.writing(target, kind: .report) { folder throws(DiagnosticError) in
                try folder.write("two", name: "A-2024-fr.md")
                // The coordinator saves a note into the folder while the batch is staged.
                try? Data("note".utf8).write(to: URL(fileURLWithPath: target + "/note.txt"))
            }
        }
        #expect(error.diagnostics.map(\.code) == [.outputFolderRefused])
        #expect(try String(contentsOfFile: target + "/A-2024-fr.md", encoding: .utf8) == "one")
        #expect(try String(contentsOfFile: target + "/note.txt", encoding: .utf8) == "note")
    }

    @Test func anInterruptedStagingIsRegisteredForCleanupAndLeavesTheTargetAsItWas() throws {
        let parent = try TestSupport.temporaryFolder()
        let target = parent + "/demo"
        try OutputFolder.writing(target, kind: .demo) { folder throws(DiagnosticError) in try folder.write("a,b\n", name: "population.csv")
        }
        let before = FaultInjection.snapshot(target)
        var stagingPath = ""
        // The run stops in the middle of staging (as the signal handler stops it): the staging folder is registered for
        // the handler's removal, and the target is untouched.
        #expect(throws: DiagnosticError.self) {
            try OutputFolder.writing(target, kind: .demo) { folder throws(DiagnosticError) in
                try folder.write("c,d\n", name: "population.csv")
                stagingPath = folder.staging
                #expect(InterruptCleanup.pending.contains(folder.staging))
                #expect(folder.staging.hasPrefix(parent + "/.demo.fiveaim-demo-"))
                throw DiagnosticError(
                    [Diagnostic(.error, .demoOutputFailed, at: SourceLocation(file: target, line: 0, column: 0), "interrupted")],
                    exitCode: .ioError)
            }
        }
        #expect(!InterruptCleanup.pending.contains(stagingPath))
        #expect(FaultInjection.snapshot(target) == before)
        #expect(try Self.manager.contentsOfDirectory(atPath: parent) == ["demo"])
    }

    @Test(arguments: [
        (String(repeating: "A", count: 300) + "-2024-fr.md", "it is 311 bytes long, and a file name has at most 255"),
        ("a/b-2024-fr.md", "it contains a '/', which would make it a path"),
        ("..", "it names a folder, not a file"),
        ("BRU\u{1B}[31m-2024-fr.md", "it contains a control character"),
    ])
    func aNameThatIsNotAFileNameIsADataErrorNotAFullDisk(name: String, problem: String) throws {
        let parent = try TestSupport.temporaryFolder()
        let error = try #require(throws: DiagnosticError.self) {
            try OutputFolder.writing(parent + "/reports", kind: .report) { folder throws(DiagnosticError) in
                try folder.write("x", name: name)
            }
        }
        #expect(error.exitCode == .dataError)
        #expect(error.diagnostics.map(\.code) == [.outputNameInvalid])
        let message = try #require(error.diagnostics.first?.message)
        #expect(
            message.hasSuffix(": \(problem); report files are named after network codes: check the networks table with `fiveaim validate`"))
        #expect(!message.contains("free space"))
        #expect(!message.contains("\u{1B}"))
        #expect(try Self.manager.contentsOfDirectory(atPath: parent) == [])
    }

    // MARK: The four commands, run as the user runs them

    @Test func compareReportAndDemoRefuseAFolderWithTheUsersFilesAndKeepThem() throws {
        let demo = try FaultInjection.demo.get()
        let parent = try TestSupport.temporaryFolder()
        let runs: [(String, [String])] = [
            ("compare", ["compare", demo, "--year", "2024", "--format", "csv", "--out", parent + "/compare"]),
            (
                "report",
                ["report", demo, "--network", "BRUMENTA", "--year", "2024", "--lang", "fr", "--format", "md", "--out", parent + "/report"]
            ),
            ("demo", ["demo", "--until", "2024-05", "--out", parent + "/demo"]),
        ]
        for (name, arguments) in runs {
            let target = parent + "/" + name
            try Self.manager.createDirectory(atPath: target, withIntermediateDirectories: false)
            // For the demo, a dataset of the user's: CSV files FiveAim did not write (the old rule replaced them).
            try save("network,month\n", target + (name == "demo" ? "/activity-2024.csv" : "/notes.txt"))
            let before = FaultInjection.snapshot(target)
            let outcome = try FaultInjection.run(arguments)
            #expect(outcome.status == 73, "\(name): \(outcome.errors)")
            #expect(outcome.errors.contains("error: [FA4301] is not empty and is not a previous "), "\(name): \(outcome.errors)")
            #expect(FaultInjection.snapshot(target) == before, "\(name)")
        }
        #expect(try Self.manager.contentsOfDirectory(atPath: parent).sorted() == ["compare", "demo", "report"])
    }

    @Test func compareOutIsWrittenAtomicallyAndReplacesOnlyItsOwnOutput() throws {
        let demo = try FaultInjection.demo.get()
        let parent = try TestSupport.temporaryFolder()
        let arguments = ["compare", demo, "--year", "2024", "--format", "html", "--out", parent + "/compare"]
        let first = try FaultInjection.run(arguments)
        #expect(first.status == 0, "\(first.errors)")
        let before = FaultInjection.snapshot(parent + "/compare")
        #expect(before.keys.sorted() == ["compare-2024.html", "fiveaim-output.json"])
        // A full disk in the middle of the page: exit 74, the earlier comparison byte for byte, nothing partial beside it.
        let full = try FaultInjection.run(arguments, fileSizeBlocks: 4)
        #expect(full.status == 74, "\(full.errors)")
        #expect(full.errors.contains("error: [FA4210] cannot write the file: the file is larger than the system allows"), "\(full.errors)")
        #expect(FaultInjection.snapshot(parent + "/compare") == before)
        #expect(try Self.manager.contentsOfDirectory(atPath: parent) == ["compare"])
        // The previous comparison is replaced by a run in another format.
        let csv = try FaultInjection.run(["compare", demo, "--year", "2024", "--format", "csv", "--out", parent + "/compare"])
        #expect(csv.status == 0, "\(csv.errors)")
        #expect(try Self.manager.contentsOfDirectory(atPath: parent + "/compare").sorted() == ["compare-2024.csv", "fiveaim-output.json"])
    }
}
