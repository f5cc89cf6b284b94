import FiveAimCSV

// Every CSV output writes its cells through `CSVFormatter.cell`: text is neutralised against spreadsheet formulas,
// numbers are written as they are. These say which cells of each output are numbers.

extension ExtractValue {
    /// The cell as a CSV output cell: whole and decimal numbers are numbers, codes and dates text.
    var csvCell: CSVCell {
        switch self {
        case .integer, .decimal: .number(text)
        case .empty, .text: .text(text)
        }
    }
}

extension ComparisonTable.Cell {
    /// The cell as a CSV output cell: whole numbers, euros and values are numbers, the rest text.
    var csvCell: CSVCell {
        switch self {
        case .integer, .euros, .decimal: .number(text)
        case .text, .empty: .text(text)
        }
    }
}

extension CSVCell {
    /// A number written by FiveAim itself, or empty (an optional number that is absent).
    static func number(_ value: String?) -> CSVCell { .number(value ?? "") }

    /// A figure written as text by FiveAim (`0.5`, `-2`, or `> 0.4` for a rule's limit): a number when it reads as
    /// one, text (neutralised) otherwise.
    static func figure(_ text: String) -> CSVCell { Double(text) != nil ? .number(text) : .text(text) }
}
