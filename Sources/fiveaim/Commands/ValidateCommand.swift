import ArgumentParser
import FiveAim

/// `fiveaim validate DIR`: checks a dataset against the data contract.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset directory against the data contract and summarise it."
    )

    @Argument(help: "The dataset directory (CSV files).")
    var directory: String

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let (dataset, reference) = try dataOptions.loadDataset(directory: directory)
        let catalogue = try dataOptions.loadCatalogue(reference: reference)
        print(DatasetSummary(dataset).render(disabled: catalogue.disabledIndicators(for: dataset)))
    }
}
