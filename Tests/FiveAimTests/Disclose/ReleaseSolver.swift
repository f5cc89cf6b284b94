/// What an attacker can derive from a release: every published figure is a sum of base cells, known exactly or only as
/// an interval (a rounded count), and every hidden figure is a target to recover.
///
/// Two attacks are run. (A) Exact rational Gaussian elimination: the hidden base cells are the unknowns, each published
/// figure one equation (its shown base cells moved to the right-hand side as published intervals); a target whose
/// vector lies in the row space of the equations is determined as a combination of published figures, and its interval
/// is the combination evaluated with interval arithmetic (the rounding-interval argument per derived equation). (B) Bounds
/// propagation to a fixed point over every equation, with the marks of hidden figures as priors (a hidden figure is at
/// least 1, since zeros are published), as a linear programme's bounds would tighten them one equation at a time.
struct ReleaseSolver {
    /// A published or hidden figure: the base cells it adds up, and what is published about it.
    struct Figure {
        /// Indices of base cells.
        var cells: [Int]
        /// The interval a reader can infer from the published value; nil when the figure is hidden.
        var published: ClosedRange<Int64>?
        /// Where it comes from, for messages.
        var label: String
        /// What the attacker knows of a hidden figure: 1…threshold − 1 when it is marked small (the strongest attacker is
        /// told which hidden figures are small), else at least 1 (zeros are published).
        var mark: ClosedRange<Int64> = 1...ReleaseSolver.unbounded
    }

    /// What the attack found about one hidden figure.
    struct Finding: CustomStringConvertible {
        var label: String
        var truth: Int64
        var bounds: ClosedRange<Int64>
        /// For elimination: the interval the published numbers alone give, before the figure's own mark (≥ 1) is applied.
        var numbersOnly: ClosedRange<Int64>? = nil
        var description: String { "\(label): true \(truth), derived \(bounds.lowerBound)…\(bounds.upperBound)" }
    }

    /// The true value of every base cell (to check the attack and to know which hidden figures are small).
    let truth: [Int64]
    /// Every figure of the release.
    let figures: [Figure]

    static let unbounded: Int64 = 1 << 40

    /// The base cells no published figure shows alone, i.e. the unknowns, and each shown base cell's interval.
    private func split() -> (unknown: [Int: Int], shown: [Int: ClosedRange<Int64>]) {
        var shown: [Int: ClosedRange<Int64>] = [:]
        for figure in figures where figure.cells.count == 1 {
            if let interval = figure.published {
                let cell = figure.cells[0]
                shown[cell] = shown[cell].map { $0.clamped(to: interval) } ?? interval
            }
        }
        var unknown: [Int: Int] = [:]
        for index in truth.indices where shown[index] == nil { unknown[index] = unknown.count }
        return (unknown, shown)
    }

    // MARK: (A) exact elimination

    private typealias Vector = [Int: ExactRational]

    /// One equation of the echelon basis: unknowns (pivot = smallest index, coefficient 1) = combination of published intervals.
    private struct Row {
        var unknowns: Vector
        var symbols: Vector
    }

    private static func axpy(_ y: inout Vector, _ a: ExactRational, _ x: Vector) {
        for (key, value) in x {
            let sum = (y[key] ?? .zero) + a * value
            y[key] = sum.isZero ? nil : sum
        }
    }

    /// Reduces `vector` by the basis; returns the multipliers used and what is left.
    private static func reduce(_ vector: Vector, basis: [Int: Row]) -> (steps: [(Int, ExactRational)], rest: Vector) {
        var rest = vector
        var steps: [(Int, ExactRational)] = []
        var floor = Int.min
        while let pivot = rest.keys.filter({ $0 > floor && basis[$0] != nil }).min() {
            let factor = rest[pivot]!
            axpy(&rest, -factor, basis[pivot]!.unknowns)
            steps.append((pivot, factor))
            floor = pivot
        }
        return (steps, rest)
    }

