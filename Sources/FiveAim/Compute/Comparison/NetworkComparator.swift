extension IndicatorEngine {
    /// Compares the networks: every indicator for every year with data (and `request.year`), disclosure control for the
    /// committee over the full table, then per group and year a funnel (proportions of counts) or a ranking (the rest),
    /// per-1000 rates for counts where the dataset gives populations, and year-on-year changes. Pure and deterministic.
    public func compare(_ dataset: Dataset, request: ComparisonRequest) -> NetworkComparison {
        var years = Set(ReportPeriod.yearsPresent(in: dataset).compactMap(\.calendarYear))
        years.insert(request.year)
        let sortedYears = years.sorted()
        let report = self.report(
            dataset,
            request: IndicatorRequest(
                periods: sortedYears.map(ReportPeriod.year), networks: .all,
                indicatorIDs: request.indicatorIDs, disclosure: request.disclosure))
        var results: [String: IndicatorResult] = [:]
        for result in report.results {
            guard let year = result.period.calendarYear else { continue }
            results[Self.key(result.indicator, result.network, year)] = result
        }
        var populations: [String: Int64] = [:]
        for row in dataset.population ?? [] { populations["\(row.network)\u{0}\(row.year)"] = row.population }
        let networks = dataset.networks.filter { $0.code != Network.nationalCode }.sorted { $0.code < $1.code }
        let nationalPopulation = Dictionary(
            uniqueKeysWithValues: sortedYears.compactMap { year -> (Int, Int64)? in
                // Adult networks and the German-speaking community's partition Belgium; child networks overlap them.
                let parts = networks.filter { $0.targetGroup != .child }.map { populations["\($0.code)\u{0}\(year)"] }
                guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
                return (year, parts.reduce(0) { $0 + $1! })
            })
        var months: [Int: Set<Int>] = [:]
        for row in dataset.activity { months[row.month.year, default: []].insert(row.month.month) }

        var indicators: [IndicatorComparison] = []
        for definition in catalogue.indicators where request.indicatorIDs?.contains(definition.id) ?? true {
            let kind = ComparisonKind.of(definition)
            func row(_ network: String, _ year: Int, group: ComparisonGroup?, population: Int64?) -> ComparisonRow? {
                guard let result = results[Self.key(definition.id, network, year)] else { return nil }
                var row = ComparisonRow(indicator: definition.id, group: group, network: network, year: year, result: result)
                if let value = result.value, let previous = results[Self.key(definition.id, network, year - 1)]?.value {
                    row.change = value - previous
                }
                if definition.unit == .count, result.value != nil, result.ciLow == nil, let count = result.numerator?.count {
                    // The engine gives a count no interval; the committee's ranked table shows the exact Poisson one.
                    let interval = Statistics.poissonExact(count: count)
                    row.result.ciLow = interval.low
                    row.result.ciHigh = interval.high
                    row.result.interval = .exactPoisson
                }
                if definition.unit == .count, let count = result.numerator?.count, let population, population > 0 {
                    let interval = Statistics.poissonExact(count: count)
                    row.population = population
                    row.perThousand = Double(count) / Double(population) * 1000
                    row.perThousandLow = interval.low / Double(population) * 1000
                    row.perThousandHigh = interval.high / Double(population) * 1000
                }
                return row
            }
            var panels: [ComparisonPanel] = []
            for group in request.groups {
                let members = networks.filter(group.contains)
                for year in sortedYears {
                    let rows = members.compactMap { row($0.code, year, group: group, population: populations["\($0.code)\u{0}\(year)"]) }
                    panels.append(
                        kind == .funnel
                            ? Self.funnelPanel(rows, group: group, year: year, direction: definition.better)
                            : Self.rankedPanel(rows, group: group, year: year, direction: definition.better))
                }
            }
            let national = sortedYears.compactMap { row(Network.nationalCode, $0, group: nil, population: nationalPopulation[$0]) }
            indicators.append(IndicatorComparison(definition: definition, kind: kind, panels: panels, national: national))
        }
        return NetworkComparison(
            year: request.year, years: sortedYears, monthsWithActivity: months.mapValues(\.count),
            groups: request.groups, networks: networks, indicators: indicators, disclosure: request.disclosure)
    }

    private static func key(_ indicator: String, _ network: String, _ year: Int) -> String { "\(indicator)\u{0}\(network)\u{0}\(year)" }

    /// The funnel point of a shown result: a count out of a positive count, not more.
    static func funnelPoint(_ row: ComparisonRow) -> FunnelPoint? {
        guard row.result.status == .ok, let x = row.result.numerator?.count, let n = row.result.denominator?.count, n > 0, x >= 0,
            x <= n
        else { return nil }
        return FunnelPoint(network: row.network, numerator: x, denominator: n)
    }

    /// The funnel of one group and year: target, overdispersion, then each network's limits, z-score and outlier side.
    static func funnelPanel(_ rows: [ComparisonRow], group: ComparisonGroup, year: Int, direction: Direction) -> ComparisonPanel {
        let points = rows.compactMap(funnelPoint)
        guard let model = FunnelModel(points: points) else { return ComparisonPanel(group: group, year: year, funnel: nil, rows: rows) }
        let output = rows.map { row -> ComparisonRow in
            guard let point = funnelPoint(row) else { return row }
            var row = row
            let limits = model.limits(at: point.denominator)
            row.centre = model.target
            row.limits = limits
            row.zScore = model.zScore(point)
            if point.proportion > limits.high998 {
                row.outlier = .side(above: true, direction: direction)
            } else if point.proportion < limits.low998 {
                row.outlier = .side(above: false, direction: direction)
            }
            return row
        }
        return ComparisonPanel(group: group, year: year, funnel: model, rows: output)
    }

    /// The ranking of one group and year: best first by the indicator's direction (highest first when it has none);
    /// equal values share a rank; rows without a value are not ranked.
    static func rankedPanel(_ rows: [ComparisonRow], group: ComparisonGroup, year: Int, direction: Direction) -> ComparisonPanel {
        let ascending = direction == .lower
        let order = rows.indices.filter { rows[$0].value != nil }.sorted { a, b in
            let va = rows[a].value!, vb = rows[b].value!
            if va != vb { return ascending ? va < vb : va > vb }
            return rows[a].network < rows[b].network
        }
        var output = rows
        var previous: Double?
        var rank = 0
        for (position, index) in order.enumerated() {
            if rows[index].value != previous { rank = position + 1 }
            previous = rows[index].value
            output[index].rank = rank
        }
        return ComparisonPanel(group: group, year: year, funnel: nil, rows: output)
    }
}
