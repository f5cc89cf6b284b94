import PropertyBased
import Testing

@testable import FiveAim

/// Attacks the disclosure control of tables published with their margins (suppression of 1–4, rounding to base 5, the
/// interval guard): whatever the table, no suppressed entry is recovered or pinned by exact rational elimination or by
/// bounds propagation over the published row totals, column totals and grand total.
struct TableSuppressionTests {
    static let policy = DisclosurePolicy(audience: .research)

    /// A random table of 1–7 × 1–7 cells mixing zeros, small counts and larger ones.
    static func randomTable(seed: Int) -> MarginalTable {
        var random = SplitMix(state: UInt64(seed))
        let rows = Int.random(in: 1...7, using: &random)
        let columns = Int.random(in: 1...7, using: &random)
        let cells: [Int64] = (0..<(rows * columns)).map { _ in
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<2: 0
            case 2..<5: Int64.random(in: 1...4, using: &random)
            default: Int64.random(in: 5...60, using: &random)
            }
        }
        return MarginalTable(rows: rows, columns: columns, cells: cells)
    }

    /// The published table as solver figures over its inner cells.
    static func solver(_ table: MarginalTable, _ pattern: SuppressionPattern) -> ReleaseSolver {
        let width = table.columns + 1
        var figures: [ReleaseSolver.Figure] = []
        let values = table.augmented
        for row in 0...table.rows {
            for column in 0...table.columns {
                let rowsIn = row == table.rows ? Array(0..<table.rows) : [row]
                let columnsIn = column == table.columns ? Array(0..<table.columns) : [column]
                let cells = rowsIn.flatMap { r in columnsIn.map { r * table.columns + $0 } }
                let index = row * width + column
                let published = pattern.marks[index] == .shown ? policy.readerInterval(.shown(pattern.published[index])) : nil
                let small = policy.isSmall(values[index])
                figures.append(
                    .init(
                        cells: cells, published: published, label: "entry (\(row), \(column)) = \(values[index])",
                        mark: small ? 1...4 : 1...ReleaseSolver.unbounded))
            }
        }
        return ReleaseSolver(truth: table.cells, figures: figures)
    }

    @Test("for random tables, no suppressed entry is recovered or pinned by elimination or by bounds propagation")
    func suppressionResistsBothAttacks() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000)) { seed in
            let table = Self.randomTable(seed: seed)
            let pattern = TableSuppression.suppress(table, policy: Self.policy)
            let values = table.augmented
            for index in values.indices {
                // Every small count is hidden; every shown count is its value rounded to base 5.
                if values[index] >= 1 && values[index] < 5 {
                    #expect(pattern.marks[index] != .shown, "seed \(seed): a small count is shown")
                }
                if pattern.marks[index] == .shown { #expect(pattern.published[index] == Self.policy.rounded(values[index])) }
            }
            let solver = Self.solver(table, pattern)
            let elimination = ReleaseAttackTests.verdict(solver.eliminate(), base: 5)
            let propagation = ReleaseAttackTests.verdict(solver.propagationFindings(), base: 5)
            #expect(
                elimination.recovered.isEmpty && elimination.pinned.isEmpty, "seed \(seed): \(elimination.recovered) \(elimination.pinned)")
            #expect(propagation.recovered.isEmpty, "seed \(seed): \(propagation.recovered)")
        }
    }

    @Test("the attacks have teeth: with primary suppression alone, a lone small cell is recovered from its row total")
    func primarySuppressionAloneIsRecovered() {
        let table = MarginalTable(rows: 2, columns: 2, cells: [3, 40, 50, 60])
        let hidden = table.augmented.map { $0 == 3 }
        #expect(Attack.subtraction(values: table.augmented, hidden: hidden, rows: 2, columns: 2) == [0])
        #expect(Attack.linear(values: table.augmented, hidden: hidden, rows: 2, columns: 2) == [0])
        #expect(SuppressionPatternProbe.recoverable(rows: 2, columns: 2, hidden: hidden) == 1)
        // And the release solver, fed the exact totals, recovers it too.
        var exact = SuppressionPattern(rows: 2, columns: 2)
        exact.marks[0] = .primary
        exact.published = table.augmented
        let figures = Self.solver(table, exact).figures.map { figure -> ReleaseSolver.Figure in
            var copy = figure
            copy.published = figure.published.map { _ in
                figure.cells.reduce(0) { $0 + table.cells[$1] }...figure.cells.reduce(0) { $0 + table.cells[$1] }
            }
            return copy
        }
        #expect(ReleaseSolver(truth: table.cells, figures: figures).eliminate().map(\.bounds) == [3...3])
    }

    @Test("a lone small cell of a 2 × 2 table is hidden and everything else is rounded: its row and column only bound it")
    func smallTableExample() {
        // 3 | 40 ‖ 43         <5 | 40 ‖ 40
        // 50| 60 ‖ 110   →    50 | 60 ‖ 110
        // 53| 100‖ 153        50 | 100‖ 150      (rounded down to a multiple of 5: r means r…r + 4)
        // Row 0: 40…44 − 40…44 = −4…4 ⊇ 1…4; column 0: 50…54 − 50…54 = −4…4: nothing narrows, nothing more is hidden.
        let pattern = TableSuppression.suppress(MarginalTable(rows: 2, columns: 2, cells: [3, 40, 50, 60]), policy: Self.policy)
        #expect(pattern.mark(row: 0, column: 0) == .primary)
        #expect(pattern.primaryCount == 1 && pattern.complementaryCount == 0)
        #expect(
            pattern.published
                == [0, 40, 40, 50, 60, 110, 50, 100, 150].enumerated().map { $0.offset == 0 ? pattern.published[0] : $0.element })
    }

    @Test(
        "the guard hides a total whose line would narrow a small cell: 2 + 2 + 5 = 9 shows 5 and 5, so each hidden cell would be at most 3")
    func guardHidesTheTotal() {
        // 2 | 2 | 5 ‖ 9     <5 | <5 | 5 ‖ (hidden)   row 0: total 5 (5…9) − 5 (5…9) = −4…4 for the two small cells, each
        // 2 | 2 | 5 ‖ 9     <5 | <5 | 5 ‖ (hidden)   at least 1, so each ≤ 3: the row total is hidden; the totals line
        //                                            likewise: the grand total is hidden.
        let pattern = TableSuppression.suppress(MarginalTable(rows: 1, columns: 3, cells: [2, 2, 5]), policy: Self.policy)
        #expect(pattern.mark(row: 0, column: 0) == .primary && pattern.mark(row: 1, column: 1) == .primary)
        #expect(pattern.mark(row: 0, column: 3) == .complementary)
        #expect(pattern.mark(row: 1, column: 3) == .complementary)
        #expect(pattern.mark(row: 0, column: 2) == .shown && pattern.published[2] == 5)
    }

    @Test("one small cell beside one shown part never needs its total hidden: 2 + 5 = 7 shows 5 and 5, read 5…9 each")
    func aTotalAndOnePartLeaveTheSmallCellItsMark() {
        // 2 | 5 ‖ 7     <5 | 5 ‖ 5     row 0: 5…9 − 5…9 = −4…4 ⊇ 1…4 (rounding to the nearest multiple read 5 as 5…7 and
        // had to hide this total: 5…7 − 5…7 left the cell at most 2).
        let pattern = TableSuppression.suppress(MarginalTable(rows: 1, columns: 2, cells: [2, 5]), policy: Self.policy)
        #expect(pattern.primaryCount == 2 && pattern.complementaryCount == 0)
        #expect(pattern.published[2] == 5 && pattern.published[5] == 5)
    }

    @Test("a table without small counts hides nothing, zeros included, and rounds every count to base 5")
    func nothingSmallNothingHidden() {
        let pattern = TableSuppression.suppress(MarginalTable(rows: 2, columns: 3, cells: [0, 5, 9, 12, 0, 30]), policy: Self.policy)
        #expect(pattern.marks.allSatisfy { $0 == .shown })
        // Cells 0 5 9 | 14 and 12 0 30 | 42; column totals 12 5 39 | 56 → rounded down: 0 5 5 | 10, 10 0 30 | 40, 10 5 35 | 55.
        #expect(pattern.published == [0, 5, 5, 10, 10, 0, 30, 40, 10, 5, 35, 55])
    }

    @Test("the network audience gets exact figures and no suppression")
    func networkAudienceIsExact() {
        let table = MarginalTable(rows: 1, columns: 2, cells: [2, 5])
        let pattern = TableSuppression.suppress(table, policy: DisclosurePolicy(audience: .network))
        #expect(pattern.marks.allSatisfy { $0 == .shown } && pattern.published == table.augmented)
    }
}

