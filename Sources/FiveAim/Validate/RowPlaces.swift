import FiveAimCSV

/// Where rows of a table were read, for messages about particular rows found after reading (a column total passing its
/// bound, a plausibility warning): the file among a table's split files (`activity-2024.csv`, `activity-2025.csv` …) and
/// the line where the row's record starts.
///
/// A table's rows are its files' rows in file order (`Dataset.sources`, each with its data rows), so a row's index gives
/// its file and its rank there; the line is found by reading that file again, once, only when a message needs it (blank
/// lines and quoted line ends make it differ from the rank). Tables read from PostgreSQL name the table, line 0.
enum RowPlaces {
    /// The place of each row of `rows` (indices into the table's rows) of `table`.
    static func locate(_ rows: some Sequence<Int>, of table: TableKind, in dataset: Dataset) -> [Int: SourceLocation] {
        let sources = dataset.sources.filter { $0.table == table.name }
        // Per file: the ranks wanted (1 = first data record) and the row index each answers.
        var wanted: [Int: [Int: Int]] = [:]
        var places: [Int: SourceLocation] = [:]
        for row in Set(rows) {
            var first = 0
            for (number, source) in sources.enumerated() {
                if row < first + source.rows {
                    wanted[number, default: [:]][row - first + 1] = row
                    places[row] = SourceLocation(file: source.path, line: 0, column: 0)
                    break
                }
                first += source.rows
            }
        }
        for (number, ranks) in wanted where !sources[number].path.hasPrefix("postgresql:") {
            var left = ranks.count
            try? CSVReader(path: sources[number].path).forEachRecord { record in
                if let row = ranks[record.index] {
                    places[row] = SourceLocation(file: sources[number].path, line: record.line, column: 0)
                    left -= 1
                    if left == 0 { throw AllFound() }
                }
            }
        }
        return places
    }
}

/// Stops a re-read once every row asked for is placed.
private struct AllFound: Error {}
