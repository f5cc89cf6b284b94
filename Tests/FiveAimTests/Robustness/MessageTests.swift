import Foundation
import Testing

@testable import FiveAim

/// Messages that named the wrong problem (issue 15, "Messages"): each pinned here with its new text. The others are
/// with their subject: `OutputFolderTests` (an invalid name is not a full disk), `ReportFileTests` (a pandoc failure names
/// its network and file), `OverflowTests` and `PlausibilityChecksTests` (the file and line of a split table's rows),
/// `ConnectionTests` (`db init` by a writer).
@Suite(.serialized)
struct MessageTests {
    @Test func minusZeroIsAMinusSignNotACountBelowZero() throws {
        // Line 2: units -0 (a sign before zero). Line 3: units -1 (really below zero). budget line 2: -0.00 euros.
        let folder = try TestSupport.dataset([
            "activity.csv":
                "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-01,726471,24-64,yes,-0\nBRUMENTA,2025-02,726471,24-64,yes,-1\n",
            "budget.csv": "network,year,line,amount_eur\nBRUMENTA,2025,care_base,-0.00\n",
        ])
        let failure = try #require(throws: DiagnosticError.self) { try TestSupport.read(folder, problemLimit: 10) }
        let lines = failure.description.replacingOccurrences(of: folder + "/", with: "").split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "activity.csv:2:6: error: [FA2051] column 'units': a minus sign before zero (-0); counts are written with digits only: write 0"
            ), "\(lines)")
        #expect(
            lines.contains("activity.csv:3:6: error: [FA2052] column 'units': count below zero; counts are whole numbers ≥ 0"), "\(lines)")
        #expect(
            lines.contains(
                "budget.csv:2:4: error: [FA2054] column 'amount_eur': a minus sign before zero (-0); an amount in euros is written without a sign: write 0"
            ), "\(lines)")
        #expect(!lines.contains { $0.contains("activity.csv:2") && $0.contains("below zero") })
    }

    @Test func aByteOrderMarkAtTheStartOfLineThreeIsAJoinedFileNotAnUnknownNetwork() throws {
        // Two exports joined: the second one's BOM (EF BB BF) starts line 3, at byte offset 44 + 37 = 81
        // (the header is 44 bytes with its LF, line 2 is 37).
        let header = "network,month,pseudocode,age_band,bim,units\n"
        let row = "BRUMENTA,2025-01,726471,24-64,yes,12\n"
        #expect(header.utf8.count == 44 && row.utf8.count == 37)
        let folder = try TestSupport.dataset(["activity.csv": header + row + "\u{FEFF}BRUMENTA,2025-02,726471,24-64,yes,3\n"])
        let failure = try #require(throws: DiagnosticError.self) { try TestSupport.read(folder, problemLimit: 10) }
        #expect(
            failure.description
                == "\(folder)/activity.csv:3:1: error: [FA2022] a byte order mark (U+FEFF) at the start of this line (byte offset 81 of the file); it belongs only before the header: were two files joined? Remove it"
        )
        #expect(!failure.description.contains("unknown network"))
        #expect(failure.exitCode == .dataError)
    }

    @Test func aReportForAYearWithoutDataIsRefusedNotWrittenEmpty() throws {
        // The short demo covers 2024-04 to 2024-06: 1900 has no data.
        let parent = try TestSupport.temporaryFolder()
        let outcome = try FaultInjection.run([
            "report", FaultInjection.demo.get(), "--network", "BRUMENTA", "--year", "1900", "--lang", "fr",
            "--format", "md", "--out", parent + "/reports",
        ])
        #expect(outcome.status == 64)
        #expect(outcome.errors == "error: [FA2101] no data for 1900; the dataset has 2024; choose one of these years with --year\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == [])
    }
}
