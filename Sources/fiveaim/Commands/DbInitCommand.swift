import ArgumentParser
import FiveAim
import FiveAimPostgres

/// `fiveaim db init`: creates or upgrades the schema; running it again changes nothing.
struct DbInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or upgrade the FiveAim schema through its numbered migrations (safe to run again).",
        discussion:
            "Also creates the roles fiveaim_reader (committee), fiveaim_writer (loader) and fiveaim_coordinator when the connecting role may create roles; see docs/database.md for the access model."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let connection = try database.connect()
        let applied = try printingDiagnostics { () throws(DiagnosticError) in try SchemaMigrator(connection: connection).migrate() }
        if applied.isEmpty {
            print("schema is up to date (version \(Migration.latestVersion)); nothing to do")
        } else {
            for migration in applied { print("applied migration \(migration.version): \(migration.name)") }
            print("schema is at version \(Migration.latestVersion)")
        }
    }
}
