/// The cell accessors of `CellReader` for the contract's columns, named once in `ContractColumn`.
extension CellReader {
    /// Reports an error on a column's cell.
    func fail(_ code: DiagnosticCode, _ column: ContractColumn, _ message: String) { fail(code, column.rawValue, message) }

    /// Whether an optional column is absent or its cell empty.
    func isMissing(_ column: ContractColumn) -> Bool { isMissing(column.rawValue) }

    /// The cell as text, with surrounding spaces removed; nil (reported) when empty.
    func text(_ column: ContractColumn) -> String? { text(column.rawValue) }

    /// The cell as a network code of the right shape, not looked up; nil (reported) otherwise.
    func networkCode(_ column: ContractColumn) -> String? { networkCode(column.rawValue) }

    /// The cell as free text (see `freeText(_:)` for a column name).
    func freeText(_ column: ContractColumn) -> String? { freeText(column.rawValue) }

    /// The cell as one of a code list's values.
    func code<T: RawRepresentable & CaseIterable>(_ column: ContractColumn, as type: T.Type) -> T? where T.RawValue == String {
        code(column.rawValue, as: type)
    }

    /// A non-negative count.
    func count(_ column: ContractColumn) -> Int64? { count(column.rawValue) }

    /// An optional non-negative count (nil without report when the cell is empty or the column absent).
    func optionalCount(_ column: ContractColumn) -> Int64?? { optionalCount(column.rawValue) }

    /// A non-negative amount with at most `scale` decimals.
    func fixedPoint(_ column: ContractColumn, scale: Int, what: String) -> Int64? {
        fixedPoint(column.rawValue, scale: scale, what: what)
    }

    /// Euros with at most two decimals.
    func money(_ column: ContractColumn) -> Money? { money(column.rawValue) }

    /// A month `YYYY-MM` between `earliest` and the run month.
    func month(_ column: ContractColumn, earliest: YearMonth = .conventionStart) -> YearMonth? {
        month(column.rawValue, earliest: earliest)
    }

    /// A year `YYYY` within `range`.
    func year(_ column: ContractColumn, in range: ClosedRange<Int>) -> Int? { year(column.rawValue, in: range) }

    /// A care function among the values the table's `function` column lists (`all` read as nil where it lists it).
    func function(_ choices: FunctionChoices) -> CareFunction?? {
        function(ContractColumn.function.rawValue, allowed: choices.allowed, allowAll: choices.allowsAll)
    }
}

/// The values a table's `function` column accepts, read once from the schema when a decoder is made.
struct FunctionChoices {
    /// The functions, in the schema's order.
    let allowed: [CareFunction]
    /// Whether `all` (every function, distinct people) is accepted.
    let allowsAll: Bool

    /// The choices of `table`'s `function` column.
    init(_ table: TableKind) {
        let values = table.column(.function)?.type.codes ?? []
        allowed = values.compactMap(CareFunction.init(rawValue:))
        allowsAll = values.contains("all")
    }
}
