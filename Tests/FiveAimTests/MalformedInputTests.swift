import Foundation
import Testing

@testable import FiveAim

/// One test per folder of `Fixtures/malformed/`: each holds a broken dataset and `expected.txt`
/// (first line `exit: N`, then the exact diagnostics, paths relative to the folder).
struct MalformedInputTests {
    static let cases: [String] = {
        let root = TestSupport.fixtures + "/malformed"
        return ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
    }()

    @Test func theCorpusCoversAtLeastTwentyFiveProblems() {
        #expect(Self.cases.count >= 25)
    }

    @Test(arguments: cases)
    func eachBrokenDatasetIsRefusedWithItsOwnMessageAndWritesNothing(name: String) throws {
        let folder = TestSupport.fixtures + "/malformed/" + name
        let expected = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let failure = #expect(throws: DiagnosticError.self) { try TestSupport.read(folder) }
        let printed = (failure?.description ?? "")
            .replacingOccurrences(of: folder + "/", with: "")
            .replacingOccurrences(of: folder, with: ".")
        #expect("exit: \(failure?.exitCode.rawValue ?? 0)\n\(printed)\n" == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == before)
    }

    @Test func aOneMegabyteFieldIsRefusedAtItsColumn() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,24-64,"
                + String(repeating: "y", count: 1_000_000) + ",1\n"
        ])
        let failure = #expect(throws: DiagnosticError.self) { try TestSupport.read(folder) }
        #expect(failure?.diagnostics.first?.code == .fieldTooLong)
        #expect(failure?.diagnostics.first?.location == SourceLocation(file: folder + "/activity.csv", line: 2, column: 5))
    }

    @Test func aTenMillionDigitNumberIsRefusedWithoutBeingParsed() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,24-64,yes,"
                + String(repeating: "9", count: 10_000_000) + "\n"
        ])
        let failure = #expect(throws: DiagnosticError.self) { try TestSupport.read(folder) }
        #expect(
            failure?.description == "\(folder)/activity.csv:2: error: [FA2018] line longer than 1048576 bytes; expected short CSV records")
        #expect(failure?.exitCode == .dataError)
    }

    @Test func reportAllListsEveryProblemSortedByPlace() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": """
            network,month,pseudocode,age_band,bim,units
            BRUMENTA,2025-01,726471,0-11,yes,1
            PAKT,2025-13,726471,24-64,yes,1
            SARA,2025-01,726471,24-64,yes,-1

            """
        ])
        let failure = #expect(throws: DiagnosticError.self) { try TestSupport.read(folder, problemLimit: 100) }
        #expect(failure?.diagnostics.map(\.code) == [.ageBandForTargetGroup, .badMonth, .negativeCount])
        #expect(failure?.diagnostics.map { $0.location?.line ?? 0 } == [2, 3, 4])
    }

    @Test func withoutReportAllOnlyTheFirstProblemIsShown() throws {
        let folder = try TestSupport.dataset([
            "activity.csv":
                "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,0-11,yes,1\nPAKT,2025-13,726471,24-64,yes,1\n"
        ])
        let failure = #expect(throws: DiagnosticError.self) { try TestSupport.read(folder) }
        #expect(failure?.diagnostics.count == 1)
    }

    @Test func extraColumnsAreAcceptedOnlyWhenAsked() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": "network,month,pseudocode,age_band,bim,units,comment\nBRUMENTA,2025-01,726471,24-64,yes,1,ok\n"
        ])
        #expect(throws: DiagnosticError.self) { try TestSupport.read(folder) }
        let dataset = try TestSupport.read(folder, allowExtraColumns: true)
        #expect(dataset.activity.count == 1)
    }

    @Test func theRefusalOfAnIdentifierNeverEchoesItsDigits() throws {
        let folder = try TestSupport.dataset([
            "activity.csv": "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,24-64,yes,85073100328\n"
        ])
        let failure = #expect(throws: DiagnosticError.self) { try TestSupport.read(folder) }
        let message = failure?.diagnostics.first?.message ?? ""
        #expect(failure?.diagnostics.first?.code == .directIdentifier)
        #expect(!message.contains { $0.isNumber })
    }
}
