import ArgumentParser
import FiveAim
import Foundation

/// `fiveaim compare DIR --year Y`: the follow-up committee's comparison of networks (funnel plots, rankings, trends).
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare the networks for the follow-up committee: funnel plots with outliers, ranked tables, trends.",
        discussion: """
            Adult and child & adolescent networks are compared within their own group (the German-speaking network \
            with the adults) unless --group says otherwise. Small cells are always suppressed (committee audience). \
            Without --out, csv and html go to standard output; xlsx needs --out. Method: docs/compare.md.
            """
    )

    @Argument(help: "The dataset directory (CSV files).")
    var directory: String?

    @Option(help: "The calendar year of the funnel plots, rankings and outlier lists (trends cover every year with data).")
    var year: Int

    @Option(help: "Language of titles and labels (html, xlsx): fr, nl, de or en.")
    var lang: Language = .en

    @Option(help: "Output format: html, csv or xlsx.")
    var format: CompareFormat = .html

    @Option(
        help:
            "Compare only adult (with the German-speaking network) or child networks, or all networks as one group. Default: adult and child, each within its own group."
    )
    var group: ComparisonGroup?

    @Option(help: "Write compare-YEAR.<format> into this folder (created, or replaced when it holds exactly a previous comparison).")
    var out: String?

    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var exportsOptions: ExportsOptions

    func validate() throws {
        try dataOptions.validateSource(directory: directory)
        if format == .xlsx, out == nil { throw ValidationError("--format xlsx needs --out DIR") }
    }

    func run() throws {
        let (dataset, reference) = try dataOptions.loadDataset(directory: directory)
        let catalogue = try dataOptions.loadCatalogue(reference: reference)
        let years = ReportPeriod.yearsPresent(in: dataset).compactMap(\.calendarYear)
        guard years.contains(year) else {
            try fail(
                .yearWithoutData, "no data for \(year); the dataset has \(years.map(String.init).joined(separator: ", "))", status: .usage)
        }
        let texts = try loadTexts()
        warnTariffFallbacks(dataset, years: years)  // trends cover every year with data
        let request = ComparisonRequest(year: year, groups: group.map { [$0] } ?? ComparisonGroup.byTargetGroup)
        let comparison = IndicatorEngine(catalogue: catalogue).compare(dataset, request: request)
        let name = "compare-\(year)" + (group.map { "-\($0.rawValue)" } ?? "") + "." + format.rawValue
        try printingDiagnostics { () throws(DiagnosticError) in
            guard let out else {
                let text =
                    format == .csv
                    ? ComparisonCSVWriter.write(comparison) : ComparisonHTMLWriter.write(comparison, texts: texts, language: lang)
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            // Written like every output folder: staged beside --out, swapped in whole (docs/compare.md).
            try OutputFolder.writing(out, kind: .compare) { folder throws(DiagnosticError) in
                switch format {
                case .csv: try folder.write(ComparisonCSVWriter.write(comparison), name: name)
                case .html: try folder.write(ComparisonHTMLWriter.write(comparison, texts: texts, language: lang), name: name)
                case .xlsx:
                    try ComparisonXLSXWriter.write(comparison, texts: texts, language: lang, to: try folder.path(name))
                    try folder.stage(name: name)
                }
            }
        }
    }

    /// The texts of `compare/texts.<lang>.yaml` in the Exports folder.
    private func loadTexts() throws -> ComparisonTexts {
        let folder = try exportsOptions.item("compare")
        return try printingDiagnostics { () throws(DiagnosticError) in try ComparisonTexts.load(folder: folder) }
    }
}

/// The formats of `fiveaim compare`.
enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
    case html
    case csv
    case xlsx
}

extension ComparisonGroup: ExpressibleByArgument {}
