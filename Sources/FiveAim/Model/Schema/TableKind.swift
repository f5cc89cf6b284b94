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
    case outreachSites = "outreach_sites"

    /// The table's name, which is also the start of its file names.
    public var name: String { rawValue }

    /// Whether a dataset must contain this table.
    public var isRequired: Bool { self == .activity }

    /// Whether the project ships a default for it (a dataset's own file replaces it).
    public var hasShippedDefault: Bool { self == .networks || self == .tariffs }

    /// Whether `fiveaim validate` lists the table as missing when a dataset lacks it: every table of contract v1.0.
    /// `outreach_sites` (v1.1) is named only when present, so that a v1.0 dataset's summary stays as it was; no
    /// catalogue indicator needs it (the draft shows it where present).
    public var isListedWhenMissing: Bool { self != .outreachSites }

    /// The table's name and columns.
    public var schema: TableSchema { TableSchema(name: name, columns: columns) }

    /// The names of its columns, in the contract's order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The names of the columns that identify a row, in order (the warehouse's primary key and reading order).
    public var keyColumns: [String] { columns.filter(\.isKey).map(\.name) }

    /// The declaration of one of its columns (nil when the table has no such column).
    public func column(_ column: ContractColumn) -> ColumnSpec? { columns.first { $0.column == column } }

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
