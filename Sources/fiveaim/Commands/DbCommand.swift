import ArgumentParser
import FiveAim
import FiveAimPostgres
import Foundation

/// `fiveaim db`: the committee's PostgreSQL warehouse (init, import, status, grant, revoke, roles).
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Keep every network's data in a shared PostgreSQL database (docs/database.md).",
        subcommands: [
            DbInitCommand.self, DbImportCommand.self, DbStatusCommand.self, DbGrantCommand.self, DbRevokeCommand.self, DbRolesCommand.self,
        ]
    )
}

/// The connection option every `db` subcommand shares.
struct DatabaseOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The PostgreSQL database: a libpq URL (postgresql://user@host:5432/db?sslmode=require) or key=value string.",
            discussion:
                "Omitted or '': the PG* environment variables (PGHOST, PGDATABASE, PGSSLMODE …) and ~/.pgpass. Put no password in the URL: use ~/.pgpass or PGPASSWORD.",
            valueName: "URL"))
    var db: String = ""

    /// Opens the connection, printing a diagnostic and exiting on failure.
    func connect() throws -> PostgresConnection {
        try printingDiagnostics { () throws(DiagnosticError) in try diagnosingConnection(db) }
    }
}
