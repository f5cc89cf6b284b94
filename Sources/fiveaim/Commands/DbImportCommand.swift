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
            changed. Needs the fiveaim_writer role.
            """
    )

    @Argument(help: "The dataset directory (CSV files).")
    var directory: String

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "List every problem in the dataset (up to 1000), not only the first.")
    var reportAll = false

    @Flag(help: "Accept and ignore columns the data contract does not define.")
    var allowExtraColumns = false

    @Option(help: "The catalogue folder (indicator definitions and reference data). Default: Indicators/ of the project.")
    var catalog: String?

    @Option(help: ArgumentHelp("Validate as if the run took place in this month (YYYY-MM); default: this month.", visibility: .hidden))
    var asOf: String?

    func run() throws {
        let folder: String
        if let catalog {
            folder = catalog
        } else if let located = CatalogLocator.locate() {
            folder = located
        } else {
            try fail("cannot find the Indicators/ folder; run from the project root or pass --catalog DIR", status: .noInput)
        }
        var runMonth = CalendarMonth.current()
        if let asOf {
            guard let month = parseMonth(asOf) else { throw ValidationError("--as-of expects YYYY-MM") }
            runMonth = month
        }
        let reference = try printingDiagnostics { () throws(DiagnosticError) in try ReferenceLoader.load(catalog: folder) }
        let options = DatasetReadOptions(allowExtraColumns: allowExtraColumns, problemLimit: reportAll ? 1000 : 1, runMonth: runMonth)
        let connection = try database.connect()
        let summary = try printingDiagnostics { () throws(DiagnosticError) in
            try DatasetImporter(connection: connection).importDirectory(directory, reference: reference, options: options)
        }
        print(summary.render())
    }
}
