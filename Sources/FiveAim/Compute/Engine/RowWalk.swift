/// The reference implementation of a measure's sums: every row of the measure's table, one by one, kept or not by the
/// measure's filters and added to each requested period holding its month (or, for a yearly table, that is its
/// calendar year), per network. Net spending prices each activity row as `SpendingCalculator.forEachAmount` does.
///
/// Written to be read, not to be fast: `MeasureCubes` gives the same aggregates from sums per cell for the large tables
/// (the tests compare both on random datasets), and every measure it does not cover is summed here.
struct RowWalk: Sendable {
    let dataset: Dataset
    let periods: [ReportPeriod]
    let spending: SpendingCalculator
    let slots: MonthSlots

    init(dataset: Dataset, pseudocodes: [Int: Pseudocode], periods: [ReportPeriod]) {
        self.dataset = dataset
        self.periods = periods
        self.spending = SpendingCalculator(pseudocodes: pseudocodes, tariffs: TariffBook(dataset.tariffs))
        self.slots = MonthSlots(periods)
    }

    /// The aggregate of `spec`, from its table's rows.
    func aggregate(_ spec: MeasureSpec) -> Aggregate {
        var sums = CellSums()
        let functions = spec.functions
        switch spec.table {
        case .activity:
            let codes = spec.pseudocodes ?? []
            for row in dataset.activity
            where codes.contains(row.pseudocode) && spec.ageBands.keeps(row.ageBand) && spec.bims.keeps(row.bim) {
                sums.add(row.network, slots.forMonth(row.month), row.units)
            }
        case .waits:
            for row in dataset.waits ?? []
            where functions.keeps(row.function.rawValue) && spec.ageBands.keeps(row.ageBand) && spec.buckets.keeps(row.bucket) {
                sums.add(row.network, slots.forMonth(row.month), row.count)
            }
        case .spending:
            let kept = functions.map { Set($0.compactMap(SpendingFunction.init(rawValue:))) } ?? Set(SpendingFunction.allCases)
            spending.forEachAmount(dataset, functions: kept) { network, month, amount in
                sums.add(network, slots.forMonth(month), amount.cents)
            } missingTariff: { month, reason in
                for period in slots.forMonth(month) where sums.unavailable[period] == nil { sums.unavailable[period] = reason }
            }
        case .groupSessions:
            for row in dataset.groupSessions ?? [] where functions.keeps(row.function.rawValue) {
                sums.add(row.network, slots.forMonth(row.month), row.sessions)
            }
        case .operatingCosts:
            for row in dataset.operatingCosts ?? [] where spec.pseudocodes.keeps(row.pseudocode) {
                sums.add(row.network, slots.forMonth(row.month), row.amount.cents)
            }
        case .population:
            let bim = spec.measure.name == "population_bim"
            for row in dataset.population ?? [] {
                sums.add(row.network, slots.forYear(row.year), bim ? row.populationBim : row.population)
            }
        case .beneficiaries:
            let function = spec.functions?.first ?? "all"
            for row in dataset.beneficiaries ?? [] where (row.function?.rawValue ?? "all") == function {
                let periods = slots.forYear(row.year)
                sums.mark(row.network, periods)
                if spec.ageBands.keeps(row.ageBand), spec.bims.keeps(row.bim) { sums.add(row.network, periods, row.beneficiaries) }
            }
        case .budget:
            for row in dataset.budget ?? [] {
                let periods = slots.forYear(row.year)
                sums.mark(row.network, periods)
                if spec.lines.keeps(row.line) { sums.add(row.network, periods, row.amount.cents) }
            }
        case .outcomes:
            let column = Self.column(spec)
            for row in dataset.outcomes ?? [] {
                let periods = slots.forYear(row.year)
                sums.mark(row.network, periods)
                guard functions.keeps(row.function.rawValue), spec.instruments.keeps(row.instrument) else { continue }
                sums.add(row.network, periods, Self.summed(row, column) ?? 0)
            }
        case .experience:
            let column = Self.column(spec)
            for row in dataset.experience ?? [] {
                let periods = slots.forYear(row.year)
                sums.mark(row.network, periods)
                guard spec.instruments.keeps(row.instrument) else { continue }
                sums.add(row.network, periods, Self.summed(row, column) ?? 0)
            }
        case .workforce:
            let column = Self.column(spec)
            for row in dataset.workforce ?? [] {
                // A row without an optional column's value (fte) is left out: a network whose rows all lack it has no
                // value, never 0.
                if let value = Self.summed(row, column) { sums.add(row.network, slots.forYear(row.year), value) }
            }
        case .outreachSites:
            let column = Self.column(spec)
            for row in dataset.outreachSites ?? [] {
                let periods = slots.forYear(row.year)
                sums.mark(row.network, periods)
                guard spec.siteTypes.keeps(row.siteType) else { continue }
                sums.add(row.network, periods, Self.summed(row, column) ?? 0)
            }
        }
        return sums.aggregate(spec, dataset: dataset)
    }
}

