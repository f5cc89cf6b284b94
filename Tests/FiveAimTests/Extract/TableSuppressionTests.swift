import PropertyBased
import Testing
@testable import FiveAim

/// Attacks the suppression of tables published with their margins: whatever the table, no suppressed
/// entry can be recovered from the published row totals, column totals and grand total, neither by
/// repeated subtraction nor by solving the linear equations.
struct TableSuppressionTests {
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

    @Test("for random tables, no suppressed entry is recovered by subtraction or by a linear solver")
    func suppressionResistsBothAttacks() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...1_000_000)) { seed in
            let table = Self.randomTable(seed: seed)
            let pattern = TableSuppression.suppress(table, threshold: 5)
            let values = table.augmented
            // Every small count is hidden, and nothing shown is small.
            for index in values.indices where values[index] >= 1 && values[index] < 5 {
                #expect(pattern.marks[index] != .shown, "seed \(seed): a small count is shown")
            }
            let recoveredBySubtraction = Attack.subtraction(values: values, hidden: pattern.marks.map { $0 != .shown }, rows: table.rows, columns: table.columns)
            #expect(recoveredBySubtraction.isEmpty, "seed \(seed): subtraction recovers entries \(recoveredBySubtraction)")
            let recoveredByAlgebra = Attack.linear(values: values, hidden: pattern.marks.map { $0 != .shown }, rows: table.rows, columns: table.columns)
            #expect(recoveredByAlgebra.isEmpty, "seed \(seed): the linear solver recovers entries \(recoveredByAlgebra)")
            #expect(pattern.recoverableEntries.isEmpty)
        }
    }

    @Test("the attacks have teeth: with primary suppression alone, a lone small cell is recovered from its row total")
    func primarySuppressionAloneIsRecovered() {
        let table = MarginalTable(rows: 2, columns: 2, cells: [3, 40, 50, 60])
        let hidden = table.augmented.map { $0 == 3 }
        #expect(Attack.subtraction(values: table.augmented, hidden: hidden, rows: 2, columns: 2) == [0])
        #expect(Attack.linear(values: table.augmented, hidden: hidden, rows: 2, columns: 2) == [0])
        #expect(SuppressionPatternProbe.recoverable(rows: 2, columns: 2, hidden: hidden) == 1)
    }

    @Test("a lone small cell of a 2 × 2 table takes its row, its column and the opposite cell with it")
    func smallTableExample() {
        // 3 | 40 ‖ 43
        // 50| 60 ‖ 110
        // 53| 100‖ 153
        let pattern = TableSuppression.suppress(MarginalTable(rows: 2, columns: 2, cells: [3, 40, 50, 60]), threshold: 5)
        #expect(pattern.mark(row: 0, column: 0) == .primary)
        #expect(pattern.mark(row: 0, column: 1) == .complementary)
        #expect(pattern.mark(row: 1, column: 0) == .complementary)
        #expect(pattern.mark(row: 1, column: 1) == .complementary)
        #expect(pattern.mark(row: 2, column: 2) == .shown)
        #expect(pattern.primaryCount == 1 && pattern.complementaryCount == 3)
    }

    @Test("a table without small counts hides nothing, zeros included")
    func nothingSmallNothingHidden() {
        let pattern = TableSuppression.suppress(MarginalTable(rows: 2, columns: 3, cells: [0, 5, 9, 12, 0, 30]), threshold: 5)
        #expect(pattern.marks.allSatisfy { $0 == .shown })
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
                  abs(matrix[best][column]) > 1e-9 else { continue }
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
