import FiveAim
import Foundation
import Testing

/// Faults while `fiveaim` writes (a folder that turns read-only, a full disk, a signal): each run ends with a clear
/// message and a non-zero exit, the earlier good files stay as they were, and nothing partial or temporary is left.
/// The real executable runs as a child process; the suites run one test at a time (each starts a batch of 32 reports).
@Suite(.serialized)
struct OutputFaultTests {
    /// `report` on the short demo for `network` (every network by default), in `formats`, into `out`.
    private func report(_ out: String, network: String = "all", formats: [String] = ["html"]) throws -> [String] {
        try ["report", FaultInjection.demo.get(), "--network", network, "--year", "2024", "--lang", "fr", "--format"] + formats + [
            "--out", out,
        ]
    }

    /// The last line of standard error that is not a progress line (`[3/32] NAME`).
    private static func lastMessage(_ errors: String) -> String? {
        errors.split(separator: "\n").last { !$0.hasPrefix("[") }.map(String.init)
    }

    /// A first, successful run (one network, html and md): the good files a failed batch must leave alone.
    private func earlierReports(_ out: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: Data] {
        let first = try FaultInjection.run(report(out, network: "BRUMENTA", formats: ["html", "md"]))
        #expect(first.status == 0, "the first run failed: \(first.errors)", sourceLocation: sourceLocation)
        let files = FaultInjection.snapshot(out)
        #expect(
            files.keys.sorted() == ["BRUMENTA-2024-fr.html", "BRUMENTA-2024-fr.md", "fiveaim-output.json"], sourceLocation: sourceLocation)
        return files
    }

    @Test(.enabled(if: FaultInjection.permissionsBind, "root needs setpriv (util-linux) for a read-only folder to bind it"))
    func aReportBatchWhoseParentFolderTurnsReadOnlyMidwayFailsAndKeepsTheEarlierReports() throws {
        let parent = try TestSupport.temporaryFolder()
        let out = parent + "/reports"
        let before = try earlierReports(out)
        // The child stops at its first progress line (one report staged beside the folder), the parent folder turns
        // read-only (the swap needs it), the child goes on.
        let child = try FaultInjection.Child(report(out), pauseOnStandardError: true, honourPermissions: true)
        let staged = child.wait {
            FaultInjection.staging(in: parent).contains { !(FaultInjection.entries(parent + "/" + $0).isEmpty) }
        }
        chmod(parent, 0o555)
        defer { chmod(parent, 0o755) }
        let outcome = child.finish()
        #expect(staged, "the batch never staged a file")
        #expect(outcome.status == 74)
        #expect(!outcome.signalled)
        #expect(
            outcome.errors.contains(
                "error: [FA4010] cannot move the previous report batch aside (permission denied; check the folder's permissions); no file of this run was kept"
            ), "\(outcome.errors)")
        #expect(FaultInjection.snapshot(out) == before)
        // A folder inside a read-only folder cannot be removed: its content is, and the message names it.
        let left = FaultInjection.staging(in: parent)
        #expect(left.count == 1)
        for name in left {
            #expect(FaultInjection.entries(parent + "/" + name).isEmpty, "files left in \(name)")
            #expect(
                outcome.errors.components(separatedBy: "\(name): note: [FA4010] this staging folder of the failed run could not be removed")
                    .count == 2)
        }
    }

    @Test func aFullDiskEndsAReportBatchWithExit74AndLeavesTheEarlierReportsWhole() throws {
        let parent = try TestSupport.temporaryFolder()
        let out = parent + "/reports"
        let before = try earlierReports(out)
        let outcome = try FaultInjection.run(report(out), fileSizeBlocks: 2)
        #expect(outcome.status == 74)
        #expect(
            outcome.errors.contains(
                "error: [FA4010] cannot write the report: the file is larger than the system allows (file size limit, or a full disk); check free space and `ulimit -f`"
            ), "\(outcome.errors)")
        #expect(FaultInjection.snapshot(out) == before)
        #expect(FaultInjection.entries(parent).filter { !$0.hasPrefix("reports") } == [])
    }

    @Test func aFullDiskEndsAnExtractWithExit74AndKeepsTheEarlierExtract() throws {
        let parent = try TestSupport.temporaryFolder()
        let arguments = try ["extract", FaultInjection.demo.get(), "--spec", "waits_network_quarter", "--out", parent + "/waits"]
        let first = try FaultInjection.run(arguments)
        #expect(first.status == 0, "\(first.errors)")
        let before = FaultInjection.snapshot(parent + "/waits")
        let outcome = try FaultInjection.run(arguments, fileSizeBlocks: 8)
        #expect(outcome.status == 74)
        #expect(
            outcome.errors.contains(
                "error: [FA4140] cannot write the file: the file is larger than the system allows (file size limit, or a full disk); check free space and `ulimit -f`"
            ), "\(outcome.errors)")
        #expect(FaultInjection.snapshot(parent + "/waits") == before)
        #expect(FaultInjection.entries(parent).filter { !$0.hasPrefix("waits") } == [])
    }

    @Test func anExtractThatFailsMidwayLeavesNoFolder() throws {
        let parent = try TestSupport.temporaryFolder()
        let outcome = try FaultInjection.run(
            ["extract", FaultInjection.demo.get(), "--spec", "waits_network_quarter", "--out", parent + "/waits"],
            fileSizeBlocks: 8)
        #expect(outcome.status == 74)
        #expect(FaultInjection.entries(parent) == [])
    }

    @Test func aFullDiskEndsTheDemoWithExit74AndLeavesNoFolder() throws {
        let parent = try TestSupport.temporaryFolder()
        let outcome = try FaultInjection.run(["demo", "--until", "2024-05", "--out", parent + "/demo"], fileSizeBlocks: 40)
        #expect(outcome.status == 74)
        #expect(outcome.errors.hasPrefix("error: [FA4303] cannot write "), "\(outcome.errors)")
        #expect(FaultInjection.entries(parent) == [])
    }

    @Test(arguments: [(SIGTERM, "SIGTERM"), (SIGINT, "SIGINT")])
    func aSignalDuringAReportBatchEndsItWithNothingPartial(signal: Int32, name: String) throws {
        let parent = try TestSupport.temporaryFolder()
        let out = parent + "/reports"
        let before = try earlierReports(out)
        let child = try FaultInjection.Child(report(out, formats: ["html", "md"]), pauseOnStandardError: true)
        let staged = child.wait {
            FaultInjection.staging(in: parent).contains { !(FaultInjection.entries(parent + "/" + $0).isEmpty) }
        }
        child.send(signal)
        let outcome = child.finish()
        #expect(staged, "the batch never staged a file")
        #expect(outcome.status == 128 + signal)
        #expect(!outcome.signalled)
        // The last line but progress lines: a progress line blocked on the paused pipe may be let through after it.
        #expect(
            Self.lastMessage(outcome.errors) == "fiveaim: interrupted (\(name)); the unfinished output was removed", "\(outcome.errors)")
        #expect(FaultInjection.snapshot(out) == before)
        #expect(FaultInjection.staging(in: parent).isEmpty)
        for name in before.keys { #expect(FaultInjection.isWhole(out + "/" + name), "\(name) is not whole") }
    }

    @Test(.enabled(if: DocxConverter.isAvailable, "needs pandoc and rsvg-convert"))
    func aSignalDuringWordConversionsRemovesTheirWorkFolders() throws {
        let parent = try TestSupport.temporaryFolder()
        let out = parent + "/reports"
        let child = try FaultInjection.Child(report(out, formats: ["docx"]), pauseOnStandardError: true)
        // The first progress line comes after the first conversions: the child then waits with .docx files staged.
        let staged = child.wait {
            FaultInjection.staging(in: parent).contains { FaultInjection.entries(parent + "/" + $0).contains { $0.hasSuffix(".docx") } }
        }
        child.send(SIGTERM)
        let outcome = child.finish()
        #expect(staged, "the batch never staged a file")
        #expect(outcome.status == 143)
        #expect(
            Self.lastMessage(outcome.errors) == "fiveaim: interrupted (SIGTERM); the unfinished output was removed", "\(outcome.errors)")
        #expect(FaultInjection.entries(parent) == [])
    }
}
