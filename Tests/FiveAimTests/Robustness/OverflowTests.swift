import Foundation
import Testing

@testable import FiveAim

/// Counts that are valid one by one (the contract allows up to 2^63 − 1) but whose sums overflow Int64 must end in a
/// clear error, never a wrap or a trap.
@Suite(.serialized)
struct OverflowTests {
    /// Two activity rows of 9 223 372 036 854 775 807 units each: each cell is valid, their sum is not an Int64.
    private func overflowingDataset() throws -> String {
        try TestSupport.dataset([
            "activity.csv": """
            network,month,pseudocode,age_band,bim,units
            BRUMENTA,2025-01,726471,24-64,yes,9223372036854775807
            BRUMENTA,2025-02,726471,24-64,yes,9223372036854775807

            """
        ])
    }

    @Test func countsWhoseSumOverflowsInt64EndInAClearErrorNotATrap() throws {
        let folder = try overflowingDataset()
        let outcome = try FaultInjection.run(["indicators", folder, "--year", "2025"])
        // The reader bounds each table's column totals (ColumnTotalLimits), so the engine's sums cannot overflow.
        #expect(!outcome.signalled && outcome.status != 132, "the engine trapped")
        #expect(outcome.status == 65)
    }

    @Test func aColumnTotalBeyondTheBoundIsAClearDataError() throws {
        let folder = try overflowingDataset()
        let failure = #expect(throws: DiagnosticError.self) { try TestSupport.read(folder) }
        // The first row holds 2^63 − 1 already: the running total passes 2^40 = 1099511627776 at line 2.
        #expect(
            failure?.description
                == "\(folder)/activity.csv:2: error: [FA2053] table activity, column 'units': the total passes 1099511627776 at this row; FiveAim keeps every sum exact below that bound and real totals are far smaller (check the export)"
        )
    }

    @Test func aTotalPassingTheBoundInTheSecondYearsFileNamesThatFileAndLine() throws {
        // activity-2024.csv: 10 units, well within 2^40. activity-2025.csv: a blank line (line 2, still counted), 5 units
        // (line 3), then 2^40 = 1099511627776 units (line 4): the total 1099511627791 passes the bound at line 4 of the
        // 2025 file, not in activity-2024.csv.
        let folder = try TestSupport.dataset([
            "activity-2024.csv": "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2024-05,726471,24-64,yes,10\n",
            "activity-2025.csv":
                "network,month,pseudocode,age_band,bim,units\n\nBRUMENTA,2025-01,726471,24-64,yes,5\nBRUMENTA,2025-02,726471,24-64,yes,1099511627776\n",
        ])
        let failure = #expect(throws: DiagnosticError.self) { try TestSupport.read(folder) }
        #expect(
            failure?.description
                == "\(folder)/activity-2025.csv:4: error: [FA2053] table activity, column 'units': the total passes 1099511627776 at this row; FiveAim keeps every sum exact below that bound and real totals are far smaller (check the export)"
        )
    }
}
