import Foundation

/// What `fiveaim report` writes: networks, year, languages, formats, audience and folder.
public struct ReportRequest: Sendable {
    /// The networks, each getting one file per language and format.
    public var networks: [Network]
    /// The calendar year.
    public var year: Int
    /// The languages asked for (`--lang`), each for every network; empty: each network in its own
    /// (`Network.languages`).
    public var languages: [Language]
    /// The formats.
    public var formats: [ReportFormat]
    /// Disclosure control (committee: small cells suppressed).
    public var disclosure: DisclosurePolicy
    /// The output folder.
    public var directory: String
    /// Rule limits overriding `checks.yaml`, by rule id.
    public var limits: [String: Double]
    /// The month of the run (`--as-of`, else this month): it decides which months are still provisional (art. 14 §4).
    public var runMonth: YearMonth

    /// Creates a request.
    public init(
        networks: [Network], year: Int, languages: [Language], formats: [ReportFormat], disclosure: DisclosurePolicy,
        directory: String, limits: [String: Double] = [:], runMonth: YearMonth = CalendarMonth.current()
    ) {
        self.networks = networks
        self.year = year
        self.languages = languages
        self.formats = formats
        self.disclosure = disclosure
        self.directory = directory
        self.limits = limits
        self.runMonth = runMonth
    }

    /// The languages of `network`'s drafts: those asked for, else the network's own.
    public func languages(for network: Network) -> [Language] { languages.isEmpty ? network.languages : languages }

    /// Every language a draft of the batch is written in: those asked for in their order, else the networks' own in
    /// `Language` order.
    public var languagesUsed: [Language] {
        languages.isEmpty ? Language.allCases.filter { language in networks.contains { $0.languages.contains(language) } } : languages
    }

    /// The number of files the batch writes.
    public var fileCount: Int { networks.reduce(0) { $0 + languages(for: $1).count } * formats.count }

    /// `<network>-<year>-<lang>.<ext>`, checked to be a file directly inside `directory` (`OutputFileName`).
    public func fileName(network: String, language: Language, format: ReportFormat) throws(DiagnosticError) -> String {
        let name = try OutputFileName.report(network: network, year: year, language: language, format: format)
        _ = try name.path(inside: directory)
        return name.name
    }
}

/// Writes a batch of annual report drafts: figures once, then one file per network, language and format, committed
/// together through `OutputFolder` (a failed batch leaves the folder as it was; a folder holding anything but a previous
/// report batch is refused).
public enum ReportBatch {
    /// Writes the batch and returns the files written, in order. `progress` is called after each file with
    /// (files done, files in all, file name).
    @discardableResult
    public static func write(
        _ dataset: Dataset, catalogue: Catalogue, resources: ReportResources, request: ReportRequest,
        generator: String = "fiveaim report",
        progress: (Int, Int, String) -> Void = { _, _, _ in }
    ) throws(DiagnosticError) -> [String] {
        let renderer = try ReportRenderer(resources: resources)
        // Nothing of a failed batch stays: the staging folder goes, or the failure says where it is.
        return try OutputFolder.writing(request.directory, kind: .report) { output throws(DiagnosticError) in
            try write(
                dataset, catalogue: catalogue, resources: resources, request: request, generator: generator,
                renderer: renderer, output: output, progress: progress)
        }
    }

    private static func write(
        _ dataset: Dataset, catalogue: Catalogue, resources: ReportResources, request: ReportRequest,
        generator: String, renderer: ReportRenderer, output: OutputFolder,
        progress: (Int, Int, String) -> Void
    ) throws(DiagnosticError) -> [String] {
        let total = request.fileCount
        var done = 0
        var written: [String] = []
        // Figures once for every network (disclosure sees the whole table); rule titles come from the catalogue per language.
        let figures = ReportFigures.compute(
            dataset, catalogue: catalogue, year: request.year, disclosure: request.disclosure,
            limits: request.limits, language: .en)
        var conversions: [(report: AnnualReport, name: String, converter: DocxConverter, work: String, path: String)] = []
        for language in request.languagesUsed {
            guard let texts = resources.texts[language] else {
                preconditionFailure("the command checked the report texts of every language")
            }
            let composer = AnnualReportComposer(
                texts: texts, figures: figures, dataMonths: dataset.monthsCovered,
                runMonth: request.runMonth, generator: generator)
            let converter = DocxConverter(referenceDocx: resources.referenceDocx, tocTitle: texts[.tocTitle])
            for network in request.networks where request.languages(for: network).contains(language) {
                let report = composer.compose(network)
                for format in request.formats {
                    let name = try request.fileName(network: network.code, language: language, format: format)
                    switch format {
                    case .md:
                        var markdown = report
                        markdown.setChartSources { ReportRenderer.dataURI(svg: $0.svg) }
                        try output.write(renderer.render(markdown, format: .md), name: name)
                    case .html:
                        try output.write(renderer.render(report, format: .html), name: name)
                    case .docx:
                        conversions.append((report, name, converter, output.workPath(name + ".work"), try output.path(name)))
                        continue
                    }
                    written.append(request.directory + "/" + name)
                    done += 1
                    progress(done, total, name)
                }
            }
        }
        // Word conversions run external programs: as many at once as there are cores.
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: conversions.count, by: width) {
            let group = Array(conversions[start..<min(start + width, conversions.count)])
            let failures = FailureBox(count: group.count)
            DispatchQueue.concurrentPerform(iterations: group.count) { index in
                let job = group[index]
                do throws(DiagnosticError) {
                    try job.converter.convert(
                        job.report, renderer: renderer, workFolder: job.work, output: job.path,
                        displayPath: request.directory + "/" + job.name)
                } catch {
                    failures.set(index, error)
                }
            }
            for (index, job) in group.enumerated() {
                if let failure = failures.get(index) { throw failure }
                try output.stage(name: job.name)
                written.append(request.directory + "/" + job.name)
                done += 1
                progress(done, total, job.name)
            }
        }
        return written
    }
}

/// Errors of concurrent conversions, one slot per job.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [DiagnosticError?]

    init(count: Int) { errors = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ error: DiagnosticError) { lock.withLock { errors[index] = error } }

    func get(_ index: Int) -> DiagnosticError? { lock.withLock { errors[index] } }
}
