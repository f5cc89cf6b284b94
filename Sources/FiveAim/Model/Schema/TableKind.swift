/// A table of the data contract, with its columns.
public enum TableKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case networks
    case population
    case activity
    case groupSessions = "group_sessions"
    case operatingCosts = "operating_costs"
    case beneficiaries
    case waits
    case budget
    case tariffs
    case outcomes
    case experience
    case workforce

    /// The table's name, which is also the start of its file names.
    public var name: String { rawValue }

    /// Whether a dataset must contain this table.
    public var isRequired: Bool { self == .activity }

    /// Whether the project ships a default for it (a dataset's own file replaces it).
    public var hasShippedDefault: Bool { self == .networks || self == .tariffs }

    /// The table's name and columns.
    public var schema: TableSchema { TableSchema(name: name, columns: columns) }

    /// The columns, in the contract's order.
    public var columns: [ColumnSpec] {
        switch self {
        case .networks: [.init("network"), .init("name"), .init("target_group"), .init("region")]
        case .population: [.init("network"), .init("year"), .init("population"), .init("population_bim")]
        case .activity:
            [.init("network"), .init("month"), .init("pseudocode"), .init("age_band"), .init("bim"), .init("units")]
        case .groupSessions:
            [.init("network"), .init("month"), .init("function"), .init("sessions"), .init("sessions_two_psychologists", required: false)]
        case .operatingCosts: [.init("network"), .init("month"), .init("pseudocode"), .init("amount_eur")]
        case .beneficiaries:
            [.init("network"), .init("year"), .init("function"), .init("age_band"), .init("bim"), .init("beneficiaries")]
        case .waits:
            [.init("network"), .init("month"), .init("function"), .init("age_band"), .init("bucket"), .init("count")]
        case .budget: [.init("network"), .init("year"), .init("line"), .init("amount_eur")]
        case .tariffs:
            [.init("year"), .init("pseudocode"), .init("amount_eur"), .init("copay_bim_eur"), .init("copay_other_eur")]
        case .outcomes:
            [
                .init("network"), .init("year"), .init("function"), .init("instrument"), .init("pairs"), .init("improved"),
                .init("unchanged"), .init("deteriorated"), .init("recovered", required: false),
            ]
        case .experience: [.init("network"), .init("year"), .init("instrument"), .init("respondents"), .init("satisfied")]
        case .workforce:
            [
                .init("network"), .init("year"), .init("providers"), .init("fte", required: false), .init("trained"),
                .init("intervision_sessions"), .init("providers_surveyed"), .init("providers_satisfied"),
            ]
        }
    }

    /// The table a file belongs to: `activity.csv`, `activity-2025.csv`, `activity_2026.csv` → activity.
    public static func forFile(named fileName: String) -> TableKind? {
        let lower = fileName.lowercased()
        guard lower.hasSuffix(".csv") else { return nil }
        let stem = String(lower.dropLast(4))
        return allCases.first { table in
            stem == table.name || (stem.hasPrefix(table.name) && ["-", "_", ".", " "].contains(stem.dropFirst(table.name.count).prefix(1)))
        }
    }

    /// Orders as the contract lists them.
    public static func < (lhs: TableKind, rhs: TableKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A column of a table.
public struct ColumnSpec: Sendable, Hashable {
    /// Lowercase column name.
    public var name: String
    /// Whether the header must contain it (an optional column may be absent or empty).
    public var required: Bool

    /// Creates a column.
    public init(_ name: String, required: Bool = true) {
        self.name = name
        self.required = required
    }
}

/// A table's name and columns, for contract tables and for the reference files in `Indicators/`.
public struct TableSchema: Sendable, Hashable {
    /// The table's name.
    public var name: String
    /// Its columns.
    public var columns: [ColumnSpec]

    /// Creates a schema.
    public init(name: String, columns: [ColumnSpec]) {
        self.name = name
        self.columns = columns
    }
}
