/// What row checks need to know beyond the row: the reference data, the networks and the run date.
public struct ValidationContext: Sendable {
    /// Annex 1 codes, cost centres and shipped defaults.
    public var reference: ReferenceData
    /// The networks in force (the dataset's own list or the shipped one), by code.
    public var networks: [String: Network]
    /// The month of the run: data for later months is refused.
    public var runMonth: YearMonth
    /// Whether unknown columns are accepted (and ignored).
    public var allowExtraColumns: Bool

    /// Creates a context.
    public init(reference: ReferenceData, networks: [Network], runMonth: YearMonth, allowExtraColumns: Bool = false) {
        self.reference = reference
        self.networks = Dictionary(uniqueKeysWithValues: networks.map { ($0.code, $0) })
        self.runMonth = runMonth
        self.allowExtraColumns = allowExtraColumns
    }
}
