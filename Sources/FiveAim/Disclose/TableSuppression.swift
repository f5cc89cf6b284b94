/// A two-way table of counts published with its row totals, column totals and grand total.
///
/// Entries are addressed in the *augmented* table of `rows + 1` by `columns + 1` entries: row index
/// `rows` is the line of column totals, column index `columns` the column of row totals, and
/// `(rows, columns)` is the grand total.
public struct MarginalTable: Sendable, Hashable {
    /// Rows of inner cells.
    public let rows: Int
    /// Columns of inner cells.
    public let columns: Int
    /// Inner cells, row by row.
    public let cells: [Int64]

    /// Creates a table from `rows × columns` inner cells given row by row; counts are never negative.
    public init(rows: Int, columns: Int, cells: [Int64]) {
        precondition(rows >= 1 && columns >= 1 && cells.count == rows * columns, "a table has at least one cell")
        precondition(cells.allSatisfy { $0 >= 0 }, "counts are never negative")
        self.rows = rows
        self.columns = columns
        self.cells = cells
    }

    /// The entry of the augmented table: a cell, a row total (`column == columns`), a column total
    /// (`row == rows`) or the grand total.
    public func value(row: Int, column: Int) -> Int64 {
        switch (row == rows, column == columns) {
        case (false, false): cells[row * columns + column]
        case (false, true): (0..<columns).reduce(0) { $0 + cells[row * columns + $1] }
        case (true, false): (0..<rows).reduce(0) { $0 + cells[$1 * columns + column] }
        case (true, true): cells.reduce(0, +)
        }
    }

    /// Every entry of the augmented table, row by row (`(rows + 1) × (columns + 1)`).
    public var augmented: [Int64] {
        var result = [Int64](repeating: 0, count: (rows + 1) * (columns + 1))
        for r in 0..<rows {
            for c in 0..<columns {
                let v = cells[r * columns + c]
                result[r * (columns + 1) + c] = v
                result[r * (columns + 1) + columns] += v
                result[rows * (columns + 1) + c] += v
                result[rows * (columns + 1) + columns] += v
            }
        }
        return result
    }
}

/// Why an entry of a published table is hidden.
public enum CellSuppression: String, Sendable, Hashable, CaseIterable {
    /// Shown.
    case shown
    /// A count from 1 to threshold − 1 (primary suppression).
    case primary
    /// Hidden so that the published line cannot narrow a primary cell (complementary suppression, see `IntervalGuard`).
    case complementary
}

/// Which entries of an augmented table (see `MarginalTable`) are hidden.
public struct SuppressionPattern: Sendable, Hashable {
    /// Rows of inner cells.
    public let rows: Int
    /// Columns of inner cells.
    public let columns: Int
    /// One mark per augmented entry, row by row.
    public internal(set) var marks: [CellSuppression]
    /// The value published for each augmented entry, row by row (rounded for committee and research; meaningful only
    /// where the mark is `shown`).
    public internal(set) var published: [Int64]

    /// A pattern hiding nothing.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        marks = Array(repeating: .shown, count: (rows + 1) * (columns + 1))
        published = Array(repeating: 0, count: (rows + 1) * (columns + 1))
    }

    /// The mark of an augmented entry.
    public func mark(row: Int, column: Int) -> CellSuppression { marks[row * (columns + 1) + column] }

    /// Whether an augmented entry is hidden.
    public func isHidden(row: Int, column: Int) -> Bool { mark(row: row, column: column) != .shown }

    /// How many entries are primary suppressions.
    public var primaryCount: Int { marks.count(where: { $0 == .primary }) }

    /// How many entries are complementary suppressions.
    public var complementaryCount: Int { marks.count(where: { $0 == .complementary }) }

    /// Hidden entries whose value follows from the shown totals by linear algebra, as `(row, column)` in the
    /// augmented table; empty when the pattern protects every hidden entry.
    ///
    /// The published equations say that each line of the augmented table adds up to its total. Seen as a
    /// bipartite graph (a node per line, an edge per hidden entry), a hidden entry is determined exactly
    /// when its edge lies on no cycle, i.e. is a bridge: every solution of the equations changes the
    /// entries of a cycle by alternating ± amounts and leaves bridges fixed.
    public var recoverableEntries: [(row: Int, column: Int)] {
        BridgeFinder(pattern: self).bridges().sorted { ($0.row, $0.column) < ($1.row, $1.column) }
    }
}

