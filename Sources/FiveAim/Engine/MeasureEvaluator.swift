import Dispatch
import Foundation

/// A network (or `BE`) and a period index: the cell a measure is summed into.
struct CellKey: Hashable {
    let network: String
    let period: Int
}

/// A measure's value for one cell, or why it has none.
enum MeasureOutcome: Sendable, Hashable {
    case value(Quantity)
    case unavailable(String)

    var quantity: Quantity? {
        if case .value(let quantity) = self { return quantity }
        return nil
    }

    var reason: String? {
        if case .unavailable(let reason) = self { return reason }
        return nil
    }
}

/// A measure summed over a table, per network and period, with the national (`BE`) figures.
struct Aggregate {
    /// Sums per network and period (for distinct counts, `BE` rows under `BE`).
    var sums: [CellKey: Quantity] = [:]
    /// Cells with at least one row of the table (yearly tables: a missing row is unknown, not 0).
    var present: Set<CellKey> = []
    /// Sums over all networks per period, for additive measures.
    var national: [Int: Quantity] = [:]
    /// Periods with at least one network row.
    var nationalPresent: Set<Int> = []
    /// Periods that cannot be computed, with the reason (a missing tariff).
    var unavailable: [Int: String] = [:]
}

/// Sums measures over the in-memory dataset, once per measure, for every network and period.
final class MeasureEvaluator {
    let dataset: Dataset
    let pseudocodes: [Int: Pseudocode]
    let periods: [ReportPeriod]
    private var cache: [MeasureSpec: Aggregate] = [:]
    private let tariffs: TariffBook
    /// Network codes numbered once for every table, so that sums go to flat arrays, not string-keyed dictionaries.
    private var numbering = NetworkNumbering()
    /// Per activity row: its network's number and its code's slot (computed once, read by every activity measure).
    private lazy var activityColumns: (networks: [Int32], codes: [Int32], codeList: [Int]) = {
        var networks: [Int32] = [], codes: [Int32] = []
        networks.reserveCapacity(dataset.activity.count)
        codes.reserveCapacity(dataset.activity.count)
        var slots: [Int: Int32] = [:]
        var recent = [(code: Int, slot: Int32)](repeating: (-1, 0), count: 256)  // direct-mapped cache before `slots`
        var codeList: [Int] = []
        for row in dataset.activity {
            networks.append(numbering.number(row.network))
            let cached = recent[row.pseudocode & 255]
            if cached.code == row.pseudocode {
                codes.append(cached.slot)
            } else if let slot = slots[row.pseudocode] {
                recent[row.pseudocode & 255] = (row.pseudocode, slot)
                codes.append(slot)
            } else {
                let slot = Int32(codeList.count)
                slots[row.pseudocode] = slot
                codeList.append(row.pseudocode)
                codes.append(slot)
            }
        }
        return (networks, codes, codeList)
    }()
    /// Activity units per (network, period, code, age band, status), when the periods do not overlap and every count is
    /// ≥ 0 (then any order of summing gives the same sums and the same overflow): activity measures read its cells,
    /// far fewer than the rows. Nil otherwise: they read the rows.
    private lazy var activityCube: ActivityCube? = ActivityCube(dataset.activity, columns: activityColumns,
                                                                networks: numbering.codes.count, periods: periods.count, slots: monthSlots)
    /// Network codes of the waits rows, numbered apart from `numbering` so that waits can be summed while activity is.
    private var waitNumbering = NetworkNumbering()
    /// Per waits row: its network's number in `waitNumbering`.
    private lazy var waitNetworks: [Int32] = (dataset.waits ?? []).map { waitNumbering.number($0.network) }
    /// Which periods each month falls in, by array index rather than a dictionary lookup.
    private lazy var monthSlots = MonthSlots(periods)
    /// Net spending of each activity row, priced once for every spending measure.
    private lazy var spendingItems: SpendingItems = SpendingCalculator(pseudocodes: pseudocodes, tariffs: tariffs).items(dataset.activity)

    init(dataset: Dataset, pseudocodes: [Int: Pseudocode], periods: [ReportPeriod]) {
        self.dataset = dataset
        self.pseudocodes = pseudocodes
        self.periods = periods
        self.tariffs = TariffBook(dataset.tariffs)
    }