/// Sums per network and period, keyed by the network's code: what `RowWalk` adds rows into.
struct CellSums {
    /// The cells something was added to, with the sum (`+` traps on overflow, as summing rows always did).
    private var sums: [CellKey: Int64] = [:]
    /// The cells holding a row of the table, kept or not (a yearly table's missing row is unknown, not 0).
    private var present: Set<CellKey> = []
    /// Periods that cannot be computed, with the reason (a missing tariff).
    var unavailable: [Int: ResultReason] = [:]

    /// Adds `amount` to the network's cell of each period of `periods`.
    mutating func add(_ network: String, _ periods: [Int], _ amount: Int64) {
        for period in periods {
            let key = CellKey(network: network, period: period)
            sums[key] = (sums[key] ?? 0) + amount
            present.insert(key)
        }
    }

    /// Marks the network's cells of `periods` as holding rows.
    mutating func mark(_ network: String, _ periods: [Int]) {
        for period in periods { present.insert(CellKey(network: network, period: period)) }
    }

    /// The aggregate of the sums, as amounts of `spec`'s quantity, with the national figures.
    func aggregate(_ spec: MeasureSpec, dataset: Dataset) -> Aggregate {
        var result = Aggregate()
        let kind = spec.table.summedQuantity
        for (key, sum) in sums { result.sums[key] = kind == .count ? .count(sum) : .money(Money(cents: sum)) }
        result.present = present
        result.unavailable = unavailable
        result.addNational(spec, dataset: dataset)
        return result
    }
}

extension Optional {
    /// Whether a filter keeps `value`: nil keeps everything.
    fileprivate func keeps<Element: Hashable>(_ value: Element) -> Bool where Wrapped == Set<Element> {
        self?.contains(value) ?? true
    }
}

extension MeasureTable {
    /// What a measure of the table sums: euros for spending, operating costs and budget, else counts.
    var summedQuantity: QuantityKind { self == .spending || self == .operatingCosts || self == .budget ? .money : .count }
}

extension RowWalk {
    /// The contract column a measure of a small yearly table sums (its name is a column of the table: the catalogue's
    /// vocabulary derives from the schema).
    private static func column(_ spec: MeasureSpec) -> ContractColumn {
        guard let column = ContractColumn(rawValue: spec.measure.name) else {
            preconditionFailure("measure \(spec.measure.name) of \(spec.table) is not a contract column")
        }
        return column
    }

    /// The value `row` adds for `column`, through the rows' one accessor (`ContractRow`): a whole count, or hundredths
    /// for a decimal column; nil when an optional column is empty.
    private static func summed(_ row: some ContractRow, _ column: ContractColumn) -> Int64? {
        switch row.value(column) {
        case .integer(let value): value
        case .hundredths(let value): value
        default: nil
        }
    }
}
