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

    /// Creates options.
    public init(allowExtraColumns: Bool = false, problemLimit: Int = 1, runMonth: YearMonth, limits: CSVLimits = CSVLimits()) {
        self.allowExtraColumns = allowExtraColumns
        self.problemLimit = problemLimit
        self.runMonth = runMonth
        self.limits = limits
    }
}
