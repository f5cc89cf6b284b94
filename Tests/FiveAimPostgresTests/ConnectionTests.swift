import FiveAim
import FiveAimPostgres
import Foundation
import Testing

/// The libpq layer: parameters are never spliced into SQL, errors carry SQLSTATE, passwords never show.
struct ConnectionTests {
    typealias Support = PostgresTestSupport

    @Test func interpolatedValuesBecomeParametersNotSQL() {
        let value = "'); DROP TABLE activity; --"
        let query: SQLQuery = "SELECT \(value)::text, \(42), \(Optional<String>.none)"
        #expect(query.sql == "SELECT $1::text, $2, $3")
        #expect(query.binds == [value, "42", nil])
    }

    @Test func identifiersAreQuotedWithTheirQuotesDoubledAndValuesStillBound() throws {
        // x"; DROP … → "x""; DROP …": one identifier, the inner quote doubled.
        let role = try #require(SQLIdentifier("x\"; DROP TABLE fiveaim.activity; --"))
        let query: SQLQuery = "GRANT fiveaim_reader TO \(role)"
        #expect(query.sql == "GRANT fiveaim_reader TO \"x\"\"; DROP TABLE fiveaim.activity; --\"")
        #expect(query.binds.isEmpty)
        let mixed: SQLQuery = "SELECT \(role.name) FROM \(SQLIdentifier("Ab")!)"
        #expect(mixed.sql == "SELECT $1 FROM \"Ab\"")
        #expect(SQLIdentifier("") == nil)
        #expect(SQLIdentifier("a\0b") == nil)
    }