    /// The measure's value for `network` (or `BE`) in period `period`.
    func outcome(_ spec: MeasureSpec, network: String, period: Int) -> MeasureOutcome {
        outcome(prepare(spec), network: network, period: period)
    }

    /// A measure ready to be asked for many cells: what `outcome` needs is looked up once, not per cell.
    final class PreparedMeasure {
        let spec: MeasureSpec
        /// The first source table the dataset lacks, as the reason.
        let missingTable: String?
        let isMonthly: Bool
        private unowned let evaluator: MeasureEvaluator
        /// Computed on first use, as `outcome` always did (never for a missing table or a yearly table out of period).
        private(set) lazy var aggregate: Aggregate = evaluator.aggregate(spec)

        init(_ spec: MeasureSpec, evaluator: MeasureEvaluator) {
            self.spec = spec
            self.evaluator = evaluator
            missingTable = spec.sourceTables.first { !evaluator.dataset.isPresent($0) }.map { "missing table \($0.name)" }
            isMonthly = spec.table.isMonthly
        }
    }

    /// The measure prepared for `outcome(_:network:period:)`.
    func prepare(_ spec: MeasureSpec) -> PreparedMeasure { PreparedMeasure(spec, evaluator: self) }

    /// The prepared measure's value for `network` (or `BE`) in period `period`.
    func outcome(_ prepared: PreparedMeasure, network: String, period: Int) -> MeasureOutcome {
        let spec = prepared.spec
        if let reason = prepared.missingTable { return .unavailable(reason) }
        let range = periods[period]
        guard prepared.isMonthly || range.calendarYear != nil else {
            return .unavailable("table \(spec.table.name) is yearly; the period \(range) is not a calendar year")
        }
        let aggregate = prepared.aggregate
        if let reason = aggregate.unavailable[period] { return .unavailable(reason) }
        let zero = Quantity.zero(spec.measure.quantity)
        if network == Network.nationalCode {
            if spec.measure.additive {
                if !prepared.isMonthly, !aggregate.nationalPresent.contains(period) {
                    return .unavailable("no rows in table \(spec.table.name) for \(range)")
                }
                return .value(aggregate.national[period] ?? zero)
            }
            let key = CellKey(network: network, period: period)
            guard aggregate.present.contains(key) else {
                return .unavailable("no national (BE) rows in table \(spec.table.name) for \(range); distinct people are never summed across networks")
            }
            return .value(aggregate.sums[key] ?? zero)
        }
        let key = CellKey(network: network, period: period)
        if !prepared.isMonthly, !aggregate.present.contains(key) {
            return .unavailable("no rows for network \(network) in table \(spec.table.name) for \(range)")
        }
        return .value(aggregate.sums[key] ?? zero)
    }

    fileprivate func aggregate(_ spec: MeasureSpec) -> Aggregate {
        if let cached = cache[spec] { return cached }
        let result = computeAggregate(spec)
        cache[spec] = result
        return result
    }

