import FiveAim
import FiveAimDemo
import Foundation
import Testing

/// Runs `fiveaim` (the one built beside the tests, or a copy of it, or an installed one) in a chosen working directory
/// with a chosen environment, for the tests of how the command line finds its folders and reports failures.
enum CommandLineRun {
    /// The outcome of a run.
    struct Outcome {
        /// The exit status.
        var status: Int32
        /// Standard output.
        var output: String
        /// Standard error.
        var errors: String
    }

    /// This process's environment without the variables that name FiveAim's folders, plus `extra`.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for folder in ResourceLocator.Folder.allCases { environment[folder.environmentVariable] = nil }
        environment["SWIFT_BACKTRACE"] = "enable=no"
        return environment.merging(extra) { $1 }
    }

    /// Runs `executable arguments` in `directory` to its end.
    static func run(
        _ executable: String, _ arguments: [String], in directory: String, environment: [String: String] = environment()
    ) throws -> Outcome {
        let folder = try TestSupport.temporaryFolder()
        let (outputPath, errorPath) = (folder + "/stdout", folder + "/stderr")
        for path in [outputPath, errorPath] { FileManager.default.createFile(atPath: path, contents: nil) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        process.standardOutput = FileHandle(forWritingAtPath: outputPath)
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        process.waitUntilExit()
        func text(_ path: String) -> String { String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return Outcome(status: process.terminationStatus, output: text(outputPath), errors: text(errorPath))
    }

    /// A copy of the built `fiveaim` in `prefix/bin`, outside the checkout, so that it finds no folder of its own:
    /// `share/fiveaim/` beside it is what an installation adds.
    static let loosePrefix: Result<String, any Error> = Result {
        let prefix = try TestSupport.temporaryFolder() + "/prefix"
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try FaultInjection.executable(), toPath: prefix + "/bin/fiveaim")
        return prefix
    }
}

/// Every failure of the command line goes through `DiagnosticPrinter` with a code, on standard error, with the exit
/// status of its kind (sysexits); usage errors of the argument parser stay the parser's.
struct CommandLineDiagnosticsTests {
    /// Runs the built `fiveaim` from the project root.
    func run(_ arguments: [String]) throws -> FaultInjection.Outcome { try FaultInjection.run(arguments) }

