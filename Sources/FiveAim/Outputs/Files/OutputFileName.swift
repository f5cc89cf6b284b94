import Foundation

/// The name of a file FiveAim writes into an output folder, built only from a validated network code and values of
/// FiveAim's own (a year, a language, a format), and checked to name a file directly inside that folder.
///
/// The code's shape is checked again here (`NetworkCodePattern`) even though every reader checks it: a network that
/// reached the writer some other way (a caller building a `Network`, a future reader) still cannot name a path
/// outside `--out`. Then the name is checked on its own: one path component, not `.` or `..`.
public struct OutputFileName: Sendable, Hashable, CustomStringConvertible {
    /// The file name (one path component).
    public let name: String

    private init(checked name: String) { self.name = name }

    /// The file name itself.
    public var description: String { name }

    /// `<network>-<year>-<lang>.<ext>`, the name of an annual report draft.
    public static func report(network: String, year: Int, language: Language, format: ReportFormat) throws(DiagnosticError)
        -> OutputFileName
    {
        try make("\(try code(network))-\(year)-\(language.rawValue).\(format.fileExtension)")
    }

    /// `folder/name`, after checking that the standardised path is directly inside the standardised folder.
    public func path(inside folder: String) throws(DiagnosticError) -> String {
        let base = URL(fileURLWithPath: folder).standardizedFileURL
        let target = base.appendingPathComponent(name).standardizedFileURL
        guard target.deletingLastPathComponent().path == base.path else { throw Self.refusal("the file name leaves the output folder") }
        return (folder.hasSuffix("/") ? folder : folder + "/") + name
    }

    /// The code, when it has a network code's shape.
    private static func code(_ network: String) throws(DiagnosticError) -> String {
        guard NetworkCodePattern.matches(network) else {
            throw refusal("network \(UntrustedText.quoted(network)) cannot name an output file; expected \(NetworkCodePattern.expected)")
        }
        return network
    }

    /// A name that is one path component.
    private static func make(_ name: String) throws(DiagnosticError) -> OutputFileName {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\0"),
            !name.unicodeScalars.contains(where: UntrustedText.isUnsafe)
        else { throw refusal("the file name is not one plain path component") }
        return OutputFileName(checked: name)
    }

    private static func refusal(_ message: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, .badNetworkCode, message)], exitCode: .dataError)
    }
}
