/// A failure that carries one or more diagnostics for the user (no stack trace is printed for it).
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted.
    public var diagnostics: [Diagnostic]
    /// How many further problems were found but not kept (over the cap).
    public var omitted: Int
    /// The process exit code this failure maps to (sysexits).
    public var exitCode: ExitStatus

    /// Creates a failure from diagnostics.
    public init(_ diagnostics: [Diagnostic], omitted: Int = 0, exitCode: ExitStatus = .dataError) {
        self.diagnostics = diagnostics.sorted()
        self.omitted = omitted
        self.exitCode = exitCode
    }

    /// The printed form.
    public var description: String { DiagnosticPrinter.format(diagnostics, omitted: omitted) }
}

/// Process exit codes, following BSD sysexits.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case usage = 64
    case dataError = 65
    case noInput = 66
    case software = 70
    /// `EX_CANTCREAT`: the output folder asked for cannot be used (it holds files FiveAim must not replace).
    case cannotCreate = 73
    case ioError = 74
}
