/// Formats diagnostics the way compilers do: `path:line:col: error: [FA2104] message`.
public enum DiagnosticPrinter {
    /// One diagnostic as a single line. The location (a file name of the dataset) and the message (which may quote an
    /// input) are untrusted: control and invisible characters are escaped (`UntrustedText`), so a line is one line
    /// and cannot drive the terminal.
    public static func format(_ diagnostic: Diagnostic) -> String {
        var text = ""
        if let location = diagnostic.location { text += "\(location): " }
        text += "\(diagnostic.severity.rawValue): [\(diagnostic.code.rawValue)] \(diagnostic.message)"
        return UntrustedText.escaped(text)
    }

    /// Several diagnostics, sorted, one per line, with a closing count when some were left out.
    public static func format(_ diagnostics: [Diagnostic], omitted: Int = 0) -> String {
        var lines = diagnostics.sorted().map(format)
        if omitted > 0 { lines.append("note: \(omitted) more problem(s) not shown (the list is capped)") }
        return lines.joined(separator: "\n")
    }
}
