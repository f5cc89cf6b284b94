import FiveAim
import FiveAimPostgres
import Foundation
import Testing

/// Issue 15: a database edited by hand brings in nothing a dataset folder could not (network codes, free text,
/// identifiers); the refusal names the table and column, never the value.
@Suite(.enabled(if: PostgresTestSupport.enabled))
struct StoredTextTests {
    typealias Support = PostgresTestSupport

    @Test(arguments: [
        "UPDATE fiveaim.outcomes SET instrument = 'contact jan@example.be' WHERE network = 'ADS'",
        "UPDATE fiveaim.outcomes SET instrument = 'NN 85.07.30-033.28' WHERE network = 'ADS'",
        "UPDATE fiveaim.outcomes SET instrument = E'two\\nlines' WHERE network = 'ADS'",
        // The small dataset brings no networks.csv: a stored list is added by hand (it then replaces the shipped one).
        "INSERT INTO fiveaim.networks VALUES ('ADS', E'Evil\\u202Ename', 'adult', 'BXL'), ('BRUMENTA', 'Brumenta', 'adult', 'BXL')",
        "INSERT INTO fiveaim.networks VALUES ('ADS', 'Tel 0475 12 34 56', 'adult', 'BXL'), ('BRUMENTA', 'Brumenta', 'adult', 'BXL')",
    ])
    func handEditedTextIsRefusedOnReadBack(edit: String) throws {
        let directory = try Support.dataset(Fixtures.small)
        try Support.withFreshDatabase { url in
            try Support.importDirectory(directory, into: url)
            try PostgresConnection(url).execute(SQLQuery(stringLiteral: edit))
            let failure = #expect(throws: DiagnosticError.self) { try Support.readDatabase(url) }
            #expect(failure?.diagnostics.map(\.code) == [.databaseInvalidRow], "\(failure?.description ?? "")")
            let printed = failure?.description ?? ""
            #expect(!printed.contains("jan@") && !printed.contains("85.07") && !printed.contains("0475") && !printed.contains("Evil"))
        }
    }

    @Test func aHandEditedNetworkCodeIsRefusedOnReadBack() throws {
        let directory = try Support.dataset(Fixtures.small)
        try Support.withFreshDatabase { url in
            try Support.importDirectory(directory, into: url)
            let connection = try PostgresConnection(url)
            // A code that would be a path in an output file name (no foreign key stops it).
            try connection.execute("UPDATE fiveaim.activity SET network = '../../x' WHERE network = 'ADS'")
            let failure = #expect(throws: DiagnosticError.self) { try Support.readDatabase(url) }
            #expect(failure?.diagnostics.map(\.code) == [.databaseInvalidRow], "\(failure?.description ?? "")")
            #expect(failure?.description.contains("fiveaim.activity, column network") == true)
            let printed = failure?.description ?? ""
            #expect(!printed.contains("../../x"))
        }
    }

    @Test func aFileNamedLikeAnIdentifierIsNeverStoredInImportFiles() throws {
        var files = Fixtures.small
        files["activity-85073003328.csv"] = "network,month,pseudocode,age_band,bim,units\nADS,2025-04,726530,24-64,no,10\n"
        let directory = try Support.dataset(files)
        try Support.withFreshDatabase { url in
            let failure = #expect(throws: DiagnosticError.self) { try Support.importDirectory(directory, into: url) }
            #expect(failure?.diagnostics.map(\.code.rawValue) == ["FA2095"])
            let printed = failure?.description ?? ""
            #expect(!printed.contains("85073003328"))
            let stored = try PostgresConnection(url).execute("SELECT count(*) FROM fiveaim.import_files")
            #expect(stored.rows == [["0"]])
        }
    }

    @Test func dbStatusShowsAHandEditedCodeWithItsControlsEscaped() throws {
        let directory = try Support.dataset(Fixtures.small)
        try Support.withFreshDatabase { url in
            try Support.importDirectory(directory, into: url)
            let connection = try PostgresConnection(url)
            try connection.execute("UPDATE fiveaim.activity SET network = E'AD\\u001B[2JS' WHERE network = 'ADS'")
            let printed = try DatabaseStatus.load(connection: connection, reference: Support.reference).render()
            #expect(!printed.contains("\u{1B}"))
            #expect(printed.contains("AD\\u{1B}[2JS"))
        }
    }
}
