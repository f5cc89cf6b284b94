import FiveAimCSV
import Foundation
import Testing

@testable import FiveAim
@testable import FiveAimDemo

/// Reading the data tables' files side by side gives exactly what reading them one after the other gives: the same
/// rows in the same order, the same files, and for a dataset with problems the same diagnostics (which, how many, in
/// what order, where a problem limit stops) — the concurrent attempt stops at the first problem and the sequential
/// read reports.
struct ConcurrentReadingTests {
    static func read(_ folder: String, concurrently: Bool, problemLimit: Int = 1) -> Result<Dataset, DiagnosticError> {
        let options = DatasetReadOptions(problemLimit: problemLimit, runMonth: TestSupport.runMonth, readsConcurrently: concurrently)
        do throws(DiagnosticError) {
            return .success(try DatasetReader.read(directory: folder, reference: TestSupport.reference, options: options))
        } catch {
            return .failure(error)
        }
    }

    /// Every table of two datasets, compared row by row.
    static func expectSameData(_ left: Dataset, _ right: Dataset, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(left.activity == right.activity, "activity", sourceLocation: sourceLocation)
        #expect(left.population == right.population, "population", sourceLocation: sourceLocation)
        #expect(left.groupSessions == right.groupSessions, "groupSessions", sourceLocation: sourceLocation)
        #expect(left.operatingCosts == right.operatingCosts, "operatingCosts", sourceLocation: sourceLocation)
        #expect(left.beneficiaries == right.beneficiaries, "beneficiaries", sourceLocation: sourceLocation)
        #expect(left.waits == right.waits, "waits", sourceLocation: sourceLocation)
        #expect(left.budget == right.budget, "budget", sourceLocation: sourceLocation)
        #expect(left.outcomes == right.outcomes, "outcomes", sourceLocation: sourceLocation)
        #expect(left.experience == right.experience, "experience", sourceLocation: sourceLocation)
        #expect(left.workforce == right.workforce, "workforce", sourceLocation: sourceLocation)
        #expect(left.outreachSites == right.outreachSites, "outreach_sites", sourceLocation: sourceLocation)
        #expect(left.networks == right.networks, "networks", sourceLocation: sourceLocation)
        #expect(left.tariffs == right.tariffs, "tariffs", sourceLocation: sourceLocation)
        #expect(left.sources == right.sources, "sources", sourceLocation: sourceLocation)
    }

    /// Both ways refuse with the same diagnostics, or both accept the same data.
    static func expectSameOutcome(_ folder: String, problemLimit: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let sequential = read(folder, concurrently: false, problemLimit: problemLimit)
        let concurrent = read(folder, concurrently: true, problemLimit: problemLimit)
        switch (sequential, concurrent) {
        case (.success(let left), .success(let right)):
            expectSameData(left, right, sourceLocation: sourceLocation)
        case (.failure(let left), .failure(let right)):
            #expect(left.description == right.description, sourceLocation: sourceLocation)
            #expect(left.diagnostics == right.diagnostics, sourceLocation: sourceLocation)
            #expect(left.omitted == right.omitted, sourceLocation: sourceLocation)
            #expect(left.exitCode == right.exitCode, sourceLocation: sourceLocation)
        default:
            Issue.record("one way accepted and the other refused \(folder)", sourceLocation: sourceLocation)
        }
    }

    @Test func theDemoAtScaleTwoReadsTheSameBothWays() throws {
        let folder = try TestSupport.temporaryFolder() + "/demo"
        _ = try DemoDataset.write(
            to: folder, reference: TestSupport.reference,
            options: DemoOptions(until: YearMonth(year: 2026, month: 10), scale: 2))
        let sequential = try Self.read(folder, concurrently: false).get()
        let concurrent = try Self.read(folder, concurrently: true).get()
        #expect(concurrent.activity.count > 100_000)
        #expect(Set(concurrent.sources.map(\.table)).count >= 10)
        Self.expectSameData(sequential, concurrent)
    }

    @Test(arguments: MalformedInputTests.cases)
    func eachBrokenDatasetGetsTheSameDiagnosticsBothWays(name: String) {
        let folder = TestSupport.fixtures + "/malformed/" + name
        Self.expectSameOutcome(folder, problemLimit: 1)
        Self.expectSameOutcome(folder, problemLimit: 1000)
    }

    /// Split files out of order, a month in two files, and group sessions whose place is reported by a later check.
    static let header = "network,month,pseudocode,age_band,bim,units\n"

    @Test func unsortedSplitFilesAreJoinedInFileOrder() throws {
        let folder = try TestSupport.dataset([
            "activity-2025.csv": Self.header
                + "PAKT,2025-03,726471,24-64,yes,4\nBRUMENTA,2025-01,726471,24-64,no,2\nBRUMENTA,2025-01,726471,24-64,yes,1\n",
            "activity-2026.csv": Self.header + "BRUMENTA,2026-02,726471,24-64,yes,5\nBRUMENTA,2026-01,726471,24-64,yes,3\n",
        ])
        let concurrent = try Self.read(folder, concurrently: true).get()
        #expect(concurrent.activity.map(\.units) == [4, 2, 1, 5, 3])
        Self.expectSameOutcome(folder, problemLimit: 1)
    }