/// Counts recoverable entries of a hand-made pattern.
enum SuppressionPatternProbe {
    static func recoverable(rows: Int, columns: Int, hidden: [Bool]) -> Int {
        var pattern = SuppressionPattern(rows: rows, columns: columns)
        for index in hidden.indices where hidden[index] { pattern.marks[index] = .primary }
        return pattern.recoverableEntries.count
    }
}

/// What an intruder can do with a published table and its margins.
enum Attack {
    /// The lines of an augmented table: each is (entries, total entry) with entries adding up to the total.
    static func lines(rows: Int, columns: Int) -> [(parts: [Int], total: Int)] {
        let width = columns + 1
        var result: [(parts: [Int], total: Int)] = []
        for r in 0...rows { result.append(((0..<columns).map { r * width + $0 }, r * width + columns)) }
        for c in 0...columns { result.append(((0..<rows).map { $0 * width + c }, rows * width + c)) }
        return result
    }

    /// Repeatedly fills in a line with one unknown entry; returns the hidden entries so recovered (augmented indices).
    static func subtraction(values: [Int64], hidden: [Bool], rows: Int, columns: Int) -> [Int] {
        var known = hidden.map { !$0 }
        var recovered: [Int] = []
        var progress = true
        while progress {
            progress = false
            for line in lines(rows: rows, columns: columns) {
                let members = line.parts + [line.total]
                let unknown = members.filter { !known[$0] }
                guard unknown.count == 1 else { continue }
                let target = unknown[0]
                // The value follows from the others (parts add up to the total); the attack learns it exactly.
                let partsSum = line.parts.filter { $0 != target }.reduce(Int64(0)) { $0 + values[$1] }
                let inferred = target == line.total ? partsSum : values[line.total] - partsSum
                precondition(inferred == values[target])
                known[target] = true
                recovered.append(target)
                progress = true
            }
        }
        return recovered.sorted()
    }

