import Foundation
import Testing

@testable import FiveAim

/// The four commands that price services say a tariff fallback aloud on standard error, and exit as before.
struct TariffFallbackCommandTests {
    static let warning = "warning: [FA2091] 2025 priced at 2024 tariffs: no 2025 tariffs shipped or supplied"

    /// BRUMENTA, 2025 only: 10 individual sessions; the shipped tariffs stop at 2024.
    static func folder(tariffs2025: Bool) throws -> String {
        var files = ["activity.csv": "network,month,pseudocode,age_band,bim,units\nBRUMENTA,2025-06,726530,24-64,no,10\n"]
        if tariffs2025 { files["tariffs.csv"] = "year,pseudocode,amount_eur,copay_bim_eur,copay_other_eur\n2025,726530,88.12,4.00,11.00\n" }
        return try TestSupport.dataset(files)
    }

    static func commands(_ folder: String, out: String) -> [[String]] {
        [
            ["validate", folder], ["indicators", folder, "--indicator", "net_care_spending"], ["checks", folder],
            ["report", folder, "--network", "BRUMENTA", "--year", "2025", "--lang", "fr", "--format", "md", "--out", out],
        ]
    }

    @Test("validate, indicators, checks and report warn once about 2025 priced at 2024 tariffs, exit 0")
    func everyCommandWarns() throws {
        let folder = try Self.folder(tariffs2025: false)
        for arguments in Self.commands(folder, out: try TestSupport.temporaryFolder() + "/reports") {
            let outcome = try FaultInjection.run(arguments)
            #expect(outcome.status == 0, "\(arguments[0]): \(outcome.errors)")
            let lines = outcome.errors.split(separator: "\n").map(String.init)
            #expect(lines.filter { $0 == Self.warning }.count == 1, "\(arguments[0]): \(outcome.errors)")
        }
    }

    @Test("with 2025 tariffs supplied, no command warns")
    func noWarningWithOwnTariffs() throws {
        let folder = try Self.folder(tariffs2025: true)
        for arguments in Self.commands(folder, out: try TestSupport.temporaryFolder() + "/reports") {
            let outcome = try FaultInjection.run(arguments)
            #expect(outcome.status == 0, "\(arguments[0]): \(outcome.errors)")
            #expect(!outcome.errors.contains("FA2091"), "\(arguments[0]): \(outcome.errors)")
        }
    }
}
