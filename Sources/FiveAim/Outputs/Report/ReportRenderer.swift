import Foundation
internal import Mustache

/// The formats a report is written in.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Pandoc Markdown (pipe tables, charts as SVG data URIs).
    case md
    /// One self-contained HTML file: inline CSS and SVG, no external reference.
    case html
    /// An editable Word document converted from the Markdown by pandoc against `reference.docx`.
    case docx

    /// The file extension.
    public var fileExtension: String { rawValue }
}

/// Renders an `AnnualReport` through the Mustache templates of `Exports/report/` (HTML-escaped for HTML, Markdown-escaped
/// for Markdown), one template per format for every language: `report.<md|html>.mustache` and their partials; every
/// word comes from the texts of the report's language.
public struct ReportRenderer: Sendable {
    private let library: MustacheLibrary

    /// Parses every template of `resources`.
    public init(resources: ReportResources) throws(DiagnosticError) {
        MarkdownContentType.registerOnce()
        var library = MustacheLibrary()
        var failures: [Diagnostic] = []
        for (name, text) in resources.templates.sorted(by: { $0.key < $1.key }) {
            do { try library.register(text, named: name) } catch {
                failures.append(
                    Diagnostic(
                        .error, .reportTemplateInvalid,
                        at: SourceLocation(file: "\(resources.folder)/\(name).mustache", line: 0, column: 0),
                        "the template does not parse: \(error); expected Mustache"))
            }
        }
        if !failures.isEmpty { throw DiagnosticError(failures, exitCode: .software) }
        self.library = library
    }

    /// The report as Markdown (`format` md) or HTML; charts must have their `src` set for Markdown.
    public func render(_ report: AnnualReport, format: ReportFormat) -> String {
        precondition(format != .docx, "docx is converted from Markdown")
        let name = "report.\(format.rawValue)"
        guard let text = library.render(report, withTemplate: name) else { preconditionFailure("template \(name) was checked at load") }
        return text
    }

    /// A `data:` URI holding `svg`, for Markdown images.
    public static func dataURI(svg: String) -> String {
        "data:image/svg+xml;base64," + Data(svg.utf8).base64EncodedString()
    }
}

/// Mustache content type `MARKDOWN`: escapes the characters Markdown (and pandoc) would read as markup, and keeps every
/// value on one line: a line break becomes a space and control or invisible characters are dropped, so that a value
/// (a network's name in the front matter's `title: |` block, a table cell) can never end its YAML block scalar and
/// add metadata (`author:`, `abstract:`), start a second metadata block, or break a pipe table.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            if character.isNewline {
                result.append(" ")
                continue
            }
            if character.unicodeScalars.contains(where: UntrustedText.isUnsafe) {
                result.unicodeScalars.append(contentsOf: character.unicodeScalars.filter { !UntrustedText.isUnsafe($0) })
                continue
            }
            if "\\`*_[]<>|@$~^".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        return true
    }()

    static func registerOnce() { _ = registered }
}
