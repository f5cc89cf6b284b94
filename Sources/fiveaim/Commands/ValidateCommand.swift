import ArgumentParser
import FiveAim

/// `fiveaim validate DIR` (or `--db URL`): checks a dataset against the data contract.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset directory against the data contract and summarise it (or summarise a --db database)."
    )

    @Argument(help: "The dataset directory (CSV files); omit it with --db URL.")
    var directory: String?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let (dataset, reference) = try dataOptions.loadDataset(directory: directory)
        let catalogue = try dataOptions.loadCatalogue(reference: reference)
        print(DatasetSummary(dataset).render(disabled: catalogue.disabledIndicators(for: dataset)))
    }
}
