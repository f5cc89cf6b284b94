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

    @OptionGroup var catalogOptions: CatalogOptions

    func run() throws {
        let reference = try catalogOptions.loadReference()
        let connection = try database.connect()
        let status = try printingDiagnostics { () throws(DiagnosticError) in
            try DatabaseStatus.load(connection: connection, reference: reference)
        }
        print(status.render())
    }
}