    /// Computes, on two cores, the aggregates that `outcome` will ask for the prepared measures, so that their first
    /// use finds them ready. Each aggregate is a pure function of the dataset, the measure and the periods: the
    /// values are those computed on first use. One lane numbers and sums activity, then sums spending; the other
    /// prices the activity rows first (spending waits for that), then sums every other table.
    func precompute(_ measures: [PreparedMeasure]) {
        // As on first use: never for a missing table, nor for a yearly table when no period is a calendar year.
        let yearlyAnswered = periods.contains { $0.calendarYear != nil }
        var seen = Set<MeasureSpec>()
        var specs: [MeasureSpec] = []
        for measure in measures where measure.missingTable == nil && (measure.isMonthly || yearlyAnswered)
            && cache[measure.spec] == nil && !seen.contains(measure.spec) {
            seen.insert(measure.spec)
            specs.append(measure.spec)
        }
        guard specs.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return }
        // Activity first, then spending: both use the activity lane's network numbering.
        let activity = specs.filter { $0.table == .activity } + specs.filter { $0.table == .spending }
        let others = specs.filter { $0.table != .activity && $0.table != .spending }
        let pricesActivity = specs.contains { $0.table == .spending }
        _ = monthSlots  // read by both lanes
        let lanes = PrecomputeLanes(self)
        let priced = DispatchSemaphore(value: 0)
        DispatchQueue.concurrentPerform(iterations: 2) { lane in
            let evaluator = lanes.evaluator
            if lane == 0 {
                // Activity measures come before spending in `activity`: the prices are waited for only then.
                var waited = !pricesActivity
                lanes.activity = activity.map { spec in
                    if spec.table == .spending, !waited {
                        priced.wait()
                        waited = true
                    }
                    return (spec, evaluator.computeAggregate(spec))
                }
            } else {
                if pricesActivity {
                    _ = evaluator.spendingItems
                    priced.signal()
                }
                lanes.others = others.map { ($0, evaluator.computeAggregate($0)) }
            }
        }
        for (spec, result) in lanes.activity + lanes.others { cache[spec] = result }
    }

    /// The aggregate of `spec`, computed (not cached).
    private func computeAggregate(_ spec: MeasureSpec) -> Aggregate {
        var result = Aggregate()
        let monthPeriods = MonthPeriods(periods)
        func add(_ network: String, _ periodIndices: [Int], _ amount: Quantity, present: Bool = true) {
            for period in periodIndices {
                let key = CellKey(network: network, period: period)
                result.sums[key] = (result.sums[key] ?? .zero(spec.measure.quantity)) + amount
                if present { result.present.insert(key) }
            }
        }
        func mark(_ network: String, _ periodIndices: [Int]) {
            for period in periodIndices { result.present.insert(CellKey(network: network, period: period)) }
        }
        func yearPeriods(_ year: Int) -> [Int] { monthPeriods.forYear(year) }

        switch spec.table {
        case .activity:
            // Row filters as lookup tables (by code slot, age band, status), sums in flat arrays: same rows, same order.
            let columns = activityColumns
            let codes = spec.pseudocodes ?? []
            let codeKept = columns.codeList.map { codes.contains($0) }
            let bandKept = AgeBand.allCases.map { spec.ageBands?.contains($0) ?? true }
            let bimKept = BimStatus.allCases.map { spec.bims?.contains($0) ?? true }
            var sums = FlatSums(periods: periods.count)
            let slots = monthSlots
            if let cube = activityCube {
                cube.forEachCell { network, period, code, band, bim, units in
                    if codeKept[code] && bandKept[band] && bimKept[bim] { sums.add(network, period: period, units) }
                }
            } else {
                dataset.activity.withUnsafeBufferPointer { rows in
                    for index in rows.indices where codeKept[Int(columns.codes[index])]
                        && bandKept[rows[index].ageBand.slot] && bimKept[rows[index].bim.slot] {
                        sums.add(columns.networks[index], slots, rows[index].month, rows[index].units)
                    }
                }
            }
            sums.store(into: &result, codes: numbering.codes, kind: .count)
        case .groupSessions:
            for row in dataset.groupSessions ?? [] where spec.functions.map({ $0.contains(row.function.rawValue) }) ?? true {
                add(row.network, monthPeriods.forMonth(row.month), .count(row.sessions))
            }
        case .waits:
            let networks = waitNetworks
            let functionKept = CareFunction.allCases.map { spec.functions?.contains($0.rawValue) ?? true }
            let bandKept = AgeBand.allCases.map { spec.ageBands?.contains($0) ?? true }
            let bucketKept = WaitBucket.allCases.map { spec.buckets?.contains($0) ?? true }
            var sums = FlatSums(periods: periods.count)
            let slots = monthSlots
            (dataset.waits ?? []).withUnsafeBufferPointer { rows in
                for index in rows.indices where functionKept[rows[index].function.slot]
                    && bandKept[rows[index].ageBand.slot] && bucketKept[rows[index].bucket.slot] {
                    sums.add(networks[index], slots, rows[index].month, rows[index].count)
                }
            }
            sums.store(into: &result, codes: waitNumbering.codes, kind: .count)
        case .operatingCosts:
            for row in dataset.operatingCosts ?? [] where spec.pseudocodes.map({ $0.contains(row.pseudocode) }) ?? true {
                add(row.network, monthPeriods.forMonth(row.month), .money(row.amount))
            }
        case .population:
            for row in dataset.population ?? [] {
                add(row.network, yearPeriods(row.year), .count(spec.measure.name == "population_bim" ? row.populationBim : row.population))
            }
        case .beneficiaries:
            let function = spec.functions?.first ?? "all"
            for row in dataset.beneficiaries ?? [] where (row.function?.rawValue ?? "all") == function {
                let periodIndices = yearPeriods(row.year)
                mark(row.network, periodIndices)
                if spec.ageBands.map({ $0.contains(row.ageBand) }) ?? true, spec.bims.map({ $0.contains(row.bim) }) ?? true {
                    add(row.network, periodIndices, .count(row.beneficiaries))
                }
            }
        case .budget:
            for row in dataset.budget ?? [] {
                let periodIndices = yearPeriods(row.year)
                mark(row.network, periodIndices)
                if spec.lines.map({ $0.contains(row.line) }) ?? true { add(row.network, periodIndices, .money(row.amount)) }
            }
        case .outcomes:
            for row in dataset.outcomes ?? [] {
                let periodIndices = yearPeriods(row.year)
                mark(row.network, periodIndices)
                guard spec.functions.map({ $0.contains(row.function.rawValue) }) ?? true,
                      spec.instruments.map({ $0.contains(row.instrument) }) ?? true else { continue }
                let value: Int64 = switch spec.measure.name {
                case "improved": row.improved
                case "unchanged": row.unchanged
                case "deteriorated": row.deteriorated
                default: row.pairs
                }
                add(row.network, periodIndices, .count(value))
            }
        case .experience:
            for row in dataset.experience ?? [] {
                let periodIndices = yearPeriods(row.year)
                mark(row.network, periodIndices)
                guard spec.instruments.map({ $0.contains(row.instrument) }) ?? true else { continue }
                add(row.network, periodIndices, .count(spec.measure.name == "satisfied" ? row.satisfied : row.respondents))
            }
        case .workforce:
            for row in dataset.workforce ?? [] {
                let value: Int64 = switch spec.measure.name {
                case "trained": row.trained
                case "intervision_sessions": row.intervisionSessions
                case "providers_surveyed": row.providersSurveyed
                case "providers_satisfied": row.providersSatisfied
                default: row.providers
                }
                add(row.network, yearPeriods(row.year), .count(value))
            }
        case .spending:
            let spending = SpendingCalculator(pseudocodes: pseudocodes, tariffs: tariffs)
            let functions = spec.functions.map { Set($0.compactMap(SpendingFunction.init(rawValue:))) } ?? Set(SpendingFunction.allCases)
            // Activity rows priced once (`spendingItems`), in row order as `forEachAmount` walks them; group fees as before.
            let columns = activityColumns
            let items = spendingItems
            let kept = SpendingFunction.allCases.map { functions.contains($0) }
            var sums = FlatSums(periods: periods.count)
            let slots = monthSlots
            for index in dataset.activity.indices {
                guard let slot = items.groupSlot(index), kept[slot] else { continue }
                let outcome = items.outcome(index)
                if case .amount(let cents) = outcome {
                    sums.add(columns.networks[index], slots, dataset.activity[index].month, cents)
                    continue
                }
                let row = dataset.activity[index]
                switch outcome {
                case .none: continue
                case .amount(let cents): sums.add(columns.networks[index], slots, row.month, cents)
                case .missing(let reason):
                    for period in monthPeriods.forMonth(row.month) where result.unavailable[period] == nil { result.unavailable[period] = reason }
                case .overflow:
                    // Priced as `forEachAmount` does, which traps on the same overflow.
                    if let code = pseudocodes[row.pseudocode] {
                        spending.amount(of: row, code: code, group: SpendingFunction.allCases[slot]) { _, _, amount in
                            sums.add(columns.networks[index], slots, row.month, amount.cents)
                        } missingTariff: { _, _ in }
                    }
                }
            }
            spending.forEachGroupFee(dataset, functions: functions) { network, month, amount in
                sums.add(numbering.number(network), slots, month, amount.cents)
            } missingTariff: { month, reason in
                for period in monthPeriods.forMonth(month) where result.unavailable[period] == nil { result.unavailable[period] = reason }
            }
            sums.store(into: &result, codes: numbering.codes, kind: .money)
        }
        // Adult networks and the German-speaking community's partition Belgium; a child network's population is the
        // 0–23 part of an area already counted, so the national population leaves child networks out.
        let childNetworks = spec.table == .population ? Set(dataset.networks.filter { $0.targetGroup == .child }.map(\.code)) : []
        for (key, value) in result.sums where key.network != Network.nationalCode && !childNetworks.contains(key.network) {
            result.national[key.period] = (result.national[key.period] ?? .zero(spec.measure.quantity)) + value
        }
        for key in result.present where key.network != Network.nationalCode { result.nationalPresent.insert(key.period) }
        return result
    }
}

