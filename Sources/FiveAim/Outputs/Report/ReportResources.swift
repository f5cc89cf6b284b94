import Foundation

extension DiagnosticCode {
    // MARK: Exports (FA4xxx): report templates and texts (docs/errors/FA4xxx.md)
    /// A file of the report folder cannot be read.
    public static let reportFileUnreadable = DiagnosticCode(rawValue: "FA4001")
    /// A texts file lacks a key the report needs, or has one it does not know.
    public static let reportTextKey = DiagnosticCode(rawValue: "FA4002")
    /// A template does not parse.
    public static let reportTemplateInvalid = DiagnosticCode(rawValue: "FA4003")
    /// A report breakdown reuses an indicator id of the catalogue.
    public static let reportBreakdownClash = DiagnosticCode(rawValue: "FA4004")
    /// Writing a report failed (disk, permissions, converter).
    public static let reportWriteFailed = DiagnosticCode(rawValue: "FA4010")
    /// The .docx converter (pandoc, rsvg-convert) is missing or failed.
    public static let reportConverterFailed = DiagnosticCode(rawValue: "FA4011")
}

/// The report folder (`Exports/report/`): texts per language, one template per format, the breakdowns the
/// report adds to the catalogue, and the Word reference document.
public struct ReportResources: Sendable {
    /// The folder read.
    public var folder: String
    /// Texts per language, one per `texts.<lang>.yaml` of the folder.
    public var texts: [Language: ReportTexts]
    /// Template sources by file name without `.mustache` (`report.html`, `html-table` …), from the folder and its subfolders.
    public var templates: [String: String]
    /// The breakdown definitions (`measures/*.yaml`), in the catalogue's indicator schema.
    public var breakdowns: [CatalogueLoader.SourceText]
    /// The Word reference document (styles) for pandoc.
    public var referenceDocx: String

    /// The languages a report can be written in: those with a texts file (and templates), in `Language` order.
    public var languages: [Language] { Language.allCases.filter { texts[$0] != nil } }

    /// Reads the folder; every problem is reported at once. The languages are those with a `texts.<lang>.yaml`.
    public static func load(folder: String) throws(DiagnosticError) -> ReportResources {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var failures: [Diagnostic] = []
        var texts: [Language: ReportTexts] = [:]
        var languages: [Language] = []
        do { languages = try TextFiles.languages(in: base, codes: ReportTexts.codes) } catch { failures += error.diagnostics }
        if languages.isEmpty && failures.isEmpty {
            failures.append(
                Diagnostic(
                    .error, .reportFileUnreadable, at: SourceLocation(file: base, line: 0, column: 0),
                    "no texts file; expected one texts.<lang>.yaml per report language"))
        }
        for language in languages {
            let path = "\(base)/\(TextFiles.fileName(language))"
            do { texts[language] = try ReportTexts.load(path: path, language: language) } catch { failures += error.diagnostics }
        }
        var templates: [String: String] = [:]
        for name in (try? FileManager.default.subpathsOfDirectory(atPath: base)) ?? [] where name.hasSuffix(".mustache") {
            let path = "\(base)/\(name)"
            guard let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
                failures.append(
                    Diagnostic(
                        .error, .reportFileUnreadable, at: SourceLocation(file: path, line: 0, column: 0),
                        "cannot read this template as UTF-8 text"))
                continue
            }
            let file = name.split(separator: "/").last.map(String.init) ?? name
            templates[String(file.dropLast(".mustache".count))] = text
        }
        for format in ["md", "html"] where templates["report.\(format)"] == nil {
            failures.append(
                Diagnostic(
                    .error, .reportFileUnreadable, at: SourceLocation(file: "\(base)/report.\(format).mustache", line: 0, column: 0),
                    "missing template; expected one template per format (report.md.mustache, report.html.mustache)"))
        }
        var breakdowns: [CatalogueLoader.SourceText] = []
        let measures = base + "/measures"
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: measures)) ?? []).sorted() where name.hasSuffix(".yaml") {
            let path = measures + "/" + name
            if let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) {
                breakdowns.append(CatalogueLoader.SourceText(path: path, text: text))
            } else {
                failures.append(
                    Diagnostic(
                        .error, .reportFileUnreadable, at: SourceLocation(file: path, line: 0, column: 0),
                        "cannot read this breakdown as UTF-8 text"))
            }
        }
        failures += ReportMeasure.check(files: (try? FileManager.default.contentsOfDirectory(atPath: measures)) ?? [], folder: measures)
        let reference = base + "/reference.docx"
        if !FileManager.default.fileExists(atPath: reference) {
            failures.append(
                Diagnostic(
                    .error, .reportFileUnreadable, at: SourceLocation(file: reference, line: 0, column: 0),
                    "missing Word reference document; expected the styles for .docx output"))
        }
        if !failures.isEmpty { throw DiagnosticError(failures, exitCode: .software) }
        return ReportResources(folder: base, texts: texts, templates: templates, breakdowns: breakdowns, referenceDocx: reference)
    }

    /// The catalogue with the report's breakdowns added, validated like any indicator file against `catalogFolder/catalog.yaml`.
    public func catalogue(merging catalogue: Catalogue, catalogFolder: String, reference: ReferenceData) throws(DiagnosticError)
        -> Catalogue
    {
        let path = catalogFolder + "/catalog.yaml"
        guard let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, .reportFileUnreadable, at: SourceLocation(file: path, line: 0, column: 0),
                        "cannot read the code sets the report's breakdowns use")
                ], exitCode: .software)
        }
        let extra = try CatalogueLoader.load(
            catalogue: CatalogueLoader.SourceText(path: path, text: text), indicators: breakdowns,
            reference: reference)
        let clashes = extra.indicators.filter { catalogue.indicator($0.id) != nil }
        if !clashes.isEmpty {
            throw DiagnosticError(
                clashes.map {
                    Diagnostic(
                        .error, .reportBreakdownClash, at: SourceLocation(file: $0.file, line: 0, column: 0),
                        "breakdown '\($0.id)' reuses an indicator id of the catalogue; report breakdowns start with 'report_'")
                }, exitCode: .software)
        }
        var merged = Catalogue(
            schemaVersion: catalogue.schemaVersion, codeSets: catalogue.codeSets, indicators: catalogue.indicators + extra.indicators,
            rules: catalogue.rules, pseudocodes: catalogue.pseudocodes, budgetLines: catalogue.budgetLines, texts: catalogue.texts)
        merged.outreachSiteTypes = catalogue.outreachSiteTypes
        merged.returnToWork = catalogue.returnToWork
        return merged
    }
}

