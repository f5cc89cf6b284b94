import Dispatch
import Foundation

/// Sums measures over the in-memory dataset, once per measure, for every network and period.
///
/// Exact for every dataset within `ColumnTotalLimits` (every dataset read from files or the warehouse is checked
/// against them): no sum or product can overflow there. Beyond those bounds, sums over rows trap on overflow as
/// Swift's arithmetic does, while sums over cells (`CellCube`, `SpendingCube`) are built only when nothing can
/// overflow and never price rows that fall in no requested period.
final class MeasureEvaluator {
    let dataset: Dataset
    let pseudocodes: [Int: Pseudocode]
    let periods: [ReportPeriod]
    private var cache: [MeasureSpec: Aggregate] = [:]
    private let tariffs: TariffBook
    /// Network codes of activity (and spending) numbered once, so that sums go to flat arrays, not string-keyed dictionaries.
    private var numbering = NetworkNumbering()
    /// Per activity row: its network's number and its code's slot (computed once, read by every activity measure).
    private lazy var activityColumns: (networks: [Int32], codes: [Int32], codeList: [Int]) = numberActivity()
    /// Activity units per (network, period, code, age band, status) when the sums cannot depend on the order of the
    /// rows (`CellCube`): activity measures read its cells, far fewer than the rows. Nil otherwise: they read the rows.
    private lazy var activityCube: CellCube? = {
        let columns = activityColumns
        let rows = dataset.activity
        return CellCube(
            rows: rows.count, networks: numbering.codes.count, periods: periods.count,
            categories: columns.codeList.count * Self.bandBimCount, slots: monthSlots
        ) { index in
            (
                columns.networks[index], rows[index].month,
                Int(columns.codes[index]) * Self.bandBimCount + rows[index].ageBand.slot * Self.bimCount + rows[index].bim.slot,
                rows[index].units
            )
        }
    }()
    private static let bimCount = BimStatus.allCases.count
    private static let bandBimCount = AgeBand.allCases.count * BimStatus.allCases.count
    /// Network codes of the other tables, numbered apart from `numbering` so that they can be summed while activity is.
    private var otherNumbering = NetworkNumbering()
    /// Per waits row: its network's number in `otherNumbering`.
    private lazy var waitNetworks: [Int32] = (dataset.waits ?? []).map { otherNumbering.number($0.network) }
    /// Waits counts per (network, period, function, age band, bucket), as `activityCube` for activity.
    private lazy var waitsCube: CellCube? = {
        let networks = waitNetworks
        let rows = dataset.waits ?? []
        return CellCube(
            rows: rows.count, networks: otherNumbering.codes.count, periods: periods.count,
            categories: CareFunction.allCases.count * Self.bandBucketCount, slots: monthSlots
        ) { index in
            (
                networks[index], rows[index].month,
                rows[index].function.slot * Self.bandBucketCount + rows[index].ageBand.slot * Self.bucketCount + rows[index].bucket.slot,
                rows[index].count
            )
        }
    }()
    private static let bucketCount = WaitBucket.allCases.count
    private static let bandBucketCount = AgeBand.allCases.count * WaitBucket.allCases.count
    /// Which periods each month and each calendar year fall in, by array index rather than a dictionary lookup.
    private lazy var monthSlots = MonthSlots(periods)
    /// Net spending of each activity row, priced once for every spending measure.
    private lazy var spendingItems: SpendingItems = SpendingCalculator(pseudocodes: pseudocodes, tariffs: tariffs).items(dataset.activity)
    /// Net spending per network, period and spending group: from the activity cube's cells when every period lies within
    /// one year (`pricesCells`), else from the rows priced one by one; nil when a price might overflow.
    private lazy var spendingCube: SpendingCube? = {
        if pricesCells, let cells = activityCube,
            let cube = SpendingCube(
                cells: cells, codeList: activityColumns.codeList, periods: periods, networkCount: numbering.codes.count,
                calculator: SpendingCalculator(pseudocodes: pseudocodes, tariffs: tariffs))
        {
            return cube
        }
        return SpendingCube(
            items: spendingItems, rows: dataset.activity, networks: activityColumns.networks,
            networkCount: numbering.codes.count, periods: periods.count, slots: monthSlots)
    }()
    /// Whether spending can be priced per cell of the activity cube (each period within one calendar year).
    private var pricesCells: Bool { periods.allSatisfy(\.liesWithinOneYear) }

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
        let missingTable: ResultReason?
        let isMonthly: Bool
        private unowned let evaluator: MeasureEvaluator
        /// Computed on first use, as `outcome` always did (never for a missing table or a yearly table out of period).
        private(set) lazy var aggregate: Aggregate = evaluator.aggregate(spec)

