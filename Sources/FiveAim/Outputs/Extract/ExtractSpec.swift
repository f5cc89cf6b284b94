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

/// A dataset table an extract can tabulate. What it offers comes from the contract schema (`TableKind.columns`):
/// its grouping columns (the key columns, the periods of its month or year, the attributes of its pseudocodes) and the
/// counts it sums (the columns that declare a count measure); its rows are read through `ContractRow`.
public enum ExtractTable: String, Sendable, Hashable, CaseIterable {
    case activity
    case waits
    case beneficiaries
    case groupSessions = "group_sessions"
    case outreachSites = "outreach_sites"

    /// The dataset table.
    public var tableKind: TableKind {
        guard let kind = TableKind(rawValue: rawValue) else { preconditionFailure("an extract table is a contract table") }
        return kind
    }

    /// The columns summed, in the contract's order: the table's count measures.
    public var measures: [String] {
        tableKind.columns.filter { $0.measure?.quantity == .count }.map(\.name)
    }

    /// The grouping columns available: the network, the periods of the row's month or year, then the other key columns
    /// in the contract's order, a pseudocode followed by its attributes (`PseudocodeAttribute`) that the table lacks.
    public var dimensions: [ExtractDimension] {
        var result: [ExtractDimension] = []
        for spec in tableKind.columns where spec.isKey {
            switch spec.column {
            case .month?: result += [.year, .quarter, .month]
            case .pseudocode? where spec.type == .annexPseudocode:
                result.append(.pseudocode)
                for attribute in PseudocodeAttribute.allCases {
                    let dimension = ExtractDimension(attribute)
                    if dimension.column.flatMap(tableKind.column) == nil { result.append(dimension) }
                }
            case let column?: if let dimension = ExtractDimension(column) { result.append(dimension) }
            case nil: break
            }
        }
        return result
    }

    /// Whether rows carry a month (else a calendar year).
    public var isMonthly: Bool { tableKind.period == .month }

    /// Whether `measure` counts people or services, so that disclosure control applies to it (the contract's
    /// `ColumnMeasure.disclosive`); a count of places (outreach sites) is published as given.
    public func isDisclosive(_ measure: String) -> Bool {
        ContractColumn(rawValue: measure).flatMap(tableKind.column)?.measure?.disclosive ?? true
    }

    /// The column giving the status of `measure`: `status` when the table sums one count, `<measure>_status` when it
    /// sums several (each is suppressed on its own).
    public func statusColumn(of measure: String) -> String { measures.count == 1 ? "status" : measure + "_status" }

    /// Whether its network column also holds `BE`, the national distinct total.
    public var hasNationalRows: Bool { tableKind.column(.network)?.type == .networkCode(national: true) }
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
    case siteType

    /// The contract column it is, when it is one (`function` is one of some tables and a pseudocode attribute of activity).
    public var column: ContractColumn? {
        switch self {
        case .network: .network
        case .year: .year
        case .month: .month
        case .pseudocode: .pseudocode
        case .function: .function
        case .ageBand: .ageBand
        case .bim: .bim
        case .bucket: .bucket
        case .siteType: .siteType
        case .quarter, .modality, .setting, .unit, .providerRole, .firstSession, .withRelatives: nil
        }
    }

    /// The pseudocode attribute it is, when it is one.
    public var attribute: PseudocodeAttribute? {
        switch self {
        case .function: .function
        case .modality: .modality
        case .setting: .setting
        case .unit: .unit
        case .providerRole: .providerRole
        case .firstSession: .firstSession
        case .withRelatives: .withRelatives
        default: nil
        }
    }

    /// The column of a pseudocode attribute.
    init(_ attribute: PseudocodeAttribute) {
        guard let dimension = Self.allCases.first(where: { $0.attribute == attribute }) else {
            preconditionFailure("every pseudocode attribute is an extract column")
        }
        self = dimension
    }

    /// The column of a contract column, when it can group an extract.
    init?(_ column: ContractColumn) {
        guard let dimension = Self.allCases.first(where: { $0.column == column }) else { return nil }
        self = dimension
    }

    /// The column's name in specs and outputs: the contract column's or the pseudocode attribute's name.
    public var rawValue: String { column?.rawValue ?? attribute?.rawValue ?? "quarter" }

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
        case .table(let table, let layout):
            layout.dimensions.map(\.name) + ["level"] + table.measures.flatMap { [$0, table.statusColumn(of: $0)] }
        case .indicators: IndicatorCSVWriter.header.split(separator: ",").map(String.init)
        }
    }

    /// The columns whose labels the spec must give (the fixed `level` and `status` columns are labelled by FiveAim).
    public var labelledColumns: [String] {
        switch source {
        case .table(let table, let layout): layout.dimensions.map(\.name) + table.measures
        case .indicators: outputColumns
        }
    }
}
