import FiveAim

/// Creates or upgrades the FiveAim schema through the numbered migrations; running it again changes nothing.
public struct SchemaMigrator {
    /// The connection to migrate through (its role needs CREATE on the database).
    public let connection: PostgresConnection

    /// Creates a migrator.
    public init(connection: PostgresConnection) { self.connection = connection }

    /// A key for `pg_advisory_xact_lock`, so that two `db init` at once run one after the other.
    static let lockKey: Int64 = 0x5AA1_0000_0001

    /// Applies every migration not yet recorded, each in its own transaction; returns those applied.
    @discardableResult
    public func migrate() throws(DiagnosticError) -> [Migration] {
        try diagnosing {
            do {
                return try applyMigrations()
            } catch let error as PostgresError where error.code == .databasePermissionDenied {
                // Not the import roles' message: fiveaim_writer may import but never migrate.
                throw DiagnosticError.database(.databasePermissionDenied, exitCode: .ioError, Self.permissionDenied(error))
            }
        }
    }

    /// The message of a migration the connecting role may not run.
    static func permissionDenied(_ error: PostgresError) -> String {
        "the database refused the migration (sqlstate 42501): \(error.message); `fiveaim db init` needs the database's owner "
            + "(CREATE on the database, owner of the schema fiveaim), not fiveaim_writer or fiveaim_reader, which may import and read only: "
            + "run it as the owner, see docs/database.md"
    }

    private func applyMigrations() throws -> [Migration] {
        try connection.transaction {
            try connection.execute("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
            try connection.executeScript(
                unsafeRaw: """
                    CREATE SCHEMA IF NOT EXISTS fiveaim;
                    CREATE TABLE IF NOT EXISTS fiveaim.schema_migrations (
                        version     integer PRIMARY KEY,
                        name        text NOT NULL,
                        applied_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
                        applied_by  text NOT NULL DEFAULT current_user
                    );
                    """)
        }
        var applied: [Migration] = []
        for migration in Migration.all {
            let done: Bool = try connection.transaction {
                try connection.execute("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
                let recorded = try connection.execute("SELECT 1 FROM fiveaim.schema_migrations WHERE version = \(migration.version)")
                if !recorded.rows.isEmpty { return false }
                try connection.executeScript(unsafeRaw: migration.script)
                try connection.execute(
                    "INSERT INTO fiveaim.schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))")
                return true
            }
            if done { applied.append(migration) }
        }
        return applied
    }

    /// The highest migration recorded, or nil when the schema does not exist.
    public func currentVersion() throws -> Int? {
        let exists = try connection.execute("SELECT to_regclass('fiveaim.schema_migrations') IS NOT NULL")
        guard exists.rows.first?.first == "t" else { return nil }
        let result = try connection.execute("SELECT max(version) FROM fiveaim.schema_migrations")
        return result.rows.first?.first.flatMap { $0 }.flatMap { Int($0) }
    }

    /// Throws FA3010 when the schema is absent or older than this fiveaim, FA3011 when newer.
    public func requireCurrent() throws {
        let version = try currentVersion()
        guard let version, version >= Migration.latestVersion else {
            let found = version.map { "schema version \($0)" } ?? "no FiveAim schema"
            throw DiagnosticError.database(
                .databaseSchemaMissing, exitCode: .noInput,
                "the database has \(found), this fiveaim needs version \(Migration.latestVersion); run `fiveaim db init --db URL` first")
        }
        if version > Migration.latestVersion {
            throw DiagnosticError.database(
                .databaseSchemaNewer, exitCode: .dataError,
                "the database has schema version \(version), newer than this fiveaim knows (\(Migration.latestVersion)); use a newer fiveaim"
            )
        }
    }
}
