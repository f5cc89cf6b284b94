import ArgumentParser
import FiveAim
import Foundation

/// `fiveaim validate DIR` (or `--db URL`): checks a dataset against the data contract.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset directory against the data contract and summarise it (or summarise a --db database).",
        discussion:
            "A valid dataset can still breach a relation the contract implies between tables (FA208x), or have services in a year without tariffs of its own, priced at an earlier year's (FA2091, art. 17): such warnings are printed to standard error and the exit status stays 0."
    )

    @Argument(help: "The dataset directory (CSV files); omit it with --db URL.")
    var directory: String?

    @OptionGroup var dataOptions: DataOptions

    func validate() throws { try dataOptions.validateSource(directory: directory) }

    func run() throws {
        let (dataset, reference) = try dataOptions.loadDataset(directory: directory)
        let catalogue = try dataOptions.loadCatalogue(reference: reference)
        let warnings = PlausibilityChecks.warnings(dataset, reference: reference)
        print(DatasetSummary(dataset).render(disabled: catalogue.disabledIndicators(for: dataset), plausibilityWarnings: warnings.count))
        warnTariffFallbacks(dataset, years: TariffYears(dataset).uses.map(\.year))
        if !warnings.isEmpty {
            // The dataset is valid (exit 0); the warnings go where diagnostics go, the first few unless --report-all.
            let shown = dataOptions.reading.reportAll ? warnings : Array(warnings.prefix(Self.warningsShown))
            FileHandle.standardError.write(Data((DiagnosticPrinter.format(shown, omitted: warnings.count - shown.count) + "\n").utf8))
        }
    }

    /// How many plausibility warnings are printed without --report-all.
    static let warningsShown = 20
}
