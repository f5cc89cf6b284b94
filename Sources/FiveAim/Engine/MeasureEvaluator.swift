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

    init(dataset: Dataset, pseudocodes: [Int: Pseudocode], periods: [ReportPeriod]) {
        self.dataset = dataset
        self.pseudocodes = pseudocodes
        self.periods = periods
        self.tariffs = TariffBook(dataset.tariffs)
    }

    /// The measure's value for `network` (or `BE`) in period `period`.
    func outcome(_ spec: MeasureSpec, network: String, period: Int) -> MeasureOutcome {
        for table in spec.sourceTables where !dataset.isPresent(table) {
            return .unavailable("missing table \(table.name)")
        }
        let range = periods[period]
        guard spec.table.isMonthly || range.calendarYear != nil else {
            return .unavailable("table \(spec.table.name) is yearly; the period \(range) is not a calendar year")
        }
        let aggregate = aggregate(spec)
        if let reason = aggregate.unavailable[period] { return .unavailable(reason) }
        let zero = Quantity.zero(spec.measure.quantity)
        if network == Network.nationalCode {
            if spec.measure.additive {
                if !spec.table.isMonthly, !aggregate.nationalPresent.contains(period) {
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
        if !spec.table.isMonthly, !aggregate.present.contains(key) {
            return .unavailable("no rows for network \(network) in table \(spec.table.name) for \(range)")
        }
        return .value(aggregate.sums[key] ?? zero)
    }

    private func aggregate(_ spec: MeasureSpec) -> Aggregate {
        if let cached = cache[spec] { return cached }
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
            let codes = spec.pseudocodes ?? []
            for row in dataset.activity where codes.contains(row.pseudocode)
                && spec.ageBands.map({ $0.contains(row.ageBand) }) ?? true && spec.bims.map({ $0.contains(row.bim) }) ?? true {
                add(row.network, monthPeriods.forMonth(row.month), .count(row.units))
            }
        case .groupSessions:
            for row in dataset.groupSessions ?? [] where spec.functions.map({ $0.contains(row.function.rawValue) }) ?? true {
                add(row.network, monthPeriods.forMonth(row.month), .count(row.sessions))
            }
        case .waits:
            for row in dataset.waits ?? [] where spec.functions.map({ $0.contains(row.function.rawValue) }) ?? true
                && spec.ageBands.map({ $0.contains(row.ageBand) }) ?? true && spec.buckets.map({ $0.contains(row.bucket) }) ?? true {
                add(row.network, monthPeriods.forMonth(row.month), .count(row.count))
            }
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
            spending.forEachAmount(dataset, functions: functions) { network, month, amount in
                add(network, monthPeriods.forMonth(month), .money(amount))
            } missingTariff: { month, reason in
                for period in monthPeriods.forMonth(month) where result.unavailable[period] == nil { result.unavailable[period] = reason }
            }
        }
        // Adult networks and the German-speaking community's partition Belgium; a child network's population is the
        // 0–23 part of an area already counted, so the national population leaves child networks out.
        let childNetworks = spec.table == .population ? Set(dataset.networks.filter { $0.targetGroup == .child }.map(\.code)) : []
        for (key, value) in result.sums where key.network != Network.nationalCode && !childNetworks.contains(key.network) {
            result.national[key.period] = (result.national[key.period] ?? .zero(spec.measure.quantity)) + value
        }
        for key in result.present where key.network != Network.nationalCode { result.nationalPresent.insert(key.period) }
        cache[spec] = result
        return result
    }
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