/// Disclosure control of a table published with its margins (docs/extracts.md): primary suppression of counts from 1 to
/// threshold − 1 (in cells and totals alike), every other entry rounded to the policy's base, then the interval guard
/// (`IntervalGuard`) on every line of the augmented table (each row with its row total, each column with its column
/// total, the row totals and the column totals with the grand total): where a line's published entries would bound a
/// small entry more tightly than its mark, the line's total is suppressed too (complementary), until no line does.
///
/// Cost: one sweep visiting every entry twice, then the two lines of totals: linear in the size of the table, where
/// the former cycle-closing search was quadratic.
public enum TableSuppression {
    /// The suppression pattern and published (rounded) values for `table` under `policy`.
    public static func suppress(_ table: MarginalTable, policy: DisclosurePolicy) -> SuppressionPattern {
        let values = table.augmented
        var pattern = SuppressionPattern(rows: table.rows, columns: table.columns)
        pattern.published = values.map(policy.rounded)
        guard policy.applies else { return pattern }
        for index in values.indices where policy.isSmall(values[index]) { pattern.marks[index] = .primary }
        let width = table.columns + 1
        func entry(_ index: Int) -> GuardEntry {
            switch pattern.marks[index] {
            case .shown: .shown(pattern.published[index])
            case .primary: .small
            case .complementary: .hidden
            }
        }
        func check(totalAt total: Int, parts: [Int]) {
            guard pattern.marks[total] == .shown else { return }
            if IntervalGuard.narrows(total: entry(total), parts: parts.map(entry), policy: policy) { pattern.marks[total] = .complementary }
        }
        // Each inner row with its row total, each inner column with its column total: hiding a row total changes only
        // the line of row totals, hiding a column total only the line of column totals, so one sweep settles them.
        for row in 0..<table.rows { check(totalAt: row * width + table.columns, parts: (0..<table.columns).map { row * width + $0 }) }
        for column in 0..<table.columns { check(totalAt: table.rows * width + column, parts: (0..<table.rows).map { $0 * width + column }) }
        // Then the two lines of totals, whose total is the grand total (hiding it changes no other line).
        check(totalAt: table.rows * width + table.columns, parts: (0..<table.columns).map { table.rows * width + $0 })
        check(totalAt: table.rows * width + table.columns, parts: (0..<table.rows).map { $0 * width + table.columns })
        return pattern
    }
}

/// Finds bridges of the bipartite graph whose nodes are the lines of an augmented table and whose edges
/// are its hidden entries (iterative Tarjan, so large tables cannot overflow the stack).
private struct BridgeFinder {
    let pattern: SuppressionPattern

    func bridges() -> [(row: Int, column: Int)] {
        let rowNodes = pattern.rows + 1
        let columnNodes = pattern.columns + 1
        let count = rowNodes + columnNodes
        // Adjacency: edge id = augmented index; endpoints row node and column node.
        var adjacency = [[(node: Int, edge: Int)]](repeating: [], count: count)
        for row in 0..<rowNodes {
            for column in 0..<columnNodes where pattern.marks[row * columnNodes + column] != .shown {
                let edge = row * columnNodes + column
                adjacency[row].append((rowNodes + column, edge))
                adjacency[rowNodes + column].append((row, edge))
            }
        }
        var order = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var counter = 0
        var result: [(row: Int, column: Int)] = []
        for root in 0..<count where order[root] == -1 && !adjacency[root].isEmpty {
            // Stack frames: node, the edge it was entered by, next neighbour to visit.
            var stack: [(node: Int, via: Int, next: Int)] = [(root, -1, 0)]
            order[root] = counter
            low[root] = counter
            counter += 1
            while !stack.isEmpty {
                let top = stack.count - 1
                let (node, via, next) = stack[top]
                if next < adjacency[node].count {
                    stack[top].next += 1
                    let (neighbour, edge) = adjacency[node][next]
                    if edge == via { continue }
                    if order[neighbour] == -1 {
                        order[neighbour] = counter
                        low[neighbour] = counter
                        counter += 1
                        stack.append((neighbour, edge, 0))
                    } else {
                        low[node] = min(low[node], order[neighbour])
                    }
                } else {
                    stack.removeLast()
                    if let parent = stack.last {
                        low[parent.node] = min(low[parent.node], low[node])
                        if low[node] > order[parent.node] {
                            result.append((via / columnNodes, via % columnNodes))
                        }
                    }
                }
            }
        }
        return result
    }
}
