import Foundation
import Testing
@testable import FiveAim

/// Counts that are valid one by one (the contract allows up to 2^63 − 1) but whose sums overflow Int64 must end in a
/// clear error, never a wrap or a trap.
@Suite(.serialized)
struct OverflowTests {
    /// Two activity rows of 9 223 372 036 854 775 807 units each: each cell is valid, their sum is not an Int64.
    private func overflowingDataset() throws -> String {
        try TestSupport.dataset(["activity.csv": """
            network,month,pseudocode,age_band,bim,units
            BRUMENTA,2025-01,726471,24-64,yes,9223372036854775807
            BRUMENTA,2025-02,726471,24-64,yes,9223372036854775807

            """])
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
        #expect(failure?.description == "\(folder)/activity.csv: error: [FA2053] table activity, column 'units': the total exceeds 1099511627776; FiveAim keeps every sum exact below that bound and real totals are far smaller (check the export)")
    }
}
