import ArgumentParser
import FiveAim
import FiveAimPostgres
import Foundation

/// Options every command that reads a dataset shares.
struct DataOptions: ParsableArguments {
    @Flag(help: "List every problem in the dataset (up to 1000), not only the first.")
    var reportAll = false

    @Flag(help: "Accept and ignore columns the data contract does not define.")
    var allowExtraColumns = false

    @Option(help: "The catalogue folder (indicator definitions and reference data). Default: Indicators/ of the project.")
    var catalog: String?

    @Option(help: ArgumentHelp("Read the dataset from this PostgreSQL database instead of a directory (see docs/database.md).",
                               discussion: "A libpq URL (postgresql://user@host/db?sslmode=require) or key=value string; '' uses the PG* environment and ~/.pgpass.",
                               valueName: "URL"))
    var db: String?

    @Option(help: ArgumentHelp("Validate as if the run took place in this month (YYYY-MM); default: this month.", visibility: .hidden))
    var asOf: String?

    /// The catalogue folder in use.
    func catalogFolder() throws -> String {
        if let catalog { return catalog }
        if let located = CatalogLocator.locate() { return located }
        throw UserFailure(message: "cannot find the Indicators/ folder; run from the project root or pass --catalog DIR", status: .noInput)
    }

    /// The run month: `--as-of`, or the current month.
    func runMonth() throws -> YearMonth {
        guard let asOf else { return CalendarMonth.current() }
        let parts = asOf.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else {
            throw ValidationError("--as-of expects YYYY-MM")
        }
        return YearMonth(year: year, month: month)
    }

    /// Reads the reference data and the dataset — from `directory`, or from `--db` when no directory
    /// is given — printing diagnostics and exiting on failure.
    func loadDataset(directory: String?) throws -> (Dataset, ReferenceData) {
        switch (directory, db) {
        case (nil, nil): throw ValidationError("give a dataset directory or --db URL")
        case (.some, .some): throw ValidationError("give either a dataset directory or --db URL, not both")
        default: break
        }
        do {
            let reference = try ReferenceLoader.load(catalog: catalogFolder())
            if let db {
                let connection = try diagnosingConnection(db)
                return (try DatabaseReader.read(connection: connection, reference: reference), reference)
            }
            let options = DatasetReadOptions(allowExtraColumns: allowExtraColumns, problemLimit: reportAll ? 1000 : 1, runMonth: try runMonth())
            return (try DatasetReader.read(directory: directory!, reference: reference, options: options), reference)
        } catch let failure as DiagnosticError {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(failure.exitCode.rawValue)
        }
    }
}

/// Opens a database connection, turning a connection failure into a printable diagnostic.
func diagnosingConnection(_ connectionString: String) throws(DiagnosticError) -> PostgresConnection {
    do {
        return try PostgresConnection(connectionString)
    } catch {
        throw error.diagnosticError
    }
}

/// A user-facing failure with a message and an exit status, printed without a stack trace.
struct UserFailure: Error, CustomStringConvertible {
    var message: String
    var status: ExitStatus
    var description: String { "error: " + message }
}
