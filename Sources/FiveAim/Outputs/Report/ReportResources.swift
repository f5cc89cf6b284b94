import Foundation
internal import Yams

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

/// The report folder (`Exports/report/`): texts per language, templates per language and format, the breakdowns the
/// report adds to the catalogue, and the Word reference document.
public struct ReportResources: Sendable {
    /// The folder read.
    public var folder: String
    /// Texts per language (`fr`, `nl`).
    public var texts: [Language: ReportTexts]
    /// Template sources by file name without `.mustache` (`report.fr.html`, `html-table` …), from the folder and its subfolders.
    public var templates: [String: String]
    /// The breakdown definitions (`measures/*.yaml`), in the catalogue's indicator schema.
    public var breakdowns: [CatalogueLoader.SourceText]
    /// The Word reference document (styles) for pandoc.
    public var referenceDocx: String

    /// The languages a report is written in.
    public static let languages: [Language] = [.fr, .nl]

    /// Finds `Exports/report` beside the catalogue folder (`Indicators/`), or `$FIVEAIM_EXPORTS/report`.
    public static func locate(catalogFolder: String) -> String? {
        let manager = FileManager.default
        if let exports = ProcessInfo.processInfo.environment["FIVEAIM_EXPORTS"], manager.fileExists(atPath: exports + "/report") {
            return exports + "/report"
        }
        let root = URL(fileURLWithPath: catalogFolder).standardizedFileURL.deletingLastPathComponent()
        let candidate = root.appendingPathComponent("Exports/report").path
        return manager.fileExists(atPath: candidate) ? candidate : nil
    }

    /// Reads the folder; every problem is reported at once.
    public static func load(folder: String) throws(DiagnosticError) -> ReportResources {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var failures: [Diagnostic] = []
        var texts: [Language: ReportTexts] = [:]
        for language in languages {
            let path = "\(base)/texts.\(language.rawValue).yaml"
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
        for language in languages {
            for format in ["md", "html"] where templates["report.\(language.rawValue).\(format)"] == nil {
                failures.append(
                    Diagnostic(
                        .error, .reportFileUnreadable,
                        at: SourceLocation(file: "\(base)/report.\(language.rawValue).\(format).mustache", line: 0, column: 0),
                        "missing template; expected one template per language and format"))
            }
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
        return Catalogue(
            schemaVersion: catalogue.schemaVersion, codeSets: catalogue.codeSets, indicators: catalogue.indicators + extra.indicators,
            rules: catalogue.rules, pseudocodes: catalogue.pseudocodes, budgetLines: catalogue.budgetLines)
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
        ReportPattern.fill(self[key], replacements)
    }

    /// Reads and checks a texts file.
    public static func load(path: String, language: Language) throws(DiagnosticError) -> ReportTexts {
        func failure(_ message: String, code: DiagnosticCode = .reportTextKey) -> DiagnosticError {
            DiagnosticError([Diagnostic(.error, code, at: SourceLocation(file: path, line: 0, column: 0), message)], exitCode: .software)
        }
        guard let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
            throw failure("cannot read the report texts; expected a UTF-8 YAML file", code: .reportFileUnreadable)
        }
        let tree: Any?
        do { tree = try Yams.load(yaml: text) } catch {
            throw failure("not valid YAML; expected nested keys with texts", code: .reportFileUnreadable)
        }
        var flat: [String: String] = [:]
        var lists: [String: [String]] = [:]
        func walk(_ node: Any?, prefix: String) {
            if let map = node as? [AnyHashable: Any] {
                for (key, value) in map {
                    let name = "\(key.base)"
                    walk(value, prefix: prefix.isEmpty ? name : prefix + "." + name)
                }
            } else if let map = node as? [String: Any] {
                for (key, value) in map { walk(value, prefix: prefix.isEmpty ? key : prefix + "." + key) }
            } else if let list = node as? [Any] {
                lists[prefix] = list.map { "\($0)" }
            } else if let node {
                flat[prefix] = "\(node)"
            }
        }
        walk(tree, prefix: "")
        var problems: [Diagnostic] = []
        let known = Set(ReportTextKey.allCases.map(\.rawValue))
        for key in flat.keys.sorted() where !known.contains(key) && !["schema_version", "language", "locale"].contains(key) {
            let hint = Suggestion.closest(to: key, among: Array(known)).map { "; did you mean '\($0)'?" } ?? ""
            problems.append(
                Diagnostic(.error, .reportTextKey, at: SourceLocation(file: path, line: 0, column: 0), "unknown key '\(key)'\(hint)"))
        }
        var values: [ReportTextKey: String] = [:]
        for key in ReportTextKey.allCases {
            if let value = flat[key.rawValue] {
                values[key] = value
            } else {
                problems.append(
                    Diagnostic(
                        .error, .reportTextKey, at: SourceLocation(file: path, line: 0, column: 0),
                        "key '\(key.rawValue)' is missing; every report text needs a value"))
            }
        }
        for name in ["months", "months_short"] where lists[name]?.count != 12 {
            problems.append(
                Diagnostic(
                    .error, .reportTextKey, at: SourceLocation(file: path, line: 0, column: 0),
                    "key '\(name)': expected a list of twelve month names"))
        }
        if flat["language"] != language.rawValue {
            problems.append(
                Diagnostic(
                    .error, .reportTextKey, at: SourceLocation(file: path, line: 0, column: 0),
                    "key 'language': expected '\(language.rawValue)', the language in the file name"))
        }
        if !problems.isEmpty { throw DiagnosticError(problems, exitCode: .software) }
        let format = BelgianFormat(monthNames: lists["months"]!, shortMonthNames: lists["months_short"]!, firstDay: values[.firstDay]!)
        return ReportTexts(language: language, locale: flat["locale"] ?? language.rawValue + "-BE", values: values, format: format)
    }
}

/// `{name}` placeholders in report texts.
public enum ReportPattern {
    /// `pattern` with each `{name}` replaced; unknown names stay as written.
    public static func fill(_ pattern: String, _ replacements: [String: String]) -> String {
        pieces(pattern).map { piece in
            switch piece {
            case .text(let text): text
            case .slot(let name): replacements[name] ?? "{\(name)}"
            }
        }.joined()
    }

    /// A pattern split into literal text and `{name}` slots.
    public enum Piece: Sendable, Hashable {
        /// Literal text.
        case text(String)
        /// A placeholder's name.
        case slot(String)
    }

    /// The pieces of `pattern`, in order.
    public static func pieces(_ pattern: String) -> [Piece] {
        var result: [Piece] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { result.append(.text(String(rest[..<open]))) }
            result.append(.slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }
}
