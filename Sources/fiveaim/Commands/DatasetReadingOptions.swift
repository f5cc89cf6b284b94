import ArgumentParser
import FiveAim

/// How a dataset directory is read: every command that reads one (and `db import`) shares these options.
struct DatasetReadingOptions: ParsableArguments {
    @Flag(help: "List every problem in the dataset (up to 1000), not only the first.")
    var reportAll = false

    @Flag(help: "Accept and ignore columns the data contract does not define.")
    var allowExtraColumns = false

    @Option(help: "The catalogue folder (indicator definitions and reference data). Default: Indicators/ of the project.")
    var catalog: String?

    @Option(help: ArgumentHelp("Validate as if the run took place in this month (YYYY-MM); default: this month.", visibility: .hidden))
    var asOf: String?

    /// The catalogue folder in use.
    func catalogFolder() throws -> String { try locateCatalogFolder(catalog) }

    /// The run month: `--as-of`, or the current month.
    func runMonth() throws -> YearMonth {
        guard let asOf else { return CalendarMonth.current() }
        guard let month = parseMonth(asOf) else { throw ValidationError("--as-of expects YYYY-MM") }
        return month
    }

    /// The options for `DatasetReader`.
    func readOptions() throws -> DatasetReadOptions {
        DatasetReadOptions(allowExtraColumns: allowExtraColumns, problemLimit: reportAll ? 1000 : 1, runMonth: try runMonth())
    }
}