    /// Gaussian elimination on the equations of every line over the hidden entries; returns the hidden
    /// entries whose value the equations fix (a pivot row without free variables).
    static func linear(values: [Int64], hidden: [Bool], rows: Int, columns: Int) -> [Int] {
        let unknowns = hidden.indices.filter { hidden[$0] }
        guard !unknowns.isEmpty else { return [] }
        let position = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
        var matrix: [[Double]] = []
        for line in lines(rows: rows, columns: columns) {
            var row = [Double](repeating: 0, count: unknowns.count + 1)
            var constant = 0.0
            for part in line.parts {
                if let k = position[part] { row[k] += 1 } else { constant -= Double(values[part]) }
            }
            if let k = position[line.total] { row[k] -= 1 } else { constant += Double(values[line.total]) }
            row[unknowns.count] = constant
            if row.dropLast().contains(where: { $0 != 0 }) { matrix.append(row) }
        }
        // Reduced row echelon form.
        var pivotRow = 0
        var pivots: [(row: Int, column: Int)] = []
        for column in 0..<unknowns.count where pivotRow < matrix.count {
            guard let best = (pivotRow..<matrix.count).max(by: { abs(matrix[$0][column]) < abs(matrix[$1][column]) }),
                abs(matrix[best][column]) > 1e-9
            else { continue }
            matrix.swapAt(pivotRow, best)
            let pivot = matrix[pivotRow][column]
            matrix[pivotRow] = matrix[pivotRow].map { $0 / pivot }
            for other in matrix.indices where other != pivotRow && abs(matrix[other][column]) > 1e-12 {
                let factor = matrix[other][column]
                for k in matrix[other].indices { matrix[other][k] -= factor * matrix[pivotRow][k] }
            }
            pivots.append((pivotRow, column))
            pivotRow += 1
        }
        let pivotColumns = Set(pivots.map(\.column))
        var recovered: [Int] = []
        for (row, column) in pivots {
            let free = (0..<unknowns.count).filter { !pivotColumns.contains($0) && abs(matrix[row][$0]) > 1e-9 }
            if free.isEmpty {
                #expect(abs(matrix[row][unknowns.count] - Double(values[unknowns[column]])) < 1e-6, "the solver's value is the true one")
                recovered.append(unknowns[column])
            }
        }
        return recovered.sorted()
    }
}
