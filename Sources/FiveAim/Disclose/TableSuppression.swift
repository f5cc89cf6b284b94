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
    /// Hidden so that a primary cell cannot be recovered from the totals (complementary suppression).
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

    /// A pattern hiding nothing.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        marks = Array(repeating: .shown, count: (rows + 1) * (columns + 1))
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

/// Small-cell suppression of a table published with its margins: primary suppression of counts from 1 to
/// threshold − 1 (in cells and totals alike), then complementary suppression until no hidden entry can be
/// recovered from its row, its column or the grand total.
///
/// Algorithm (docs/extracts.md): while a hidden entry is a bridge of the graph of hidden entries (see
/// `SuppressionPattern.recoverableEntries`), find the cheapest path between its row node and its column
/// node that avoids it, where already hidden entries cost nothing, shown non-zero inner cells cost their
/// value, shown non-zero totals cost 10⁹ plus their value and zero entries 10¹³ (used only when nothing
/// else closes the cycle); hide the path's entries. The entry then lies on a cycle, so it and every entry
/// added are no longer bridges, and adding entries never makes a bridge: the loop ends after at most one
/// search per hidden entry. Ties are broken by position, so the result is deterministic.
public enum TableSuppression {
    /// The suppression pattern for `table` with counts from 1 to `threshold − 1` hidden.
    public static func suppress(_ table: MarginalTable, threshold: Int64) -> SuppressionPattern {
        precondition(threshold >= 1, "the threshold is at least 1")
        let values = table.augmented
        var pattern = SuppressionPattern(rows: table.rows, columns: table.columns)
        for index in values.indices where values[index] >= 1 && values[index] < threshold {
            pattern.marks[index] = .primary
        }
        let width = table.columns + 1
        while let bridge = BridgeFinder(pattern: pattern).bridges().min(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
            let path = cheapestPath(from: bridge, pattern: pattern, values: values)
            precondition(!path.isEmpty, "the complete bipartite graph always closes a cycle")
            for entry in path where pattern.marks[entry.row * width + entry.column] == .shown {
                pattern.marks[entry.row * width + entry.column] = .complementary
            }
        }
        return pattern
    }

    /// The entries of the cheapest path from the bridge's row node to its column node that avoids the bridge.
    private static func cheapestPath(from bridge: (row: Int, column: Int), pattern: SuppressionPattern,
                                     values: [Int64]) -> [(row: Int, column: Int)] {
        let rowNodes = pattern.rows + 1
        let columnNodes = pattern.columns + 1
        let width = columnNodes
        func cost(_ row: Int, _ column: Int) -> Double {
            if row == bridge.row && column == bridge.column { return .infinity }
            let index = row * width + column
            if pattern.marks[index] != .shown { return 0 }
            let value = values[index]
            if value == 0 { return 1e13 }
            let isTotal = row == pattern.rows || column == pattern.columns
            return (isTotal ? 1e9 : 0) + Double(value)
        }
        // Nodes: rows 0..<rowNodes, then columns rowNodes..<(rowNodes + columnNodes).
        let count = rowNodes + columnNodes
        var distance = [Double](repeating: .infinity, count: count)
        var previous = [Int](repeating: -1, count: count)
        var done = [Bool](repeating: false, count: count)
        var heap = MinHeap()
        let start = bridge.row
        let goal = rowNodes + bridge.column
        distance[start] = 0
        heap.push(0, start)
        while let (d, node) = heap.pop() {
            if done[node] || d > distance[node] { continue }
            done[node] = true
            if node == goal { break }
            if node < rowNodes {
                for column in 0..<columnNodes {
                    let next = rowNodes + column
                    let step = cost(node, column)
                    if step.isFinite, d + step < distance[next] {
                        distance[next] = d + step
                        previous[next] = node
                        heap.push(d + step, next)
                    }
                }
            } else {
                let column = node - rowNodes
                for row in 0..<rowNodes {
                    let step = cost(row, column)
                    if step.isFinite, d + step < distance[row] {
                        distance[row] = d + step
                        previous[row] = node
                        heap.push(d + step, row)
                    }
                }
            }
        }
        guard distance[goal].isFinite else { return [] }
        var path: [(row: Int, column: Int)] = []
        var node = goal
        while node != start {
            let from = previous[node]
            path.append(node < rowNodes ? (node, from - rowNodes) : (from, node - rowNodes))
            node = from
        }
        return path
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

/// A binary min-heap of (distance, node) for the path search.
private struct MinHeap {
    private var items: [(Double, Int)] = []

    mutating func push(_ key: Double, _ node: Int) {
        items.append((key, node))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int)? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < items.count, items[left] < items[smallest] { smallest = left }
                if right < items.count, items[right] < items[smallest] { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}