/// The evaluator shared by `precompute`'s two lanes, and what each lane computed: each lane touches only its own
/// lazily computed columns and its own result (the activity lane reads the prices once the other lane signals them).
private final class PrecomputeLanes: @unchecked Sendable {
    let evaluator: MeasureEvaluator
    var activity: [(MeasureSpec, Aggregate)] = []
    var others: [(MeasureSpec, Aggregate)] = []

    init(_ evaluator: MeasureEvaluator) { self.evaluator = evaluator }
}

/// Which requested periods hold a month or a calendar year.
struct MonthPeriods {
    private let periods: [ReportPeriod]
    private var byMonth: [Int: [Int]] = [:]

    init(_ periods: [ReportPeriod]) {
        self.periods = periods
        for (index, period) in periods.enumerated() {
            for ordinal in period.first.ordinal...period.last.ordinal { byMonth[ordinal, default: []].append(index) }
        }
    }

    /// The periods containing `month`.
    func forMonth(_ month: YearMonth) -> [Int] { byMonth[month.ordinal] ?? [] }

    /// The periods that are exactly the calendar year `year` (yearly tables fit no other period).
    func forYear(_ year: Int) -> [Int] {
        periods.indices.filter { periods[$0].calendarYear == year }
    }
}

/// The periods of each month, by month ordinal in an array.
struct MonthSlots {
    private let first: Int
    /// Per month from `first`: the periods containing it.
    private let periods: [[Int]]

