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
    public func validate() throws(DiagnosticError) {
        if until < YearMonth.conventionStart {
            throw DiagnosticError.demoOptions(
                "--until \(until) is before \(YearMonth.conventionStart), the first month of the convention's codes")
        }
        if scale < 1 { throw DiagnosticError.demoOptions("--scale must be 1 or more") }
        if scale > 1000 {
            throw DiagnosticError.demoOptions("--scale above 1000 is not supported (about 270,000 rows per copy of the networks)")
        }
    }
}

extension DiagnosticError {
    /// Options that cannot make a dataset (FA4304, exit 64).
    static func demoOptions(_ message: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, .demoOptionsInvalid, message)], exitCode: .usage)
    }

    /// Reference data that lack what the demo writes (FA1101, exit 74).
    static func demoReference(_ message: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, .referenceData, message)], exitCode: .ioError)
    }

    /// A demo file that cannot be created, written or closed (FA4303, exit 74).
    static func demoWrite(_ message: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, .demoOutputFailed, message)], exitCode: .ioError)
    }
}

extension DiagnosticCode {
    /// Demo options that cannot make a dataset: `--until` before the convention's first month, `--scale` outside 1–1000.
    public static let demoOptionsInvalid = DiagnosticCode(rawValue: "FA4304")
}
