import ArgumentParser
import FiveAim
import FiveAimPostgres

/// `fiveaim db status`: what is loaded — networks × months coverage, rows per table, last import.
struct DbStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what the database holds: networks × months coverage, rows per table, the last import."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The catalogue folder (for the shipped networks list). Default: Indicators/ of the project.")
    var catalog: String?

    func run() throws {
        let folder = try locateCatalogFolder(catalog)
        let reference = try printingDiagnostics { () throws(DiagnosticError) in try ReferenceLoader.load(catalog: folder) }
        let connection = try database.connect()
        let status = try printingDiagnostics { () throws(DiagnosticError) in
            try DatabaseStatus.load(connection: connection, reference: reference)
        }
        print(status.render())
    }
}
