import ArgumentParser
import ConsoleKitTerminal
import FiveAim
import Foundation

/// `fiveaim report DIR`: writes the draft annual report of a network (or of every network) in its languages or those asked for.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write annual report drafts (art. 13 §1 12°) per network in its own languages: .docx, self-contained HTML or Markdown.",
        discussion: """
            Files are named <network>-<year>-<lang>.<ext> in --out. Without --lang each network is written in its own \
            languages (column languages of networks.csv: Brussels fr and nl, COM-GER de). A batch is written atomically beside --out and swapped \
            in whole: nothing is kept unless every file was written, and --out is replaced only when it is absent, empty \
            or holds exactly a previous report batch (the files its fiveaim-output.json lists, unchanged). The .docx format needs pandoc and rsvg-convert (scripts/install-system-packages.sh). \
            Templates and texts: Exports/report/ (docs/report.md).
            """
    )

    @Argument(help: "The dataset directory (CSV files); omit it with --db URL.")
    var directory: String?

    @Option(help: "A network code, or 'all' for one report per network.")
    var network: String

    @Option(help: "The calendar year reported (compared with the year before).")
    var year: Int

    @Option(parsing: .upToNextOption, help: "Languages: fr, nl, de (several allowed; default: each network's own).")
    var lang: [Language] = []

    @Option(parsing: .upToNextOption, help: "Formats: docx, html, md (several allowed; default docx).")
    var format: [ReportFormat] = [.docx]

    @Option(help: "Whom the report is for: network (own figures) or committee (small cells suppressed).")
    var audience: Audience = .network

    @Option(help: "Suppress counts from 1 to this value minus one for the committee audience.")
    var suppressionThreshold = 5

    @Option(help: "The output folder (created, or replaced when it holds exactly a previous report batch).")
    var out = "reports"

    @Option(help: "The report folder (templates, texts, breakdowns). Default: report/ of the Exports folder.")
    var templates: String?

    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var exportsOptions: ExportsOptions

    func validate() throws {
        try dataOptions.validateSource(directory: directory)
        try validateNetworkOption(network)
        if audience == .research { throw ValidationError("--audience: network or committee (research extracts are another command)") }
        if suppressionThreshold < 1 { throw ValidationError("--suppression-threshold must be at least 1") }
        do { _ = try DisclosurePolicy.validated(audience: audience, threshold: Int64(suppressionThreshold)) } catch {
            throw ValidationError("--suppression-threshold: \(error.description)")
        }
    }

    func run() throws {
        let (dataset, reference) = try dataOptions.loadDataset(directory: directory)
        // A year without data would give an empty draft: refused, as `compare` refuses it.
        let years = ReportPeriod.yearsPresent(in: dataset).compactMap(\.calendarYear)
        guard years.contains(year) else {
            try fail(
                .yearWithoutData,
                "no data for \(year); the dataset has \(years.map(String.init).joined(separator: ", ")); choose one of these years with --year",
                status: .usage)
        }
        let catalogFolder = try dataOptions.catalogFolder()
        let base = try dataOptions.loadCatalogue(reference: reference)
        let folder = try templates ?? exportsOptions.item("report")
        let networks: [Network]
        if network == "all" {
            networks = dataset.networks.filter { $0.code != Network.nationalCode }.sorted { $0.code < $1.code }
        } else if let match = dataset.networks.first(where: { $0.code == network }) {
            networks = [match]
        } else {
            try fail(
                .networkNotInDataset, "unknown network \(UntrustedText.quoted(network)); expected a code of the networks table or all",
                status: .usage)
        }
        let request = ReportRequest(
            networks: networks, year: year, languages: lang.uniqued(), formats: format.uniqued(),
            disclosure: DisclosurePolicy(audience: audience, threshold: Int64(suppressionThreshold)), directory: out,
            runMonth: dataOptions.reading.runMonth())
        let resources = try printingDiagnostics { () throws(DiagnosticError) in try ReportResources.load(folder: folder) }
        // The report languages are those with texts and templates in the report folder.
        if let other = request.languagesUsed.first(where: { !resources.languages.contains($0) }) {
            let known = resources.languages.map(\.rawValue).joined(separator: " or ")
            let subject =
                request.languages.isEmpty
                ? "language \(other.rawValue) of \(networks.first { $0.languages.contains(other) }?.code ?? "a network") (networks.csv)"
                : "--lang \(other.rawValue)"
            try fail(
                .reportLanguageWithoutTexts,
                "\(subject): reports are written in \(known) (the texts.<lang>.yaml of \(folder))\(request.languages.isEmpty ? "; choose with --lang" : "")",
                status: .usage)
        }
        let catalogue = try printingDiagnostics { () throws(DiagnosticError) in
            try resources.catalogue(merging: base, catalogFolder: catalogFolder, reference: reference)
        }
        if request.formats.contains(.docx), !DocxConverter.isAvailable {
            try fail(
                .reportConverterFailed, "--format docx needs pandoc and rsvg-convert on PATH; run scripts/install-system-packages.sh",
                status: .software)
        }
        warnTariffFallbacks(dataset, years: [year - 1, year])  // the draft compares the year with the one before
        let progress = ReportProgress(total: request.fileCount)
        let written = try printingDiagnostics(whenFailing: { progress.finish(success: false) }) { () throws(DiagnosticError) in
            try ReportBatch.write(dataset, catalogue: catalogue, resources: resources, request: request, progress: progress.update)
        }
        progress.finish(success: true)
        print("\(written.count) report\(written.count == 1 ? "" : "s") written to \(out)")
    }
}

extension ReportFormat: ExpressibleByArgument {}

private extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

/// Progress of a batch: console-kit's progress bar on a terminal, one plain line per file otherwise (logs, CI).
final class ReportProgress {
    private let total: Int
    private let bar: ActivityIndicator<ProgressBar>?

    init(total: Int) {
        self.total = total
        if total > 1, isatty(STDERR_FILENO) == 1 {
            let bar = Terminal().progressBar(title: "reports")
            bar.start()
            self.bar = bar
        } else {
            bar = nil
        }
    }

    /// Called after each file.
    func update(done: Int, total: Int, name: String) {
        if let bar {
            bar.activity.title = "reports \(done)/\(total)"
            bar.activity.currentProgress = Double(done) / Double(max(total, 1))
        } else if self.total > 1 {
            FileHandle.standardError.write(Data("[\(done)/\(total)] \(UntrustedText.escaped(name))\n".utf8))
        }
    }

    /// Stops the bar.
    func finish(success: Bool) {
        guard let bar else { return }
        success ? bar.succeed() : bar.fail()
    }
}