    init(_ periods: [ReportPeriod]) {
        let lower = periods.map(\.first.ordinal).min() ?? 0
        let upper = periods.map(\.last.ordinal).max() ?? -1
        var table = Array(repeating: [Int](), count: max(0, upper - lower + 1))
        for (index, period) in periods.enumerated() {
            for ordinal in period.first.ordinal...period.last.ordinal { table[ordinal - lower].append(index) }
        }
        first = lower
        self.periods = table
    }

    /// The periods containing `month`, in the order `MonthPeriods.forMonth` gives them.
    func forMonth(_ month: YearMonth) -> [Int] {
        let slot = month.ordinal - first
        return slot >= 0 && slot < periods.count ? periods[slot] : []
    }
}

/// Sums per network number and period in flat arrays, stored into an `Aggregate` at the end.
struct FlatSums {
    private let periodCount: Int
    private var sums: [Int64] = []
    private var touched: [Bool] = []

    init(periods: Int) { periodCount = periods }

    /// Adds `amount` to the network's cell of every period holding `month` (as `add` does, with `+` trapping on overflow).
    mutating func add(_ network: Int32, _ slots: MonthSlots, _ month: YearMonth, _ amount: Int64) {
        for period in slots.forMonth(month) { add(network, period: period, amount) }
    }

    /// Adds `amount` to the network's cell of period `period`.
    @inline(__always)
    mutating func add(_ network: Int32, period: Int, _ amount: Int64) {
        let index = Int(network) * periodCount + period
        if index >= sums.count {
            let size = max(index + 1, sums.count * 2)
            sums += Array(repeating: 0, count: size - sums.count)
            touched += Array(repeating: false, count: size - touched.count)
        }
        sums[index] = sums[index] + amount
        touched[index] = true
    }

