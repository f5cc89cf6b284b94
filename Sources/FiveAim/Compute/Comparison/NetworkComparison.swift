/// What `fiveaim compare` asks for: the year of the funnel plots and outlier lists, the groups and the small-cell rule.
public struct ComparisonRequest: Sendable {
    /// The calendar year the funnel plots, ranked tables and outlier lists show (trends cover every year with data).
    public var year: Int
    /// The groups, each compared within itself (default: adults with the German-speaking network, then children).
    public var groups: [ComparisonGroup]
    /// Only these indicators, when given.
    public var indicatorIDs: [String]?
    /// Disclosure control; always on: the audience is the committee.
    public private(set) var disclosure: DisclosurePolicy

    /// Creates a request; disclosure control is the committee's, with `threshold` (default 5: counts 1–4 suppressed).
    public init(
        year: Int, groups: [ComparisonGroup] = ComparisonGroup.byTargetGroup, indicatorIDs: [String]? = nil,
        suppressionThreshold: Int64 = 5
    ) {
        precondition(!groups.isEmpty, "a comparison has at least one group")
        self.year = year
        self.groups = groups.sorted()
        self.indicatorIDs = indicatorIDs
        disclosure = DisclosurePolicy(audience: .committee, threshold: suppressionThreshold)
    }
}

/// One network (or `BE`), indicator and year of a comparison, with every figure behind its place.
public struct ComparisonRow: Sendable, Hashable {
    /// The indicator's id.
    public var indicator: String
    /// The group the network is compared in (nil for the national `BE` row).
    public var group: ComparisonGroup?
    /// The network code, or `BE`.
    public var network: String
    /// The calendar year.
    public var year: Int
    /// The engine's result after disclosure control (status, numerator, denominator, value, 95 % interval); for a count,
    /// which the engine gives no interval, the exact (Garwood) 95 % Poisson interval of the count.
    public var result: IndicatorResult
    /// For counts: the population of the network's area that year, when the dataset gives it.
    public var population: Int64?
    /// For counts with a population: count ÷ population × 1000.
    public var perThousand: Double?
    /// The exact (Garwood) 95 % Poisson interval of `perThousand`.
    public var perThousandLow: Double?
    /// See `perThousandLow`.
    public var perThousandHigh: Double?
    /// Rank in the group that year, best first (ranked indicators only; ties share a rank).
    public var rank: Int?
    /// The value minus the previous year's value (same unit; a proportion's change is in 0–1).
    public var change: Double?
    /// The funnel's target (pooled proportion of the group that year).
    public var centre: Double?
    /// The z-score on the arcsine–square-root scale (adjusted for overdispersion when the funnel is).
    public var zScore: Double?
    /// The control limits at this network's denominator.
    public var limits: FunnelLimits?
    /// Beyond the 99.8 % limits, and on which side.
    public var outlier: OutlierSide?

    /// The result's value, when shown.
    public var value: Double? { result.value }
}

/// One group in one year for one indicator: its networks' rows and, for a proportion, its funnel.
public struct ComparisonPanel: Sendable {
    /// The group.
    public var group: ComparisonGroup
    /// The calendar year.
    public var year: Int
    /// The funnel statistics (nil for ranked indicators, or when no network has a figure).
    public var funnel: FunnelModel?
    /// The group's networks, by network code.
    public var rows: [ComparisonRow]

    /// The rows beyond the 99.8 % limits.
    public var outliers: [ComparisonRow] { rows.filter { $0.outlier != nil } }
}

/// One indicator compared across the networks: a panel per group and year, and the national row per year.
public struct IndicatorComparison: Sendable {
    /// The definition (titles, unit, direction).
    public var definition: IndicatorDefinition
    /// Funnel plot or ranked table.
    public var kind: ComparisonKind
    /// Panels in group, then year order.
    public var panels: [ComparisonPanel]
    /// The national (`BE`) rows, by year.
    public var national: [ComparisonRow]

    /// The panel of `group` in `year`.
    public func panel(_ group: ComparisonGroup, year: Int) -> ComparisonPanel? {
        panels.first { $0.group == group && $0.year == year }
    }

    /// Every row: the networks' then the national ones, sorted by network then year.
    public var rows: [ComparisonRow] {
        (panels.flatMap(\.rows) + national).sorted { ($0.network, $0.year) < ($1.network, $1.year) }
    }
}

/// The committee's comparison of networks: every indicator, group and year, with the disclosure rule applied.
public struct NetworkComparison: Sendable {
    /// The year of the funnel plots and outlier lists.
    public var year: Int
    /// Every calendar year with data, ascending (the trends).
    public var years: [Int]
    /// Months with activity per year (a partial year's counts are not comparable with a full year's).
    public var monthsWithActivity: [Int: Int]
    /// The groups compared.
    public var groups: [ComparisonGroup]
    /// The networks in force, by code.
    public var networks: [Network]
    /// The indicators, in catalogue (id) order.
    public var indicators: [IndicatorComparison]
    /// The disclosure rule applied.
    public var disclosure: DisclosurePolicy

    /// Every row of every indicator, sorted by indicator, network, year: the tidy table of the CSV and xlsx outputs.
    public var rows: [ComparisonRow] { indicators.flatMap(\.rows) }

    /// The network with `code`.
    public func network(_ code: String) -> Network? { networks.first { $0.code == code } }
}