/// The user-facing texts of a report in one language (`Exports/report/texts.<lang>.yaml`): every key of `ReportTextKey`, no other.
public struct ReportTexts: Sendable {
    /// The language.
    public var language: Language
    /// The BCP 47 tag, e.g. `fr-BE`.
    public var locale: String
    /// Texts by key.
    public var values: [ReportTextKey: String]
    /// How figures and dates are written.
    public var format: BelgianFormat

    /// The text of `key`.
    public subscript(_ key: ReportTextKey) -> String { values[key]! }

    /// `key`'s text with `{name}` placeholders replaced.
    public func text(_ key: ReportTextKey, _ replacements: [String: String] = [:]) -> String {
        TextPattern.fill(self[key], replacements)
    }

    /// The codes a report texts file reports its problems with.
    public static let codes = TextFileCodes(unreadable: .reportFileUnreadable, key: .reportTextKey)

    /// The lists a report texts file has besides its texts: twelve month names, long and short.
    public static let lists = ["months": 12, "months_short": 12]

    /// Reads and checks a texts file.
    public static func load(path: String, language: Language) throws(DiagnosticError) -> ReportTexts {
        try ReportTexts(TextFiles.load(path: path, language: language, lists: lists, codes: codes, as: ReportTextKey.self))
    }

    /// Checks the text of a texts file (`file` names it in diagnostics).
    public static func parse(_ source: String, file: String, language: Language) throws(DiagnosticError) -> ReportTexts {
        try ReportTexts(TextFiles.parse(source, file: file, language: language, lists: lists, codes: codes, as: ReportTextKey.self))
    }
}

extension ReportTexts {
    /// The report's view of checked texts.
    init(_ texts: LanguageTexts<ReportTextKey>) {
        let format = BelgianFormat(
            monthNames: texts.lists["months"]!, shortMonthNames: texts.lists["months_short"]!, firstDay: texts[.firstDay],
            dayPattern: texts[.dayPattern])
        self.init(language: texts.language, locale: texts.locale ?? texts.language.rawValue + "-BE", values: texts.values, format: format)
    }
}

extension ReportTextKey: TextKey {}
