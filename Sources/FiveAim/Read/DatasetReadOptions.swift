import FiveAimCSV

/// How a dataset directory is read.
public struct DatasetReadOptions: Sendable {
    /// Accept (and ignore) columns the contract does not define.
    public var allowExtraColumns: Bool
    /// How many problems to collect before stopping (1 = the first only).
    public var problemLimit: Int
    /// The month of the run: later months are refused.
    public var runMonth: YearMonth
    /// Bounds against hostile input.
    public var limits: CSVLimits
    /// Read the data tables' files side by side when more than one core can help (the result, diagnostics included,
    /// is the same either way; off for measurements of the one-core path).
    public var readsConcurrently: Bool

    /// Creates options.
    public init(
        allowExtraColumns: Bool = false, problemLimit: Int = 1, runMonth: YearMonth, limits: CSVLimits = CSVLimits(),
        readsConcurrently: Bool = true
    ) {
        self.allowExtraColumns = allowExtraColumns
        self.problemLimit = problemLimit
        self.runMonth = runMonth
        self.limits = limits
        self.readsConcurrently = readsConcurrently
    }
}
