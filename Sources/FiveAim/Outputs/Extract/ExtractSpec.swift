/// A validated research-extract specification, read from `Exports/extracts/<id>.yaml` (docs/extracts.md).
public struct ExtractSpec: Sendable, Hashable {
    /// Stable id, equal to the file name without `.yaml`.
    public var id: String
    /// Title in French, Dutch, German and English.
    public var title: Labels
    /// What the extract holds, in French, Dutch, German and English.
    public var description: Labels
    /// What is tabulated.
    public var source: ExtractSource
    /// Values kept per grouping column (all values when a column has no filter).
    public var filters: [ExtractDimension: Set<String>]
    /// Period bounds of the spec (the command's `--from/--to` replace them).
    public var from: YearMonth?
    /// See `from`.
    public var to: YearMonth?
    /// Counts from 1 to `threshold − 1` are suppressed; never below `ExtractSpec.minimumThreshold`.
    public var threshold: Int64
    /// Labels of the output columns the spec names.
    public var columnLabels: [String: Labels]
    /// The file it was read from (as given).
    public var file: String
    /// The file's exact text, recorded in the manifest.
    public var text: String

    /// The project default threshold: extracts never go below it (`--allow-small-cells` is refused for research).
    public static let minimumThreshold: Int64 = 5

    /// The schema versions this build reads.
    public static let supportedSchemaVersions = [1]
}

/// What an extract tabulates: a dataset table, or the indicator table.
public enum ExtractSource: Sendable, Hashable {
    /// Counts of a dataset table, grouped and laid out as a table with margins.
    case table(ExtractTable, ExtractLayout)
    /// The indicator table in long format (every indicator, or the ids listed, for every network and `BE`).
    case indicators([String]?)
}

/// A dataset table an extract can tabulate, with the count it sums.
public enum ExtractTable: String, Sendable, Hashable, CaseIterable {
    case activity
    case waits
    case beneficiaries
    case groupSessions = "group_sessions"

    /// The dataset table.
    public var tableKind: TableKind {
        switch self {
        case .activity: .activity
        case .waits: .waits
        case .beneficiaries: .beneficiaries
        case .groupSessions: .groupSessions
        }
    }

    /// The column summed.
    public var measure: String {
        switch self {
        case .activity: ContractColumn.units.rawValue
        case .waits: ContractColumn.count.rawValue
        case .beneficiaries: ContractColumn.beneficiaries.rawValue
        case .groupSessions: ContractColumn.sessions.rawValue
        }
    }

    /// The grouping columns available.
    public var dimensions: [ExtractDimension] {
        switch self {
        case .activity:
            [
                .network, .year, .quarter, .month, .pseudocode, .function, .modality, .setting, .unit, .providerRole, .firstSession,
                .withRelatives, .ageBand, .bim,
            ]
        case .waits: [.network, .year, .quarter, .month, .function, .ageBand, .bucket]
        case .beneficiaries: [.network, .year, .function, .ageBand, .bim]
        case .groupSessions: [.network, .year, .quarter, .month, .function]
        }
    }

    /// Whether rows carry a month (else a calendar year).
    public var isMonthly: Bool { tableKind.period == .month }
}

/// A grouping column of an extract: a column of the contract table, a period, or an attribute of the pseudocode.
public enum ExtractDimension: Sendable, Hashable, CaseIterable, Comparable, RawRepresentable {
    case network
    case year
    case quarter
    case month
    case pseudocode
    case function
    case modality
    case setting
    case unit
    case providerRole
    case firstSession
    case withRelatives
    case ageBand
    case bim
    case bucket

    /// The column's name in specs and outputs: the contract column's name where it is one.
    public var rawValue: String {
        switch self {
        case .network: ContractColumn.network.rawValue
        case .year: ContractColumn.year.rawValue
        case .quarter: "quarter"
        case .month: ContractColumn.month.rawValue
        case .pseudocode: ContractColumn.pseudocode.rawValue
        case .function: ContractColumn.function.rawValue
        case .modality: "modality"
        case .setting: "setting"
        case .unit: "unit"
        case .providerRole: "provider_role"
        case .firstSession: "first_session"
        case .withRelatives: "with_relatives"
        case .ageBand: ContractColumn.ageBand.rawValue
        case .bim: ContractColumn.bim.rawValue
        case .bucket: ContractColumn.bucket.rawValue
        }
    }

    /// The column written `rawValue`.
    public init?(rawValue: String) {
        guard let dimension = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = dimension
    }

    /// The column's name in specs and outputs.
    public var name: String { rawValue }

    /// Whether a spec may filter on it (periods are chosen with `period`, not filters).
    public var isFilterable: Bool { ![.year, .quarter, .month].contains(self) }

    /// Orders as listed.
    public static func < (lhs: ExtractDimension, rhs: ExtractDimension) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How a table extract's grouping columns form a two-way table with margins.
///
/// Each combination of `strata` values is a separate table; inside it, a row is a combination of `rows`
/// values and a column a combination of `columns` values. Row totals, column totals and the grand total
/// of each stratum are published with the cells, and suppression protects every stratum against them.
public struct ExtractLayout: Sendable, Hashable {
    /// Columns that split the extract into independent tables.
    public var strata: [ExtractDimension]
    /// Columns whose combinations form the rows.
    public var rows: [ExtractDimension]
    /// Columns whose combinations form the columns.
    public var columns: [ExtractDimension]

    /// Every grouping column, in output order.
    public var dimensions: [ExtractDimension] { strata + rows + columns }

    /// Creates a layout.
    public init(strata: [ExtractDimension], rows: [ExtractDimension], columns: [ExtractDimension]) {
        self.strata = strata
        self.rows = rows
        self.columns = columns
    }
}

extension ExtractSpec {
    /// The output columns of the data file, in order.
    public var outputColumns: [String] {
        switch source {
        case .table(let table, let layout): layout.dimensions.map(\.name) + ["level", table.measure, "status"]
        case .indicators: IndicatorCSVWriter.header.split(separator: ",").map(String.init)
        }
    }

    /// The columns whose labels the spec must give (the fixed `level` and `status` columns are labelled by FiveAim).
    public var labelledColumns: [String] {
        switch source {
        case .table(let table, let layout): layout.dimensions.map(\.name) + [table.measure]
        case .indicators: outputColumns
        }
    }
}
