import ArgumentParser
import FiveAim
import FiveAimPostgres
import Foundation

/// Options every command that reads a dataset shares.
struct DataOptions: ParsableArguments {
    @OptionGroup var reading: DatasetReadingOptions

    @Option(
        help: ArgumentHelp(
            "Read the dataset from this PostgreSQL database instead of a directory (see docs/database.md).",
            discussion:
                "A libpq URL (postgresql://user@host/db?sslmode=require) or key=value string; '' uses the PG* environment and ~/.pgpass.",
            valueName: "URL"))
    var db: String?

    /// The catalogue folder in use.
    func catalogFolder() throws -> String { try reading.catalogFolder() }

    /// Checks that the dataset comes from exactly one of `directory` and `--db`; commands call it from `validate()`.
    func validateSource(directory: String?) throws {
        switch (directory, db) {
        case (nil, nil): throw ValidationError("give a dataset directory or --db URL")
        case (.some, .some): throw ValidationError("give either a dataset directory or --db URL, not both")
        default: break
        }
    }

    /// Reads the reference data and the dataset — from `directory`, or from `--db` when no directory
    /// is given (`validateSource(directory:)` checked that one is) — printing diagnostics and exiting on failure.
    func loadDataset(directory: String?) throws -> (Dataset, ReferenceData) {
        precondition((directory == nil) != (db == nil), "validate() checks the dataset's source")
        let folder = try catalogFolder()
        let options = reading.readOptions()
        return try printingDiagnostics { () throws(DiagnosticError) in
            let reference = try ReferenceLoader.load(catalog: folder)
            if let db {
                let connection = try diagnosingConnection(db)
                return (try DatabaseReader.read(connection: connection, reference: reference), reference)
            }
            return (try DatasetReader.read(directory: directory!, reference: reference, options: options), reference)
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
