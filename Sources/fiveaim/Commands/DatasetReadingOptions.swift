import ArgumentParser
import FiveAim

/// How a dataset directory is read: every command that reads one (and `db import`) shares these options.
struct DatasetReadingOptions: ParsableArguments {
    @Flag(help: "List every problem in the dataset (up to 1000), not only the first.")
    var reportAll = false

    @Flag(help: "Accept and ignore columns the data contract does not define.")
    var allowExtraColumns = false

    @OptionGroup var catalogOptions: CatalogOptions

    @Option(help: ArgumentHelp("Validate as if the run took place in this month (YYYY-MM); default: this month.", visibility: .hidden))
    var asOf: String?

    func validate() throws {
        if let asOf, parseMonth(asOf) == nil { throw ValidationError("--as-of expects YYYY-MM") }
    }

    /// The catalogue folder in use.
    func catalogFolder() throws -> String { try catalogOptions.folder() }

    /// The run month: `--as-of` (checked by `validate()`), or the current month.
    func runMonth() -> YearMonth {
        asOf.flatMap(parseMonth) ?? CalendarMonth.current()
    }

    /// The options for `DatasetReader`.
    func readOptions() -> DatasetReadOptions {
        DatasetReadOptions(allowExtraColumns: allowExtraColumns, problemLimit: reportAll ? 1000 : 1, runMonth: runMonth())
    }
}