    @Test func aKeyRepeatedAcrossFilesIsReportedWhereTheSequentialReadReportsIt() throws {
        let folder = try TestSupport.dataset([
            "activity-a.csv": Self.header + "BRUMENTA,2025-01,726471,24-64,yes,1\nBRUMENTA,2025-02,726471,24-64,yes,1\n",
            "activity-b.csv": Self.header + "BRUMENTA,2025-02,726471,24-64,no,1\nBRUMENTA,2025-02,726471,24-64,yes,7\n",
        ])
        let failure = Self.read(folder, concurrently: true)
        guard case .failure(let error) = failure else { Issue.record("a repeated key was accepted"); return }
        #expect(error.diagnostics.first?.code == .duplicateKey)
        #expect(error.diagnostics.first?.location == SourceLocation(file: folder + "/activity-b.csv", line: 3, column: 0))
        Self.expectSameOutcome(folder, problemLimit: 1)
        Self.expectSameOutcome(folder, problemLimit: 1000)
    }

    @Test func problemsInSeveralFilesAreReportedInTheSequentialOrderUpToTheLimit() throws {
        let folder = try TestSupport.dataset([
            "activity-2025.csv": Self.header + "BRUMENTA,2025-01,726471,24-64,yes,1\nBRUMENTA,2025-13,726471,24-64,yes,1\n",
            "activity-2026.csv": Self.header + "BRUMENTA,2026-01,726471,24-64,yes,-1\n",
            "waits.csv": "network,month,function,age_band,bucket,count\nBRUMENTA,2025-01,f9,24-64,0-7,1\n",
        ])
        for limit in [1, 2, 3, 1000] { Self.expectSameOutcome(folder, problemLimit: limit) }
        guard case .failure(let error) = Self.read(folder, concurrently: true, problemLimit: 1000) else {
            Issue.record("broken files were accepted")
            return
        }
        #expect(
            error.diagnostics.map { ($0.location?.file ?? "").split(separator: "/").last.map(String.init) ?? "" }
                == ["activity-2025.csv", "activity-2026.csv", "waits.csv"])
    }

    @Test func groupSessionsWithoutParticipationsPointAtTheSameRowBothWays() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": Self.header + "BRUMENTA,2025-01,726471,24-64,yes,1\n",
            "group_sessions.csv": "network,month,function,sessions\nBRUMENTA,2025-01,1,2\nBRUMENTA,2025-02,1,3\n",
        ])
        Self.expectSameOutcome(folder, problemLimit: 1000)
        guard case .failure(let error) = Self.read(folder, concurrently: true, problemLimit: 1000) else {
            Issue.record("group sessions without participations were accepted")
            return
        }
        #expect(error.diagnostics.contains { $0.location?.file == folder + "/group_sessions.csv" && ($0.location?.line ?? 0) > 1 })
    }

    /// The side-by-side attempt itself: it succeeds on valid split files (in or out of order) and gives up on a
    /// repeated key, so that the results above come from it and not only from the sequential read.
    @Test func theConcurrentAttemptSucceedsOnValidFilesAndGivesUpOnARepeatedKey() throws {
        let valid = try TestSupport.dataset([
            "activity-2025.csv": Self.header + "PAKT,2025-03,726471,24-64,yes,4\nBRUMENTA,2025-01,726471,24-64,no,2\n",
            "activity-2026.csv": Self.header + "BRUMENTA,2026-01,726471,24-64,yes,3\n",
        ])
        let repeated = try TestSupport.dataset([
            "activity-a.csv": Self.header + "BRUMENTA,2025-01,726471,24-64,yes,1\n",
            "activity-b.csv": Self.header + "BRUMENTA,2025-01,726471,24-64,yes,1\n",
        ])
        func attempt(_ folder: String) throws -> DataTables? {
            let sink = DiagnosticSink(limit: 1)
            let directory = try DatasetDirectory(path: folder, sink: sink)
            let context = ValidationContext(
                reference: TestSupport.reference, networks: TestSupport.reference.networks, runMonth: TestSupport.runMonth)
            var loading = ConcurrentLoading(folder: directory, context: context, limits: CSVLimits())
            _ = try DataTables(using: &loading)
            return loading.run() ? try DataTables(using: &loading) : nil
        }
        let tables = try #require(try attempt(valid))
        #expect(tables.activity?.rows.map(\.units) == [4, 2, 3])
        #expect(tables.activity?.sources.map(\.rows) == [2, 1])
        #expect(try attempt(repeated) == nil)
    }
}