        init(_ spec: MeasureSpec, evaluator: MeasureEvaluator) {
            self.spec = spec
            self.evaluator = evaluator
            missingTable = spec.sourceTables.first { !evaluator.dataset.isPresent($0) }.map { ResultReason.missingTable($0) }
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
            return .unavailable(.yearlyTable(spec.table, period: range))
        }
        let aggregate = prepared.aggregate
        if let reason = aggregate.unavailable[period] { return .unavailable(reason) }
        let zero = Quantity.zero(spec.measure.quantity)
        if network == Network.nationalCode {
            if spec.measure.additive {
                if !prepared.isMonthly, !aggregate.nationalPresent.contains(period) {
                    return .unavailable(.noRows(spec.table, period: range))
                }
                return .value(aggregate.national[period] ?? zero)
            }
            let key = CellKey(network: network, period: period)
            guard aggregate.present.contains(key) else {
                return .unavailable(.noNationalRows(spec.table, period: range))
            }
            return .value(aggregate.sums[key] ?? zero)
        }
        let key = CellKey(network: network, period: period)
        if !prepared.isMonthly, !aggregate.present.contains(key) {
            return .unavailable(.noNetworkRows(network: network, table: spec.table, period: range))
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
    /// sums every other table, after pricing the activity rows one by one when spending cannot be priced per cell
    /// (spending then waits for the prices).
    func precompute(_ measures: [PreparedMeasure]) {
        // As on first use: never for a missing table, nor for a yearly table when no period is a calendar year.
        let yearlyAnswered = periods.contains { $0.calendarYear != nil }
        var seen = Set<MeasureSpec>()
        var specs: [MeasureSpec] = []
        for measure in measures
        where measure.missingTable == nil && (measure.isMonthly || yearlyAnswered)
            && cache[measure.spec] == nil && !seen.contains(measure.spec)
        {
            seen.insert(measure.spec)
            specs.append(measure.spec)
        }
        guard specs.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return }
        // Activity first, then spending: both use the activity lane's network numbering.
        let activity = specs.filter { $0.table == .activity } + specs.filter { $0.table == .spending }
        let others = specs.filter { $0.table != .activity && $0.table != .spending }
        let pricesActivity = specs.contains { $0.table == .spending } && !pricesCells
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

    /// Numbers the activity rows' networks (in `numbering`) and codes, in one pass.
    private func numberActivity() -> (networks: [Int32], codes: [Int32], codeList: [Int]) {
        var numbering = self.numbering  // a local copy: no exclusivity check on the class's property per row
        defer { self.numbering = numbering }
        var slots: [Int: Int32] = [:]
        var recent = [(code: Int, slot: Int32)](repeating: (-1, 0), count: 256)  // direct-mapped cache before `slots`
        var codeList: [Int] = []
        let count = dataset.activity.count
        var networks = [Int32](repeating: 0, count: count)
        var codes = [Int32](repeating: 0, count: count)
        dataset.activity.withUnsafeBufferPointer { rows in
            for index in rows.indices {
                networks[index] = numbering.number(rows[index].network)
                let code = rows[index].pseudocode
                let cached = recent[code & 255]
                if cached.code == code {
                    codes[index] = cached.slot
                } else if let slot = slots[code] {
                    recent[code & 255] = (code, slot)
                    codes[index] = slot
                } else {
                    let slot = Int32(codeList.count)
                    slots[code] = slot
                    codeList.append(code)
                    codes[index] = slot
                }
            }
        }
        return (networks, codes, codeList)
    }

    /// The aggregate of `spec`, computed (not cached).
    private func computeAggregate(_ spec: MeasureSpec) -> Aggregate {
        var result = Aggregate()
        let slots = monthSlots
        var sums = FlatSums(periods: periods.count)

        switch spec.table {
        case .activity:
            // Row filters as lookup tables (by code slot, age band, status), sums in flat arrays: same rows, same order.
            let columns = activityColumns
            let codes = spec.pseudocodes ?? []
            let codeKept = columns.codeList.map { codes.contains($0) }
            let bandKept = AgeBand.allCases.map { spec.ageBands?.contains($0) ?? true }
            let bimKept = BimStatus.allCases.map { spec.bims?.contains($0) ?? true }
            if let cube = activityCube {
                let kept = codeKept.flatMap { code in bandKept.flatMap { band in bimKept.map { code && band && $0 } } }
                cube.forEachCell { network, period, category, units in
                    if kept[category] { sums.add(network, period: period, units) }
                }
            } else {
                dataset.activity.withUnsafeBufferPointer { rows in
                    for index in rows.indices
                    where codeKept[Int(columns.codes[index])]
                        && bandKept[rows[index].ageBand.slot] && bimKept[rows[index].bim.slot]
                    {
                        sums.add(columns.networks[index], slots, rows[index].month, rows[index].units)
                    }
                }
            }
            sums.store(into: &result, codes: numbering.codes, kind: .count)
        case .waits:
            let functionKept = CareFunction.allCases.map { spec.functions?.contains($0.rawValue) ?? true }
            let bandKept = AgeBand.allCases.map { spec.ageBands?.contains($0) ?? true }
            let bucketKept = WaitBucket.allCases.map { spec.buckets?.contains($0) ?? true }
            if let cube = waitsCube {
                let kept = functionKept.flatMap { function in bandKept.flatMap { band in bucketKept.map { function && band && $0 } } }
                cube.forEachCell { network, period, category, count in
                    if kept[category] { sums.add(network, period: period, count) }
                }
            } else {
                let networks = waitNetworks
                (dataset.waits ?? []).withUnsafeBufferPointer { rows in
                    for index in rows.indices
                    where functionKept[rows[index].function.slot]
                        && bandKept[rows[index].ageBand.slot] && bucketKept[rows[index].bucket.slot]
                    {
                        sums.add(networks[index], slots, rows[index].month, rows[index].count)
                    }
                }
            }
            sums.store(into: &result, codes: otherNumbering.codes, kind: .count)
        case .spending:
            sumSpending(spec, into: &sums, unavailable: &result.unavailable)
            sums.store(into: &result, codes: numbering.codes, kind: .money)
        default:
            sumOtherTable(spec, into: &sums)
            sums.store(
                into: &result, codes: otherNumbering.codes, kind: spec.table == .operatingCosts || spec.table == .budget ? .money : .count)
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

    /// Sums a spending measure: the activity rows priced once (`spendingItems`, summed per group in `spendingCube`, or
    /// row by row in order as `forEachAmount` walks them), then the group fees.
    private func sumSpending(_ spec: MeasureSpec, into sums: inout FlatSums, unavailable: inout [Int: ResultReason]) {
        let spending = SpendingCalculator(pseudocodes: pseudocodes, tariffs: tariffs)
        let functions = spec.functions.map { Set($0.compactMap(SpendingFunction.init(rawValue:))) } ?? Set(SpendingFunction.allCases)
        let kept = SpendingFunction.allCases.map { functions.contains($0) }
        let columns = activityColumns
        let slots = monthSlots
        func missing(_ month: YearMonth, _ reason: ResultReason) {
            for period in slots.forMonth(month) where unavailable[period] == nil { unavailable[period] = reason }
        }
        if let cube = spendingCube {
            cube.add(kept: kept, to: &sums, unavailable: &unavailable)
        } else {
            let items = spendingItems
            for index in dataset.activity.indices {
                guard let slot = items.groupSlot(index), kept[slot] else { continue }
                let row = dataset.activity[index]
                switch items.outcome(index) {
                case .none: continue
                case .amount(let cents): sums.add(columns.networks[index], slots, row.month, cents)
                case .missing(let reason): missing(row.month, reason)
                case .overflow:
                    // Priced as `forEachAmount` does, which traps when the amount overflows (a dataset within
                    // `ColumnTotalLimits`, as every dataset read is, never gets here).
                    if let code = pseudocodes[row.pseudocode] {
                        spending.amount(of: row, code: code, group: SpendingFunction.allCases[slot]) { _, _, amount in
                            sums.add(columns.networks[index], slots, row.month, amount.cents)
                        } missingTariff: { _, _ in
                        }
                    }
                }
            }
        }
        spending.forEachGroupFee(dataset, functions: functions) { network, month, amount in
            sums.add(numbering.number(network), slots, month, amount.cents)
        } missingTariff: { month, reason in
            missing(month, reason)
        }
    }

    /// Sums a measure of a table other than activity, spending and waits, row by row (these tables are small).
    private func sumOtherTable(_ spec: MeasureSpec, into sums: inout FlatSums) {
        let slots = monthSlots
        var numbering = otherNumbering  // a local copy: no exclusivity check on the class's property per row
        defer { otherNumbering = numbering }
        func add(_ network: String, _ periods: [Int], _ amount: Int64) { sums.add(numbering.number(network), periods: periods, amount) }
        func mark(_ network: String, _ periods: [Int]) { sums.mark(numbering.number(network), periods: periods) }

        switch spec.table {
        case .groupSessions:
            for row in dataset.groupSessions ?? [] where spec.functions.map({ $0.contains(row.function.rawValue) }) ?? true {
                add(row.network, slots.forMonth(row.month), row.sessions)
            }
        case .operatingCosts:
            for row in dataset.operatingCosts ?? [] where spec.pseudocodes.map({ $0.contains(row.pseudocode) }) ?? true {
                add(row.network, slots.forMonth(row.month), row.amount.cents)
            }
        case .population:
            let bim = spec.measure.name == "population_bim"
            for row in dataset.population ?? [] {
                add(row.network, slots.forYear(row.year), bim ? row.populationBim : row.population)
            }
        case .beneficiaries:
            let function = spec.functions?.first ?? "all"
            for row in dataset.beneficiaries ?? [] where (row.function?.rawValue ?? "all") == function {
                let periodIndices = slots.forYear(row.year)
                mark(row.network, periodIndices)
                if spec.ageBands.map({ $0.contains(row.ageBand) }) ?? true, spec.bims.map({ $0.contains(row.bim) }) ?? true {
                    add(row.network, periodIndices, row.beneficiaries)
                }
            }
        case .budget:
            for row in dataset.budget ?? [] {
                let periodIndices = slots.forYear(row.year)
                mark(row.network, periodIndices)
                if spec.lines.map({ $0.contains(row.line) }) ?? true { add(row.network, periodIndices, row.amount.cents) }
            }
        case .outcomes:
            for row in dataset.outcomes ?? [] {
                let periodIndices = slots.forYear(row.year)
                mark(row.network, periodIndices)
                guard spec.functions.map({ $0.contains(row.function.rawValue) }) ?? true,
                    spec.instruments.map({ $0.contains(row.instrument) }) ?? true
                else { continue }
                let value: Int64 =
                    switch spec.measure.name {
                    case "improved": row.improved
                    case "unchanged": row.unchanged
                    case "deteriorated": row.deteriorated
                    default: row.pairs
                    }
                add(row.network, periodIndices, value)
            }
        case .experience:
            for row in dataset.experience ?? [] {
                let periodIndices = slots.forYear(row.year)
                mark(row.network, periodIndices)
                guard spec.instruments.map({ $0.contains(row.instrument) }) ?? true else { continue }
                add(row.network, periodIndices, spec.measure.name == "satisfied" ? row.satisfied : row.respondents)
            }
        case .workforce:
            for row in dataset.workforce ?? [] {
                let value: Int64 =
                    switch spec.measure.name {
                    case "trained": row.trained
                    case "intervision_sessions": row.intervisionSessions
                    case "providers_surveyed": row.providersSurveyed
                    case "providers_satisfied": row.providersSatisfied
                    default: row.providers
                    }
                add(row.network, slots.forYear(row.year), value)
            }
        case .activity, .spending, .waits:
            preconditionFailure("summed by computeAggregate")
        }
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
