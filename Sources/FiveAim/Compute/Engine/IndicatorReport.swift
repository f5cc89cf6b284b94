/// Which networks a report shows.
public enum NetworkSelection: Sendable, Hashable {
    /// Every network in force and `BE`.
    case all
    /// One network (or `BE`).
    case network(String)
}

/// What `fiveaim indicators` asks for.
public struct IndicatorRequest: Sendable {
    /// The periods, in order.
    public var periods: [ReportPeriod]
    /// The networks shown.
    public var networks: NetworkSelection
    /// Only these indicators, when given.
    public var indicatorIDs: [String]?
    /// Disclosure control.
    public var disclosure: DisclosurePolicy

    /// Creates a request.
    public init(
        periods: [ReportPeriod], networks: NetworkSelection = .all, indicatorIDs: [String]? = nil,
        disclosure: DisclosurePolicy = DisclosurePolicy(audience: .network)
    ) {
        self.periods = periods
        self.networks = networks
        self.indicatorIDs = indicatorIDs
        self.disclosure = disclosure
    }
}

/// Indicator results with the metadata every output carries.
public struct IndicatorReport: Sendable {
    /// The results, sorted by indicator, network, period.
    public var results: [IndicatorResult]
    /// The catalogue's schema version.
    public var schemaVersion: Int
    /// The periods reported.
    public var periods: [ReportPeriod]
    /// The disclosure rule applied.
    public var disclosure: DisclosurePolicy
    /// Rows read per dataset table, in contract order (file names are left out: splitting a table changes no output).
    public var tables: [(table: String, rows: Int)]
}

extension IndicatorEngine {
    /// Computes, applies disclosure control over the full table, then keeps the selected networks.
    public func report(_ dataset: Dataset, request: IndicatorRequest) -> IndicatorReport {
        let all = evaluate(dataset, periods: request.periods, ids: request.indicatorIDs)
        var results = Disclosure.apply(all, catalogue: catalogue, policy: request.disclosure)
        if case .network(let code) = request.networks { results = results.filter { $0.network == code } }
        var rows: [String: Int] = [:]
        for source in dataset.sources { rows[source.table, default: 0] += source.rows }
        let tables = TableKind.allCases.compactMap { table in rows[table.name].map { (table.name, $0) } }
        return IndicatorReport(
            results: results, schemaVersion: catalogue.schemaVersion, periods: request.periods,
            disclosure: request.disclosure, tables: tables)
    }
}
