import ArgumentParser
import FiveAim
import Foundation

/// `fiveaim extract`: writes a reproducible research extract (data, codebook, manifest) with disclosure control,
/// or re-checks one with `--verify`.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write a research extract (tidy data, codebook, manifest) with disclosure control, or verify one.",
        discussion:
            "Specs live in Exports/extracts/ (docs/extracts.md). Every extract is for the research audience: small cells are always suppressed."
    )

    @Argument(help: "The dataset directory (CSV files); omit with --db or --verify.")
    var directory: String?

    @Option(help: "The extract specification: a name in Exports/extracts/ or a YAML file.")
    var spec: String?

    @Option(help: "First month (YYYY-MM); replaces the spec's period, needs --to.")
    var from: String?

    @Option(help: "Last month (YYYY-MM); replaces the spec's period, needs --from.")
    var to: String?

    @Option(help: "Data file format: csv or xlsx.")
    var format: ExtractFormat = .csv

    @Option(help: "The folder to write (created, or replaced when it holds an earlier extract).")
    var out: String?

    @Flag(help: "Publish counts below the project default threshold (refused: extracts are for the research audience).")
    var allowSmallCells = false

    @Option(help: "Re-check the extract in this folder against its manifest instead of writing one.")
    var verify: String?

    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var exportsOptions: ExportsOptions

    func validate() throws {
        if allowSmallCells {
            throw ValidationError(
                "--allow-small-cells is refused for research extracts: their threshold is never below \(ExtractSpec.minimumThreshold)")
        }
        if verify != nil {
            if spec != nil || out != nil || directory != nil { throw ValidationError("--verify DIR takes no dataset, --spec or --out") }
            return
        }
        if spec == nil { throw ValidationError("give --spec NAME|FILE (see Exports/extracts/)") }
        if out == nil { throw ValidationError("give --out DIR, the folder to write the extract into") }
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
        if let from, let to {
            guard let first = parseMonth(from), let last = parseMonth(to), first <= last else {
                throw ValidationError("--from and --to expect months YYYY-MM, the first not after the last")
            }
        }
        try dataOptions.validateSource(directory: directory)
    }

    func run() throws {
        if let verify { return try runVerify(verify) }
        let catalogFolder = try dataOptions.catalogFolder()
        let (dataset, reference) = try dataOptions.loadDataset(directory: directory)
        let catalogue = try dataOptions.loadCatalogue(reference: reference)
        let (first, last) = (from.flatMap(parseMonth), to.flatMap(parseMonth))  // checked by validate()
        let root = URL(fileURLWithPath: catalogFolder).deletingLastPathComponent().path
        // A path (with a `/` or ending in .yaml) is read as given; a name is looked up in the Exports folder's extracts/.
        let isPath = spec!.contains("/") || spec!.hasSuffix(".yaml")
        let exports = try exportsOptions.folder()
        let specFile = ExtractSpecLoader.resolve(spec!, folder: isPath ? nil : exports + "/extracts")
        let (result, files) = try printingDiagnostics { () throws(DiagnosticError) in
            try write(
                specFile: specFile, dataset: dataset, reference: reference, catalogue: catalogue,
                first: first, last: last, root: root, exports: exports)
        }
        print("extract \(result.spec.id) written to \(out!): \(result.rows.count) rows; \(files.joined(separator: ", "))")
        print(
            "disclosure: threshold \(result.disclosure.threshold); \(result.disclosure.primary) primary and \(result.disclosure.complementary) complementary suppression(s) of \(result.disclosure.entries) entries"
        )
    }

    /// Loads the spec, builds the extract and writes it.
    private func write(
        specFile: String, dataset: Dataset, reference: ReferenceData, catalogue: Catalogue, first: YearMonth?,
        last: YearMonth?, root: String, exports: String
    ) throws(DiagnosticError) -> (ExtractResult, [String]) {
        let extractSpec = try ExtractSpecLoader.load(file: specFile, reference: reference, catalogue: catalogue)
        let texts = try ExtractTexts.load(folder: exports + "/extracts")
        let result = try ExtractBuilder(reference: reference, catalogue: catalogue, texts: texts).build(
            extractSpec, dataset: dataset, from: first, to: last)
        var indicators: [IndicatorDefinition] = []
        if case .indicators(let ids) = extractSpec.source { indicators = catalogue.indicators.filter { ids?.contains($0.id) ?? true } }
        let inputs = try ExtractInputs.describe(dataset: dataset, reference: reference, indicators: indicators)
        let (created, createdSource) = ExtractProvenance.creationTime()
        let (commit, commitSource) = sourceCommit(root)
        let provenance = ExtractProvenance(
            version: FiveAimVersion.current, commit: commit, commitSource: commitSource,
            created: created, createdSource: createdSource)
        let files = try ExtractWriter.write(result, format: format, provenance: provenance, inputs: inputs, to: out!)
        return (result, files)
    }

    /// Checks the extract in `folder` against its manifest; the catalogue, when there is one, re-checks small numerators
    /// (a catalogue that does not load is an error, not skipped).
    private func runVerify(_ folder: String) throws {
        var catalogue: Catalogue?
        if let catalog = dataOptions.reading.catalogOptions.locatedFolder() {
            let reference = try printingDiagnostics { () throws(DiagnosticError) in try ReferenceLoader.load(catalog: catalog) }
            catalogue = try loadCatalogueFolder(catalog, reference: reference)
        }
        let verification = ExtractVerifier.verify(folder, catalogue: catalogue)
        if verification.isIntact {
            print(
                "extract is intact: \(verification.checkedFiles.count) files match the manifest (\(verification.checkedFiles.joined(separator: ", ")))"
            )
            for check in verification.disclosureChecks { print("disclosure: \(check)") }
        } else {
            FileHandle.standardError.write(Data((DiagnosticPrinter.format(verification.problems) + "\nextract is NOT intact\n").utf8))
            throw ExitCode(ExitStatus.dataError.rawValue)
        }
    }

    /// The commit of the checkout FiveAim runs from (`git rev-parse HEAD`), read at run time.
    private func sourceCommit(_ root: String) -> (String?, String) {
        func git(_ arguments: [String]) -> (status: Int32, output: String)? {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", root] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch { return nil }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // An installed catalogue (share/fiveaim) may sit inside some other repository (a home folder kept in git):
        // only a checkout whose top level holds the catalogue is FiveAim's.
        func resolved(_ path: String) -> String { URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
        guard let top = git(["rev-parse", "--show-toplevel"]), top.status == 0, resolved(top.output) == resolved(root),
            let head = git(["rev-parse", "HEAD"]), head.status == 0, head.output.count == 40
        else {
            return (nil, "unknown: not run from a git checkout")
        }
        let clean = git(["diff", "--quiet", "HEAD"])?.status == 0
        return (
            head.output,
            "git rev-parse HEAD of the checkout holding the catalogue, read at run time"
                + (clean ? "" : "; the checkout had uncommitted changes")
        )
    }
}

extension ExtractFormat: ExpressibleByArgument {}
