/// A column of a table: for contract tables (`TableKind.columns`) every fact the reader, the checks, the vocabularies
/// and the warehouse need; for the reference files in `Indicators/` a name and whether the header must have it.
public struct ColumnSpec: Sendable, Hashable {
    /// Lowercase column name.
    public var name: String
    /// Whether the header must contain it (an optional column may be absent or empty).
    public var required: Bool
    /// The contract column, nil for a reference file's column.
    public var column: ContractColumn?
    /// What its cells hold.
    public var type: ColumnType
    /// Whether it is part of the row key (two rows with the same key are an error).
    public var isKey: Bool
    /// The bound on the column's total that keeps the engine's sums exact, when it has one (`ColumnTotalLimits`).
    public var total: ColumnTotal?
    /// The measure catalogue files can sum over it, when it is one (`MeasureTable.measures`).
    public var measure: ColumnMeasure?

    /// Creates a column of a reference file.
    public init(_ name: String, required: Bool = true) {
        self.name = name
        self.required = required
        self.column = nil
        self.type = .text
        self.isKey = false
    }

    /// Creates a column of a contract table.
    init(
        _ column: ContractColumn, _ type: ColumnType, key: Bool = false, required: Bool = true, total: ColumnTotal? = nil,
        measure: ColumnMeasure? = nil
    ) {
        self.name = column.rawValue
        self.required = required
        self.column = column
        self.type = type
        self.isKey = key
        self.total = total
        self.measure = measure
    }
}

/// What the cells of a column hold.
public enum ColumnType: Sendable, Hashable {
    /// A network code (`NetworkCodePattern`) of the networks table; `national`: `BE` is accepted too.
    case networkCode(national: Bool)
    /// One line of visible text (a name, an instrument).
    case text
    /// A month `YYYY-MM`.
    case month
    /// A year `YYYY`.
    case year
    /// A pseudocode of Annex 1 (`Indicators/reference/pseudocodes.csv`).
    case annexPseudocode
    /// An operating-cost centre of art. 14 §2 (`Indicators/reference/cost_centres.csv`).
    case costCentre
    /// One of the values listed.
    case code([String])
    /// A whole number ≥ 0.
    case count
    /// Euros ≥ 0 with at most two decimals.
    case euros
    /// A number ≥ 0 with at most `scale` decimals.
    case decimal(scale: Int)

    /// The values of a code list, nil for other types.
    public var codes: [String]? {
        if case .code(let values) = self { return values }
        return nil
    }
}

/// How a column's total is bounded (`ColumnTotalLimits` gives the numbers).
public enum ColumnTotal: Sendable, Hashable {
    /// A count: the column's total.
    case count
    /// Euros: the column's total in cents.
    case money
    /// A count added to another count column of the row before it is totalled (both are priced together).
    case countWith(ContractColumn)
}

/// A measure a column gives to the catalogue.
public struct ColumnMeasure: Sendable, Hashable {
    /// Counts or euros.
    public var quantity: QuantityKind
    /// Whether network values add up to the national value (false for distinct people).
    public var additive: Bool
    /// Whether small values can identify people (disclosure control applies).
    public var disclosive: Bool
    /// What it means, for `docs/indicators.md` and `explain`.
    public var summary: String

    init(_ quantity: QuantityKind, additive: Bool = true, disclosive: Bool, _ summary: String) {
        self.quantity = quantity
        self.additive = additive
        self.disclosive = disclosive
        self.summary = summary
    }
}

/// What a measure adds up.
public enum QuantityKind: String, Sendable, Hashable {
    /// Whole numbers.
    case count
    /// Euros, exact to the cent.
    case money
}

/// What one row of a table covers.
public enum TablePeriod: Sendable, Hashable {
    /// A month of one network: an import replaces the table per (network, month).
    case month
    /// A year (of one network): an import replaces the table per (network, year).
    case year
    /// No period (the networks list).
    case none
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

    /// The names of its columns, in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// The names of the columns that identify a row, in order.
    public var keyColumns: [String] { columns.filter(\.isKey).map(\.name) }
}