    @Test func anUnknownIndicatorOrRuleIsFA1302WithADidYouMean() throws {
        let explain = try run(["explain", "outreach_shar"])
        #expect(explain.status == 64)
        #expect(
            explain.errors
                == "error: [FA1302] no indicator or rule 'outreach_shar' (did you mean 'outreach_share'?); `fiveaim explain --list` shows them all\n"
        )
        let indicators = try run(["indicators", try FaultInjection.demo.get(), "--indicator", "nope"])
        #expect(indicators.status == 64)
        #expect(indicators.errors == "error: [FA1302] unknown indicator 'nope'; see `fiveaim explain --list`\n")
    }

    @Test func aNetworkTheDatasetDoesNotHaveIsFA2102() throws {
        let demo = try FaultInjection.demo.get()
        let indicators = try run(["indicators", demo, "--network", "NOWHERE"])
        #expect(indicators.status == 64)
        #expect(indicators.errors == "error: [FA2102] unknown network 'NOWHERE'; expected a code of the networks table, BE or all\n")
        let parent = try TestSupport.temporaryFolder()
        let report = try run([
            "report", demo, "--network", "NOWHERE", "--year", "2024", "--lang", "fr", "--format", "md", "--out", parent + "/r",
        ])
        #expect(report.status == 64)
        #expect(report.errors == "error: [FA2102] unknown network 'NOWHERE'; expected a code of the networks table or all\n")
    }

    @Test func aComparisonOfAYearWithoutDataIsFA2101() throws {
        let compare = try run(["compare", try FaultInjection.demo.get(), "--year", "1900", "--format", "csv"])
        #expect(compare.status == 64)
        #expect(compare.errors == "error: [FA2101] no data for 1900; the dataset has 2024\n")
        #expect(compare.output.isEmpty)
    }

    @Test func theDemosOwnChecksAreCodedDiagnosticsNotAnErrorTypeOfTheirOwn() throws {
        let folder = try TestSupport.temporaryFolder() + "/demo"
        let error = try #require(throws: DiagnosticError.self) {
            try DemoDataset.write(
                to: folder, reference: TestSupport.reference, options: DemoOptions(until: YearMonth(year: 2024, month: 3)))
        }
        #expect(error.exitCode == .usage)
        #expect(
            error.description == "error: [FA4304] --until 2024-03 is before 2024-04, the first month of the convention's codes")
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func aDatasetSourceMissingOrGivenTwiceStaysAnArgumentParserUsageError() throws {
        for arguments in [["validate"], ["indicators", "x", "--db", "postgresql://nowhere/db"]] {
            let outcome = try run(arguments)
            #expect(outcome.status == 64, "\(arguments)")
            #expect(outcome.errors.hasPrefix("Error: give "), "\(arguments): \(outcome.errors)")
            #expect(outcome.errors.contains("Usage: fiveaim "), "\(arguments): \(outcome.errors)")
        }
    }

    /// `extract --verify` read the catalogue with `try?`: a broken catalogue was skipped in silence and the extract
    /// declared intact without its small numerators re-checked.
    @Test func verifyingAnExtractWithABrokenCatalogueReportsTheCatalogue() throws {
        let parent = try TestSupport.temporaryFolder()
        let written = try run(["extract", try FaultInjection.demo.get(), "--spec", "indicators_long", "--out", parent + "/x"])
        try #require(written.status == 0, "\(written.errors)")
        let broken = parent + "/Indicators"
        try FileManager.default.copyItem(atPath: TestSupport.catalog, toPath: broken)
        try Data("schema_version: 1\nnot: [valid\n".utf8).write(to: URL(fileURLWithPath: broken + "/catalog.yaml"))
        let outcome = try run(["extract", "--verify", parent + "/x", "--catalog", broken])
        #expect(outcome.status == 65, "\(outcome.errors)")
        #expect(outcome.errors.hasPrefix("\(broken)/catalog.yaml:"), "\(outcome.errors)")
        #expect(outcome.errors.contains(": error: [FA1002] "), "\(outcome.errors)")
        #expect(!outcome.output.contains("intact"), "\(outcome.output)")
    }

    /// `extract` looked for specs beside the catalogue only: `FIVEAIM_EXPORTS`, which `report` and `compare` honour,
    /// was ignored.
    @Test func extractReadsItsSpecsFromTheExportsFolderThatFIVEAIM_EXPORTSNames() throws {
        let exports = try TestSupport.temporaryFolder() + "/Exports"
        try FileManager.default.createDirectory(atPath: exports + "/extracts", withIntermediateDirectories: true)
        let outcome = try CommandLineRun.run(
            try FaultInjection.executable(),
            ["extract", try FaultInjection.demo.get(), "--spec", "waits_network_quarter", "--out", exports + "/../x"],
            in: TestSupport.projectRoot, environment: CommandLineRun.environment(["FIVEAIM_EXPORTS": exports]))
        #expect(outcome.status == 66, "\(outcome.errors)")
        #expect(
            outcome.errors.hasPrefix(
                "\(exports)/extracts/waits_network_quarter.yaml: error: [FA4101] cannot read this extract specification"),
            "\(outcome.errors)")
    }

    @Test func aCopyOfTheExecutableWithNoFoldersAnywhereSaysWhereItLookedAndExits66() throws {
        let prefix = try CommandLineRun.loosePrefix.get()
        let directory = try TestSupport.temporaryFolder()
        let explain = try CommandLineRun.run(prefix + "/bin/fiveaim", ["explain", "--list"], in: directory)
        #expect(explain.status == 66)
        #expect(
            explain.errors
                == "error: [FA1301] cannot find the Indicators/ folder: not in \(prefix)/share/fiveaim, nor in \(directory) or a folder "
                + "above it; pass --catalog DIR or set FIVEAIM_CATALOG\n")
        // With --catalog, the catalogue is found, and Exports/ is the next thing missing.
        let compare = try CommandLineRun.run(
            prefix + "/bin/fiveaim", ["compare", try FaultInjection.demo.get(), "--year", "2024", "--catalog", TestSupport.catalog],
            in: directory)
        #expect(compare.status == 66)
        #expect(compare.errors.hasPrefix("error: [FA4401] cannot find the Exports/ folder: "), "\(compare.errors)")
    }

    @Test func aCopyOfTheExecutableFindsTheProjectFromASubfolderOfIt() throws {
        let prefix = try CommandLineRun.loosePrefix.get()
        let outcome = try CommandLineRun.run(prefix + "/bin/fiveaim", ["explain", "outreach_share"], in: TestSupport.projectRoot + "/docs")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix("outreach_share"), "\(outcome.output.prefix(200))")
    }
}
