import ArgumentParser
import FiveAim
import FiveAimPostgres

/// `fiveaim db import DIR`: validates a dataset as `validate` does, then loads it in one transaction.
struct DbImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate a dataset directory, then load it into the database in one transaction.",
        discussion: """
            The dataset replaces the (network, month) and (network, year) slices it contains, in the tables \
            it carries; other slices and tables are left alone. Either the whole dataset is in, or nothing \
            changed. Needs the loader (fiveaim_writer), or a coordinator's grant (db grant --network) for every \
            network the dataset holds, without networks.csv or tariffs.csv. Without networks.csv, the dataset is \
            validated against the networks in force in the database.
            """
    )

    @Argument(help: "The dataset directory (CSV files).")
    var directory: String

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var reading: DatasetReadingOptions

    func run() throws {
        let folder = try reading.catalogFolder()
        let options = reading.readOptions()
        let reference = try printingDiagnostics { () throws(DiagnosticError) in try ReferenceLoader.load(catalog: folder) }
        let connection = try database.connect()
        let summary = try printingDiagnostics { () throws(DiagnosticError) in
            try DatasetImporter(connection: connection).importDirectory(directory, reference: reference, options: options)
        }
        print(summary.render())
    }
}