    @Test func passwordsAreScrubbedFromURLsAndKeywordStrings() {
        let redaction = Redaction(secrets: ["s3cret!"])
        #expect(
            redaction.scrub("could not connect to postgresql://alice:s3cret!@db.example:5432/fiveaim")
                == "could not connect to postgresql://alice:***@db.example:5432/fiveaim")
        #expect(redaction.scrub("host=db password='a b c' dbname=x") == "host=db password=*** dbname=x")
        #expect(
            redaction.scrub("postgres://u@h/db?sslmode=require&password=pw1&x=1") == "postgres://u@h/db?sslmode=require&password=***&x=1")
        #expect(redaction.scrub("the password s3cret! leaked") == "the password *** leaked")
    }

    /// libpq refuses a URL whose password has a bad percent escape before any server is contacted, with
    /// `invalid percent-encoded token: "<the password>"`: the message must name the problem, never the password.
    @Test func aMalformedURLIsReportedWithoutThePassword() {
        for url in [
            "postgresql://alice:s3cr%ZZet-4711@localhost:1/db", "postgresql://alice:s3cr%2et%zq4711@localhost/db",
            "postgresql://localhost/db?password=pw%G1-4711&sslmode=disable",
        ] {
            let error = #expect(throws: PostgresError.self) { try PostgresConnection(url) }
            #expect(error?.code == .databaseConnectionFailed)
            #expect(error?.description.contains("percent-encoded") == true, "\(error?.description ?? "")")
            #expect(error?.description.contains("4711") == false, "\(error?.description ?? "")")
            #expect(error?.debugDescription.contains("4711") == false)
        }
    }

    @Test func keywordPasswordsWithoutSpacesAndQuotedTokensAreScrubbed() {
        let redaction = Redaction()
        // libpq quotes the raw token it could not decode; the token may be a password (or a whole URL).
        #expect(redaction.scrub(#"invalid percent-encoded token: "s3cr%ZZet""#) == #"invalid percent-encoded token: "***""#)
        #expect(redaction.scrub("PASSWORD=abc host=x") == "PASSWORD=*** host=x")
        #expect(redaction.scrub("password\t=\tabc") == "password\t=\t***")
    }

    @Test(.enabled(if: Support.enabled))
    func aWrongPasswordIsReportedWithoutThePassword() throws {
        var components = try #require(URLComponents(string: try Support.url(database: "postgres")))
        components.password = "wrong-Secret-4711"
        let error = #expect(throws: PostgresError.self) { try PostgresConnection(components.string!) }
        #expect(error?.kind == .connection)
        #expect(error?.code == .databaseConnectionFailed)
        #expect(error?.description.contains("password authentication failed") == true)
        #expect(error?.description.contains("wrong-Secret-4711") == false)
        #expect(error?.debugDescription.contains("wrong-Secret-4711") == false)
        #expect(error?.description.hasPrefix("[FA3001] cannot connect to the database: ") == true)
    }

    @Test(.enabled(if: Support.enabled))
    func serverErrorsCarryTheirSQLState() throws {
        try Support.withFreshDatabase { url in
            let connection = try PostgresConnection(url)
            let division = #expect(throws: PostgresError.self) { try connection.execute("SELECT 1 / \(0)") }
            #expect(division?.sqlState == "22012")
            #expect(division?.description == "[FA3003] the database refused the statement (sqlstate 22012): division by zero")
            let missing = #expect(throws: PostgresError.self) { try connection.execute("SELECT * FROM fiveaim.nowhere") }
            #expect(missing?.sqlState == "42P01")
            // The connection is still usable after a refused statement.
            #expect(try connection.execute("SELECT \("still") || \(" here")").rows == [["still here"]])
        }
    }

    @Test(.enabled(if: Support.enabled))
    func dbInitTwiceChangesNothing() throws {
        try Support.withFreshDatabase(initialised: false) { url in
            let connection = try PostgresConnection(url)
            let first = try SchemaMigrator(connection: connection).migrate()
            #expect(first.map(\.version) == Migration.all.map(\.version))
            let schema = """
                SELECT md5(string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, column_name))
                FROM information_schema.columns WHERE table_schema = 'fiveaim'
                """
            let before = try connection.execute(SQLQuery(unsafeRaw: schema)).rows
            let migrations = try connection.execute("SELECT version, name, applied_at FROM fiveaim.schema_migrations ORDER BY version").rows
            let second = try SchemaMigrator(connection: connection).migrate()
            #expect(second.isEmpty)
            #expect(try connection.execute(SQLQuery(unsafeRaw: schema)).rows == before)
            #expect(
                try connection.execute("SELECT version, name, applied_at FROM fiveaim.schema_migrations ORDER BY version").rows
                    == migrations)
            #expect(try SchemaMigrator(connection: connection).currentVersion() == Migration.latestVersion)
        }
    }

    @Test(.enabled(if: Support.enabled))
    func aReaderRoleReadsButOnlyAWriterRoleImports() throws {
        let directory = try Support.dataset(Fixtures.small)
        try Support.withFreshDatabase { url in
            let admin = try PostgresConnection(url)
            let suffix = UUID().uuidString.lowercased().prefix(8)
            let reader = "reader_\(suffix)", writer = "writer_\(suffix)"
            try admin.execute(SQLQuery(unsafeRaw: "CREATE ROLE \(reader) LOGIN PASSWORD 'reader-pw' IN ROLE fiveaim_reader"))
            try admin.execute(SQLQuery(unsafeRaw: "CREATE ROLE \(writer) LOGIN PASSWORD 'writer-pw' IN ROLE fiveaim_writer"))
            defer {
                for role in [reader, writer] {
                    _ = try? admin.execute(SQLQuery(unsafeRaw: "DROP OWNED BY \(role)"))
                    _ = try? admin.execute(SQLQuery(unsafeRaw: "DROP ROLE \(role)"))
                }
            }
            func login(_ user: String, _ password: String) throws -> PostgresConnection {
                var components = try #require(URLComponents(string: url))
                components.user = user
                components.password = password
                return try PostgresConnection(components.string!)
            }
            let asReader = try login(reader, "reader-pw")
            let refused = #expect(throws: DiagnosticError.self) {
                try DatasetImporter(connection: asReader).importDirectory(directory, reference: Support.reference, options: Support.options)
            }
            #expect(refused?.diagnostics.first?.code == .databasePermissionDenied)
            // Refused before the transaction (migration 5): the committee reads only.
            #expect(refused?.diagnostics.first?.message.contains("may import nothing") == true)
            let summary = try DatasetImporter(connection: try login(writer, "writer-pw"))
                .importDirectory(directory, reference: Support.reference, options: Support.options)
            #expect(summary.importedBy == writer)
            let dataset = try DatabaseReader.read(connection: try login(reader, "reader-pw"), reference: Support.reference)
            #expect(dataset.activity.count == 5)
        }
    }

    @Test(.enabled(if: Support.enabled))
    func dbInitByAWriterSaysItNeedsTheOwnerNotTheWriterRoleItHas() throws {
        try Support.withFreshDatabase { url in
            let admin = try PostgresConnection(url)
            let writer = "writer_\(UUID().uuidString.lowercased().prefix(8))"
            try admin.execute(SQLQuery(unsafeRaw: "CREATE ROLE \(writer) LOGIN PASSWORD 'writer-pw' IN ROLE fiveaim_writer"))
            defer {
                _ = try? admin.execute(SQLQuery(unsafeRaw: "DROP OWNED BY \(writer)"))
                _ = try? admin.execute(SQLQuery(unsafeRaw: "DROP ROLE \(writer)"))
            }
            var components = try #require(URLComponents(string: url))
            components.user = writer
            components.password = "writer-pw"
            let asWriter = try PostgresConnection(components.string!)
            let refused = #expect(throws: DiagnosticError.self) { try SchemaMigrator(connection: asWriter).migrate() }
            let diagnostic = try #require(refused?.diagnostics.first)
            #expect(refused?.exitCode == .ioError)
            #expect(diagnostic.code == .databasePermissionDenied)
            // The role has fiveaim_writer: the message must not tell it to get that role.
            #expect(!diagnostic.message.contains("needs the fiveaim_writer role"))
            #expect(
                diagnostic.message.hasPrefix("the database refused the migration (sqlstate 42501): permission denied for "),
                "\(diagnostic.message)")
            #expect(
                diagnostic.message.hasSuffix(
                    "; `fiveaim db init` needs the database's owner (CREATE on the database, owner of the schema fiveaim), not fiveaim_writer or fiveaim_reader, which may import and read only: run it as the owner, see docs/database.md"
                ))
        }
    }

    @Test(.enabled(if: Support.enabled))
    func statusShowsCoverageAndTheLastImport() throws {
        let directory = try Support.dataset(Fixtures.small)
        try Support.withFreshDatabase { url in
            let connection = try PostgresConnection(url)
            let empty = try DatabaseStatus.load(connection: connection, reference: Support.reference).render()
            #expect(empty.contains("activity: none loaded"))
            #expect(empty.hasSuffix("imports: none"))
            try Support.importDirectory(directory, into: url)
            let status = try DatabaseStatus.load(connection: connection, reference: Support.reference)
            #expect(status.coverage["ADS"] == [YearMonth(year: 2025, month: 3), YearMonth(year: 2025, month: 4)])
            #expect(status.lastImport?.id == 1)
            #expect(status.lastImport?.files == 8)
            let lines = status.render().split(separator: "\n").map(String.init)
            #expect(lines.contains("activity: 2025-03 to 2025-04"))
            // Code padded to 16, a space, then January…December of 2025 (blank outside the months loaded).
            #expect(lines.contains("  ADS" + String(repeating: " ", count: 13) + " " + "  ##"))
            #expect(lines.contains("  PAKT" + String(repeating: " ", count: 12) + " " + "  .."))
            #expect(lines.contains("                   2025"))
            #expect(lines.last?.hasPrefix("imports: 1; last: #1 at ") == true)
        }
    }
}
