import Foundation
import Testing

/// Two processes give the same bytes. Swift seeds its hashing per process, so a result that depended on the order of
/// a `Set` or a `Dictionary` would differ between two runs of `fiveaim` and not between two calls in one process: each
/// output is made twice by two separate `fiveaim` processes (with `SWIFT_DETERMINISTIC_HASHING` unset) and compared.
struct DeterminismTests {
    /// Runs `fiveaim arguments` as a new process in `folder` and returns its standard output, failing on a non-zero exit.
    static func run(_ arguments: [String], in folder: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FaultInjection.executable())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment["SOURCE_DATE_EPOCH"] = "1767225600"
        process.environment = environment
        let output = folder + "/.stdout-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(process.terminationStatus == 0, "fiveaim \(arguments.joined(separator: " "))", sourceLocation: sourceLocation)
        return FileManager.default.contents(atPath: output) ?? Data()
    }

    /// Every file under `folder` (relative path → bytes).
    static func files(under folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder) ?? [] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return files
    }

    /// Expects two runs' files to be the same, naming the first file that differs.
    static func expectSameFiles(
        _ first: [String: Data], _ second: [String: Data], _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(first.keys.sorted() == second.keys.sorted(), "\(what): other files", sourceLocation: sourceLocation)
        #expect(!first.isEmpty, "\(what): nothing written", sourceLocation: sourceLocation)
        for name in first.keys.sorted() where first[name] != second[name] {
            Issue.record("\(what): \(name) differs between two processes", sourceLocation: sourceLocation)
        }
    }

    /// A short demo (2024-04 to 2024-09) written twice, as `a` and `b`, by two processes: one folder holding both.
    static let demos: Result<String, any Error> = Result {
        let folder = try TestSupport.temporaryFolder()
        for name in ["a", "b"] { _ = try run(["demo", "--out", name, "--until", "2024-09"], in: folder) }
        return folder
    }

    /// A fresh folder where `demo-data` is the short demo written by the first process.
    static func workFolder() throws -> String {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/demo-data", withDestinationPath: try demos.get() + "/a")
        return folder
    }

    @Test func twoProcessesWriteTheSameDemoDataset() throws {
        let folder = try Self.demos.get()
        Self.expectSameFiles(Self.files(under: folder + "/a"), Self.files(under: folder + "/b"), "demo")
    }

    @Test(arguments: [
        ["indicators", "demo-data", "--network", "all", "--format", "json"],
        ["indicators", "demo-data", "--network", "all", "--year", "2024", "--audience", "research", "--format", "table"],
        ["checks", "demo-data"],
        ["compare", "demo-data", "--year", "2024", "--format", "csv"],
    ])
    func twoProcessesPrintTheSameBytes(_ arguments: [String]) throws {
        let folder = try Self.workFolder()
        let first = try Self.run(arguments, in: folder)
        let second = try Self.run(arguments, in: folder)
        #expect(!first.isEmpty)
        #expect(first == second, "fiveaim \(arguments.joined(separator: " ")) printed other bytes in a second process")
    }

    @Test(arguments: [
        ["report", "demo-data", "--network", "all", "--year", "2024", "--lang", "fr", "--format", "md", "--out"],
        ["compare", "demo-data", "--year", "2024", "--lang", "nl", "--format", "html", "--out"],
        ["extract", "demo-data", "--spec", "activity_network_month", "--out"],
    ])
    func twoProcessesWriteTheSameFiles(_ arguments: [String]) throws {
        let folder = try Self.workFolder()
        for name in ["a", "b"] { _ = try Self.run(arguments + [name], in: folder) }
        Self.expectSameFiles(Self.files(under: folder + "/a"), Self.files(under: folder + "/b"), arguments[0])
    }
}
