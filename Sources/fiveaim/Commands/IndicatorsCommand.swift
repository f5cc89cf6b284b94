import ArgumentParser
import FiveAim
import Foundation

/// `fiveaim indicators DIR`: computes the catalogue's indicators per network and nationally.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Compute the 5AIM indicators of a dataset, per network and for Belgium (BE).",
        discussion: "Without --year or --from/--to, every calendar year present in the data is reported."
    )

    @Argument(help: "The dataset directory (CSV files); omit it with --db URL.")
    var directory: String?

    @Option(help: "A network code, BE, or 'all' (every network and BE).")
    var network = "all"

    @Option(help: "Report this calendar year only.")
    var year: Int?

    @Option(help: "First month of the period (YYYY-MM); needs --to.")
    var from: String?

    @Option(help: "Last month of the period (YYYY-MM); needs --from.")
    var to: String?

    @Option(help: "Whom the output is for: network (no suppression), committee or research (small cells suppressed).")
    var audience: Audience = .network

    @Option(help: "Suppress counts from 1 to this value minus one for committee and research audiences.")
    var suppressionThreshold = 5

    @Option(help: "Output format: csv, json or table.")
    var format: IndicatorFormat = .csv

    @Option(help: "Language of titles in the table format: fr, nl, de or en.")
    var lang: Language = .en

    @Option(name: .customLong("indicator"), help: "Only this indicator (repeatable).")
    var indicators: [String] = []

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        try dataOptions.validateSource(directory: directory)
        try validateNetworkOption(network)
        if year != nil, from != nil || to != nil { throw ValidationError("give either --year or --from/--to, not both") }
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
        if suppressionThreshold < 1 { throw ValidationError("--suppression-threshold must be at least 1") }
        do { _ = try DisclosurePolicy.validated(audience: audience, threshold: Int64(suppressionThreshold)) } catch {
            throw ValidationError("--suppression-threshold: \(error.description)")
        }
        if let from, let to {
            guard let first = parseMonth(from), let last = parseMonth(to), first <= last else {
                throw ValidationError("--from and --to expect months YYYY-MM, the first not after the last")
            }
            let period = ReportPeriod(first: first, last: last)
            if !DisclosurePolicy(audience: audience, threshold: Int64(suppressionThreshold)).allows(period) {
                throw ValidationError(
                    "--from/--to: \(period) is not one calendar quarter or year; the \(audience.rawValue) audience gets one calendar "
                        + "quarter (e.g. --from 2025-04 --to 2025-06) or year, so that overlapping periods give nothing away (docs/extracts.md)"
                )
            }
        }
    }

    func run() throws {
        let (dataset, reference) = try dataOptions.loadDataset(directory: directory)
        let catalogue = try dataOptions.loadCatalogue(reference: reference)
        for id in indicators where catalogue.indicator(id) == nil {
            try fail(.unknownIndicatorID, "unknown indicator '\(id)'; see `fiveaim explain --list`", status: .usage)
        }
        var selection = NetworkSelection.all
        if network != "all" {
            guard network == Network.nationalCode || dataset.networks.contains(where: { $0.code == network }) else {
                try fail(
                    .networkNotInDataset,
                    "unknown network \(UntrustedText.quoted(network)); expected a code of the networks table, BE or all", status: .usage)
            }
            selection = .network(network)
        }
        let periods: [ReportPeriod]
        if let year {
            periods = [.year(year)]
        } else if let from, let to, let first = parseMonth(from), let last = parseMonth(to) {
            periods = [ReportPeriod(first: first, last: last)]  // checked by validate(), with the audience
        } else {
            periods = ReportPeriod.yearsPresent(in: dataset)
        }
        let policy = DisclosurePolicy(audience: audience, threshold: Int64(suppressionThreshold))
        warnTariffFallbacks(dataset, years: periods.flatMap(\.years))
        let request = IndicatorRequest(
            periods: periods, networks: selection, indicatorIDs: indicators.isEmpty ? nil : indicators,
            disclosure: policy)
        let report = IndicatorEngine(catalogue: catalogue).report(dataset, request: request)
        let text: String =
            switch format {
            case .csv: IndicatorCSVWriter.write(report.results)
            case .json: IndicatorJSONWriter.write(report, reasons: ReasonTexts(catalogue.texts(.en)))
            case .table:
                IndicatorTableWriter.write(
                    report, catalogue: catalogue, language: lang, reasons: ReasonTexts(catalogue.texts(.en)))
            }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// The formats of `fiveaim indicators`.
enum IndicatorFormat: String, ExpressibleByArgument, CaseIterable {
    case csv
    case json
    case table
}

extension Audience: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

extension DataOptions {
    /// Reads the indicator catalogue of the catalogue folder, printing diagnostics and exiting on failure.
    func loadCatalogue(reference: ReferenceData) throws -> Catalogue {
        try loadCatalogueFolder(catalogFolder(), reference: reference)
    }
}

/// Reads the catalogue of `folder`, printing diagnostics and exiting on failure.
func loadCatalogueFolder(_ folder: String, reference: ReferenceData) throws -> Catalogue {
    try printingDiagnostics { () throws(DiagnosticError) in try CatalogueLoader.load(folder: folder, reference: reference) }
}
