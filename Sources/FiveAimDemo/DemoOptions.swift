import FiveAim

/// What a demo run generates: the seed, the last month and the scale.
public struct DemoOptions: Sendable, Hashable {
    /// The seed every random stream derives from.
    public var seed: UInt64
    /// The last month with data (the first is 2024-04, the start of the convention's codes).
    public var until: YearMonth
    /// How many copies of the 32 networks (1 = the real list; N > 1 adds suffixed copies for benchmarks).
    public var scale: Int

    /// The default seed.
    public static let defaultSeed: UInt64 = 2024

    /// Creates options; `validate()` checks them.
    public init(seed: UInt64 = DemoOptions.defaultSeed, until: YearMonth, scale: Int = 1) {
        self.seed = seed
        self.until = until
        self.scale = scale
    }

    /// The months generated, first to last.
    public var months: [YearMonth] {
        guard until >= YearMonth.conventionStart else { return [] }
        return (YearMonth.conventionStart.ordinal...until.ordinal).map { YearMonth(year: $0 / 12, month: $0 % 12 + 1) }
    }

    /// The calendar years with data.
    public var years: [Int] { Array(YearMonth.conventionStart.year...max(YearMonth.conventionStart.year, until.year)) }

    /// Throws when the options cannot make a dataset.
    public func validate() throws(DemoError) {
        if until < YearMonth.conventionStart {
            throw DemoError(
                "--until \(until) is before \(YearMonth.conventionStart), the first month of the convention's codes", kind: .usage)
        }
        if scale < 1 { throw DemoError("--scale must be 1 or more", kind: .usage) }
        if scale > 1000 {
            throw DemoError("--scale above 1000 is not supported (about 270,000 rows per copy of the networks)", kind: .usage)
        }
    }
}

/// A demo run that cannot be carried out, with a message for the user.
public struct DemoError: Error, Sendable, CustomStringConvertible {
    /// Whose side the problem is on.
    public enum Kind: Sendable {
        /// The options or the target folder asked for something impossible or unsafe.
        case usage
        /// Reading the reference or writing the files failed.
        case io
    }

    /// What went wrong and what to do.
    public var message: String
    /// Whose side the problem is on.
    public var kind: Kind

    /// The coded diagnostic behind the error, when the output folder (`OutputFolder`) raised it.
    public var diagnostics: DiagnosticError?

    /// Creates an error.
    public init(_ message: String, kind: Kind = .io) {
        self.message = message
        self.kind = kind
    }

    /// Wraps a coded error of the output folder (refused target, write or move failure).
    public init(_ error: DiagnosticError) {
        message = error.diagnostics.first?.message ?? error.description
        kind = error.exitCode == .ioError ? .io : .usage
        diagnostics = error
    }

    /// The message.
    public var description: String { message }
}
