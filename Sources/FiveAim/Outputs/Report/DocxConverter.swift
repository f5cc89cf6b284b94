import Foundation

/// Converts a report to .docx: charts to PNG with `rsvg-convert` (Word needs bitmaps; without their drawn title, which the
/// caption carries), the Markdown (its tables' column widths fitted to their content) to Word with `pandoc` against the
/// reference document, whose styles give real headings, tables and captions; then `DocxLayout.finish` fills the table
/// of contents, asks Word to update it on opening, and puts figure captions above their figure.
public struct DocxConverter: Sendable {
    /// The Word reference document (styles).
    public var referenceDocx: String
    /// The table of contents' title.
    public var tocTitle: String

    /// Creates a converter.
    public init(referenceDocx: String, tocTitle: String) {
        self.referenceDocx = referenceDocx
        self.tocTitle = tocTitle
    }

    /// Whether pandoc and rsvg-convert are on `PATH`.
    public static var isAvailable: Bool { executable("pandoc") != nil && executable("rsvg-convert") != nil }

    /// Writes `report` as a .docx at `output`, using `workFolder` (created, then removed) for the PNG charts and the Markdown.
    /// Failures name the network, the language and `displayPath` (the file as the user will find it; `output` by default).
    public func convert(
        _ report: AnnualReport, renderer: ReportRenderer, workFolder: String, output: String,
        displayPath: String? = nil
    ) throws(DiagnosticError) {
        let shown = displayPath ?? output
        let what = "network \(report.networkCode), \(report.language), \((shown as NSString).lastPathComponent)"
        guard let pandoc = Self.executable("pandoc"), let rsvg = Self.executable("rsvg-convert") else {
            throw Self.failure(
                shown,
                "\(what): the .docx format needs pandoc and rsvg-convert (Debian pandoc, librsvg2-bin); run scripts/install-system-packages.sh"
            )
        }
        let manager = FileManager.default
        do { try manager.createDirectory(atPath: workFolder, withIntermediateDirectories: false) } catch {
            throw Self.failure(shown, "\(what): cannot create a working folder beside the staged reports")
        }
        defer { try? manager.removeItem(atPath: workFolder) }
        var document = report
        do {
            try document.setChartSources { chart in
                let svg = "\(workFolder)/\(chart.id).svg", png = "\(workFolder)/\(chart.id).png"
                try Data(DocxLayout.chartWithoutTitle(chart.svg, title: chart.title).utf8).write(to: URL(fileURLWithPath: svg))
                if let problem = Self.run(rsvg, ["--zoom", "2", "--format", "png", "--output", png, svg]) {
                    throw Self.failure(shown, "\(what), chart \(chart.id): \(problem)")
                }
                return png
            }
            let markdown = workFolder + "/report.md"
            let converted = workFolder + "/pandoc.docx"
            try Data(DocxLayout.fittingTables(renderer.render(document, format: .md)).utf8).write(
                to: URL(fileURLWithPath: markdown))
            if let problem = Self.run(
                pandoc,
                [
                    "--from", "markdown", "--to", "docx", "--toc", "--toc-depth", "2", "--metadata", "toc-title=\(tocTitle)",
                    "--reference-doc", referenceDocx, "--resource-path", workFolder, "--output", converted, markdown,
                ])
            {
                throw Self.failure(shown, "\(what): \(problem)")
            }
            do { try DocxLayout.finish(converted, to: output) } catch {
                throw Self.failure(shown, "\(what): cannot finish the document pandoc wrote: \(error)")
            }
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw Self.failure(shown, "\(what): cannot write the converter's input files: \(error.localizedDescription)")
        }
    }

    /// The full path of `name` on `PATH`.
    public static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        return nil
    }

    /// Runs a converter; nil when it succeeded, else what failed: the program's name, its exit status and the first line
    /// of what it printed on standard error.
    static func run(_ executable: String, _ arguments: [String]) -> String? {
        let name = (executable as NSString).lastPathComponent
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return "cannot start \(name) (\(executable))" }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            return "\(name) failed (exit \(process.terminationStatus))" + (detail.isEmpty ? "" : ": \(detail)")
        }
        return nil
    }

    static func failure(_ path: String, _ message: String) -> DiagnosticError {
        DiagnosticError(
            [Diagnostic(.error, .reportConverterFailed, at: SourceLocation(file: path, line: 0, column: 0), message)], exitCode: .ioError)
    }
}
