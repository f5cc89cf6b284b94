import Foundation
import Testing

/// An installed `fiveaim` (`scripts/install.sh --prefix P`) runs every kind of command from a folder outside any
/// project, with no FiveAim variable set: it reads `P/share/fiveaim/{Indicators,Exports}`. Enabled by
/// `FIVEAIM_INSTALLED_PREFIX=P`, as an installation needs a release build:
///   bash scripts/install.sh --prefix /tmp/fiveaim-prefix
///   FIVEAIM_INSTALLED_PREFIX=/tmp/fiveaim-prefix swift test --filter InstalledBinaryTests
struct InstalledBinaryTests {
    /// The prefix under test.
    static let prefix = ProcessInfo.processInfo.environment["FIVEAIM_INSTALLED_PREFIX"]

    @Test(.enabled(if: prefix != nil, "set FIVEAIM_INSTALLED_PREFIX to a prefix scripts/install.sh installed into"))
    func theInstalledBinaryWorksFromAnyFolderWithoutEnvironmentVariables() throws {
        let prefix = URL(fileURLWithPath: try #require(Self.prefix)).standardizedFileURL.path
        let share = prefix + "/share/fiveaim"
        let directory = try TestSupport.temporaryFolder()
        func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandLineRun.Outcome {
            let outcome = try CommandLineRun.run(prefix + "/bin/fiveaim", arguments, in: directory)
            #expect(outcome.status == 0, "\(arguments): \(outcome.errors)", sourceLocation: sourceLocation)
            return outcome
        }
        #expect(try run(["explain", "outreach_share"]).output.contains(share + "/Indicators/indicators/outreach_share.yaml"))
        _ = try run(["demo", "--until", "2024-06", "--out", "demo"])
        _ = try run(["validate", "demo"])
        _ = try run(["indicators", "demo", "--network", "BRUMENTA", "--format", "csv"])
        _ = try run(["report", "demo", "--network", "BRUMENTA", "--year", "2024", "--lang", "fr", "--format", "md", "--out", "reports"])
        #expect(FileManager.default.fileExists(atPath: directory + "/reports/BRUMENTA-2024-fr.md"))
        #expect(try run(["compare", "demo", "--year", "2024", "--format", "csv"]).output.hasPrefix("indicator,aim,"))
        _ = try run(["extract", "demo", "--spec", "waits_network_quarter", "--out", "waits"])
        #expect(try run(["extract", "--verify", "waits"]).output.hasPrefix("extract is intact"))
    }
}