    /// Writes every touched cell into `result.sums` and `result.present`.
    func store(into result: inout Aggregate, codes: [String], kind: QuantityKind) {
        for index in touched.indices where touched[index] {
            let key = CellKey(network: codes[index / periodCount], period: index % periodCount)
            result.sums[key] = kind == .count ? .count(sums[index]) : .money(Money(cents: sums[index]))
            result.present.insert(key)
        }
    }
}

/// Activity units summed per (network, period, code slot, age band, status), over the cells that hold rows.
struct ActivityCube {
    private var networks: [Int32] = []
    private var periods: [Int32] = []
    private var codes: [Int32] = []
    /// Age band slot × 3 + status slot.
    private var bandBims: [UInt8] = []
    private var units: [Int64] = []

    /// Sums the rows, or nil when the sums could depend on the order of the rows (a month in two periods, a count
    /// below zero, an overflow) or the table of cells would be large for the rows.
    init?(_ rows: [ActivityRow], columns: (networks: [Int32], codes: [Int32], codeList: [Int]), networks networkCount: Int,
          periods periodCount: Int, slots: MonthSlots) {
        let codeCount = columns.codeList.count
        let cellCount = networkCount * periodCount * codeCount * 21
        guard cellCount <= 2 * rows.count + 65_536 else { return nil }
        var sums = [Int64](repeating: 0, count: cellCount)
        var touched = [Bool](repeating: false, count: cellCount)
        for (index, row) in rows.enumerated() {
            guard row.units >= 0 else { return nil }
            let found = slots.forMonth(row.month)
            guard found.count <= 1 else { return nil }
            guard let period = found.first else { continue }
            let cell = ((Int(columns.networks[index]) * periodCount + period) * codeCount + Int(columns.codes[index])) * 21
                + row.ageBand.slot * 3 + row.bim.slot
            let (sum, overflow) = sums[cell].addingReportingOverflow(row.units)
            guard !overflow else { return nil }
            sums[cell] = sum
            touched[cell] = true
        }
        for cell in touched.indices where touched[cell] {
            var rest = cell
            bandBims.append(UInt8(rest % 21)); rest /= 21
            codes.append(Int32(rest % codeCount)); rest /= codeCount
            periods.append(Int32(rest % periodCount)); rest /= periodCount
            networks.append(Int32(rest))
            units.append(sums[cell])
        }
    }

    /// Calls `body` with each cell: network number, period, code slot, age band slot, status slot, units.
    func forEachCell(_ body: (Int32, Int, Int, Int, Int, Int64) -> Void) {
        for index in units.indices {
            let bandBim = Int(bandBims[index])
            body(networks[index], Int(periods[index]), Int(codes[index]), bandBim / 3, bandBim % 3, units[index])
        }
    }
}

extension AgeBand {
    /// The position among `allCases`.
    var slot: Int {
        switch self {
        case .age0to11: 0
        case .age12to14: 1
        case .age15to17: 2
        case .age18to23: 3
        case .age24to64: 4
        case .age65plus: 5
        case .unknown: 6
        }
    }
}

extension BimStatus {
    /// The position among `allCases`.
    var slot: Int {
        switch self {
        case .yes: 0
        case .no: 1
        case .unknown: 2
        }
    }
}

extension WaitBucket {
    /// The position among `allCases`.
    var slot: Int {
        switch self {
        case .days0to7: 0
        case .days8to14: 1
        case .days15to30: 2
        case .days31to60: 3
        case .days61to90: 4
        case .days91plus: 5
        case .unknown: 6
        }
    }
}

extension CareFunction {
    /// The position among `allCases`.
    var slot: Int {
        switch self {
        case .community: 0
        case .support: 1
        case .treatment: 2
        case .mission: 3
        case .administrative: 4
        case .postCovid: 5
        }
    }
}

extension SpendingFunction {
    /// The position among `allCases`.
    var slot: Int {
        switch self {
        case .community: 0
        case .support: 1
        case .treatment: 2
        case .mission: 3
        case .administrative: 4
        }
    }
}