    /// Attack (A): the bounds of every hidden figure that the published equations determine.
    func eliminate() -> [Finding] {
        let (unknown, shown) = split()
        // Symbols: one per published figure (its interval), and one per shown base cell.
        var intervals: [ClosedRange<Int64>] = []
        var cellSymbol: [Int: Int] = [:]
        for (cell, interval) in shown.sorted(by: { $0.key < $1.key }) {
            cellSymbol[cell] = intervals.count
            intervals.append(interval)
        }
        func sides(_ figure: Figure) -> (unknowns: Vector, known: Vector) {
            var unknowns: Vector = [:], known: Vector = [:]
            for cell in figure.cells {
                if let index = unknown[cell] {
                    unknowns[index, default: .zero] = unknowns[index, default: .zero] + .one
                } else {
                    known[cellSymbol[cell]!, default: .zero] = known[cellSymbol[cell]!, default: .zero] + .one
                }
            }
            return (unknowns, known)
        }
        var basis: [Int: Row] = [:]
        for figure in figures where figure.cells.count > 1 || (figure.published != nil && unknown[figure.cells[0]] != nil) {
            guard let interval = figure.published else { continue }
            let (unknowns, known) = sides(figure)
            if unknowns.isEmpty { continue }
            let (steps, rest) = Self.reduce(unknowns, basis: basis)
            guard let pivot = rest.keys.min() else { continue }
            // unknowns = figure − known; the new row = (unknowns − Σ steps) / rest[pivot].
            let symbol = intervals.count
            intervals.append(interval)
            var symbols: Vector = [symbol: .one]
            Self.axpy(&symbols, ExactRational(-1), known)
            for (row, factor) in steps { Self.axpy(&symbols, -factor, basis[row]!.symbols) }
            let scale = ExactRational.one / rest[pivot]!
            basis[pivot] = Row(unknowns: rest.mapValues { $0 * scale }, symbols: symbols.mapValues { $0 * scale })
        }
        var findings: [Finding] = []
        for figure in figures where figure.published == nil {
            let (unknowns, known) = sides(figure)
            let (steps, rest) = Self.reduce(unknowns, basis: basis)
            guard rest.isEmpty else { continue }
            var symbols = known
            for (row, factor) in steps { Self.axpy(&symbols, factor, basis[row]!.symbols) }
            var low = ExactRational.zero, high = ExactRational.zero
            for (symbol, coefficient) in symbols {
                let a = coefficient * ExactRational(intervals[symbol].lowerBound),
                    b = coefficient * ExactRational(intervals[symbol].upperBound)
                low = low + min(a, b)
                high = high + max(a, b)
            }
            let truth = figure.cells.reduce(0) { $0 + self.truth[$1] }
            findings.append(
                Finding(
                    label: figure.label, truth: truth, bounds: max(low.ceiling, 1)...max(high.floor, max(low.ceiling, 1)),
                    numbersOnly: low.ceiling...max(high.floor, low.ceiling)))
        }
        return findings
    }

    // MARK: (B) bounds propagation

    /// Attack (B): the bounds of every hidden base cell after propagating the equations of the figures `kept` to a fixed
    /// point; a figure not kept tells nothing (its cells, unless shown by another kept figure, are unknowns ≥ 0).
    func propagate(rounds: Int = 40, keeping kept: (Figure) -> Bool = { _ in true }) -> [Int: ClosedRange<Int64>] {
        var shown: [Int: ClosedRange<Int64>] = [:]
        for figure in figures where figure.cells.count == 1 && kept(figure) {
            if let interval = figure.published {
                shown[figure.cells[0]] = shown[figure.cells[0]].map { $0.clamped(to: interval) } ?? interval
            }
        }
        var unknown: [Int: Int] = [:]
        for index in truth.indices where shown[index] == nil { unknown[index] = unknown.count }
        var low = [Int64](repeating: 0, count: unknown.count)
        var high = [Int64](repeating: Self.unbounded, count: unknown.count)
        var equations: [(members: [Int], sum: ClosedRange<Int64>)] = []
        for figure in figures {
            let interval: ClosedRange<Int64>
            if let published = figure.published {
                guard kept(figure) else { continue }; interval = published
            } else {
                interval = figure.mark
            }
            var members: [Int] = [], knownLow: Int64 = 0, knownHigh: Int64 = 0
            for cell in figure.cells {
                if let index = unknown[cell] {
                    members.append(index)
                } else {
                    knownLow += shown[cell]!.lowerBound; knownHigh += shown[cell]!.upperBound
                }
            }
            if members.isEmpty { continue }
            equations.append(
                (members, max(interval.lowerBound - knownHigh, 0)...max(min(interval.upperBound, Self.unbounded) - knownLow, 0)))
        }
        for _ in 0..<rounds {
            var changed = false
            for (members, sum) in equations {
                let totalLow = members.reduce(0) { $0 + low[$1] }
                let totalHigh = members.reduce(Int64(0)) { min($0 + high[$1], Self.unbounded) }
                var multiplicities: [Int: Int64] = [:]
                for member in members { multiplicities[member, default: 0] += 1 }
                for (member, multiplicity) in multiplicities {
                    let othersLow = totalLow - multiplicity * low[member]
                    let newHigh = (sum.upperBound - othersLow) / multiplicity
                    if newHigh < high[member] { high[member] = max(newHigh, low[member]); changed = true }
                    if totalHigh < Self.unbounded {
                        let othersHigh = totalHigh - multiplicity * high[member]
                        let newLow = (sum.lowerBound - othersHigh + multiplicity - 1) / multiplicity
                        if newLow > low[member] { low[member] = min(newLow, high[member]); changed = true }
                    }
                }
            }
            if !changed { break }
        }
        var bounds: [Int: ClosedRange<Int64>] = [:]
        for (cell, index) in unknown { bounds[cell] = low[index]...high[index] }
        for (cell, interval) in shown { bounds[cell] = interval }
        return bounds
    }

    /// Attack (B) as findings: each hidden base cell's bounds from the whole release, next to its bounds from the marks
    /// and the published zeros alone (what the method declares: a hidden value is 1–4, a zero is a zero).
    func propagationFindings() -> [(finding: Finding, marksOnly: ClosedRange<Int64>)] {
        let full = propagate()
        let marks = propagate { $0.published == 0...0 }
        return figures.filter { $0.published == nil && $0.cells.count == 1 }.map { figure in
            let cell = figure.cells[0]
            return (Finding(label: figure.label, truth: truth[cell], bounds: full[cell]!), marks[cell]!)
        }
    }
}
