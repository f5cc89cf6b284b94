/// Computes the catalogue's indicators from an in-memory dataset: pure, no file access, deterministic.
public struct IndicatorEngine: Sendable {
    /// The validated catalogue.
    public let catalogue: Catalogue

    /// Creates an engine for `catalogue`.
    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// Every indicator (or those of `ids`) for every network in force and `BE`, for each period, sorted.
    /// No disclosure control is applied here (see `Disclosure`).
    public func evaluate(_ dataset: Dataset, periods: [ReportPeriod], ids: [String]? = nil) -> [IndicatorResult] {
        let evaluator = MeasureEvaluator(dataset: dataset, pseudocodes: catalogue.pseudocodes, periods: periods)
        // Indicators, networks and periods each in output order, so that the results come out sorted.
        let networks = (dataset.networks.map(\.code).filter { $0 != Network.nationalCode } + [Network.nationalCode]).sorted()
        let periodOrder = periods.indices.sorted { (periods[$0].first, periods[$0].last) < (periods[$1].first, periods[$1].last) }
        let selected = catalogue.indicators.filter { ids?.contains($0.id) ?? true }.sorted { $0.id < $1.id }
        let preparedIndicators = selected.map { PreparedIndicator($0, evaluator: evaluator) }
        let notes = ResultNotes(dataset)
        // Per indicator and period: the notes depend on nothing else, so networks share them.
        let notesByPeriod = selected.map { indicator in periods.map { notes.notes(tables: indicator.requires, period: $0) } }
        var results: [IndicatorResult] = []
        results.reserveCapacity(selected.count * networks.count * periods.count)
        for (index, (indicator, prepared)) in zip(selected, preparedIndicators).enumerated() {
            for network in networks {
                for period in periodOrder {
                    var result = evaluate(
                        indicator, prepared: prepared, network: network, period: period, periods: periods, evaluator: evaluator)
                    result.notes = notesByPeriod[index][period]
                    results.append(result)
                }
            }
        }
        return sortedResults(results)
    }

    /// An indicator's measures prepared once for all its cells, and its formula text.
    private struct PreparedIndicator {
        let formula: String
        let numerator: MeasureEvaluator.PreparedMeasure
        let denominator: MeasureEvaluator.PreparedMeasure?
        let referenceNumerator: MeasureEvaluator.PreparedMeasure?
        let referenceDenominator: MeasureEvaluator.PreparedMeasure?
        /// For `histogram_median`: the numerator restricted to each known bucket, in bucket order.
        let buckets: [MeasureEvaluator.PreparedMeasure]

        /// Every measure the indicator reads.
        var measures: [MeasureEvaluator.PreparedMeasure] {
            [numerator] + [denominator, referenceNumerator, referenceDenominator].compactMap { $0 } + buckets
        }

        init(_ indicator: IndicatorDefinition, evaluator: MeasureEvaluator) {
            formula = indicator.formula
            numerator = evaluator.prepare(indicator.numerator)
            denominator = indicator.denominator.map(evaluator.prepare)
            referenceNumerator = indicator.referenceNumerator.map(evaluator.prepare)
            referenceDenominator = indicator.referenceDenominator.map(evaluator.prepare)
            buckets =
                indicator.method != .histogramMedian
                ? []
                : WaitBucket.allCases.filter { $0 != .unknown }.map { bucket in
                    var spec = indicator.numerator
                    spec.buckets = [bucket]
                    return evaluator.prepare(spec)
                }
        }
    }

    private func evaluate(
        _ indicator: IndicatorDefinition, prepared: PreparedIndicator, network: String, period: Int, periods: [ReportPeriod],
        evaluator: MeasureEvaluator
    ) -> IndicatorResult {
        var result = IndicatorResult(
            indicator: indicator.id, aim: indicator.aim, network: network, period: periods[period], unit: indicator.unit,
            status: .ok, formula: prepared.formula, article: indicator.article, tables: indicator.requires)
        func unavailable(_ reason: ResultReason) -> IndicatorResult {
            var copy = result
            copy.status = .notAvailable
            copy.reason = reason
            copy.value = nil
            copy.ciLow = nil
            copy.ciHigh = nil
            return copy
        }
        let numerator = evaluator.outcome(prepared.numerator, network: network, period: period)
        result.numerator = numerator.quantity

        switch indicator.method {
        case .sum:
            guard numerator.quantity != nil else { return unavailable(numerator.reason!) }
            Self.finish(&result, indicator: indicator)
            return result

        case .histogramMedian:
            var counts: [Int64] = []
            for bucket in prepared.buckets {
                switch evaluator.outcome(bucket, network: network, period: period) {
                case .unavailable(let reason): return unavailable(reason)
                case .value(let quantity):
                    guard let count = quantity.count else { preconditionFailure("wait measures are counts") }
                    counts.append(count)
                }
            }
            result.numerator = .count(counts.reduce(0, +))
            result.histogram = counts
            Self.finish(&result, indicator: indicator)
            return result

        case .ratio, .ratioOfRatios:
            guard let denominatorMeasure = prepared.denominator else { preconditionFailure("validated ratios have a denominator") }
            let denominator = evaluator.outcome(denominatorMeasure, network: network, period: period)
            result.denominator = denominator.quantity
            if indicator.method == .ratioOfRatios, let referenceNumerator = prepared.referenceNumerator,
                let referenceDenominator = prepared.referenceDenominator
            {
                let top = evaluator.outcome(referenceNumerator, network: network, period: period)
                let bottom = evaluator.outcome(referenceDenominator, network: network, period: period)
                result.referenceNumerator = top.quantity
                result.referenceDenominator = bottom.quantity
                guard top.quantity != nil, bottom.quantity != nil else { return unavailable(top.reason ?? bottom.reason!) }
            }
            guard numerator.quantity != nil else { return unavailable(numerator.reason!) }
            guard denominator.quantity != nil else { return unavailable(denominator.reason!) }
            Self.finish(&result, indicator: indicator)
            return result
        }
    }

    /// Computes a result's value, interval and status from its quantities (numerator, denominator, reference share, wait
    /// histogram), which must be present. The engine calls it on the exact quantities; disclosure control calls it again
    /// on the published (rounded) ones, so that a published value never gives an unrounded count back.
    public static func finish(_ result: inout IndicatorResult, indicator: IndicatorDefinition) {
        func unavailable(_ reason: ResultReason) {
            result.status = .notAvailable
            result.reason = reason
            result.value = nil
            result.ciLow = nil
            result.ciHigh = nil
            result.interval = nil
        }
        result.value = nil
        result.ciLow = nil
        result.ciHigh = nil
        result.interval = nil
        if result.status == .censored {
            result.status = .ok
            result.reason = nil
        }
        switch indicator.method {
        case .sum:
            result.value = result.numerator.map { $0.doubleValue / indicator.numerator.measure.divisor }
        case .histogramMedian:
            let counts = result.histogram ?? []
            guard counts.reduce(0, +) > 0 else { return unavailable(.noKnownWait) }
            let median = histogramMedian(counts)
            result.value = median.value
            if median.censored {
                result.status = .censored
                result.reason = .censoredMedian
            }
        case .ratio, .ratioOfRatios:
            guard let top = result.numerator, let bottom = result.denominator else { return }
            if bottom.isZero { return unavailable(.zeroDenominator) }
            var value = top.doubleValue / bottom.doubleValue
            let divisors = (indicator.numerator.measure.divisor, indicator.denominator?.measure.divisor ?? 1)
            if divisors != (1, 1) {
                // A decimal measure (full-time equivalents): the value in its units, no interval (counts of people only).
                result.value = value / divisors.0 * divisors.1
                return
            }
            if indicator.method == .ratioOfRatios, let referenceTop = result.referenceNumerator,
                let referenceBottom = result.referenceDenominator
            {
                if referenceBottom.isZero || referenceTop.isZero { return unavailable(.zeroReferenceShare) }
                let share = referenceTop.doubleValue / referenceBottom.doubleValue
                value /= share
                if let x = top.count, let n = bottom.count, let interval = Statistics.wilson(successes: x, trials: n) {
                    result.ciLow = interval.low / share
                    result.ciHigh = interval.high / share
                    result.interval = .wilsonOverReference
                }
            } else if indicator.unit == .per1000 {
                value *= 1000
                if let x = top.count {
                    let interval = Statistics.poissonExact(count: x)
                    result.ciLow = interval.low / bottom.doubleValue * 1000
                    result.ciHigh = interval.high / bottom.doubleValue * 1000
                    result.interval = .exactPoisson
                }
            } else if indicator.unit == .proportion, let x = top.count, let n = bottom.count,
                let interval = Statistics.wilson(successes: x, trials: n)
            {
                result.ciLow = interval.low
                result.ciHigh = interval.high
                result.interval = .wilson
            }
            result.value = value
        }
    }

    /// The median of a wait histogram over the buckets 0-7 … 91+ (six counts), linear inside
    /// [0,8) [8,15) [15,31) [31,61) [61,91); when it falls in 91+, 91 and censored.
    public static func histogramMedian(_ counts: [Int64]) -> (value: Double, censored: Bool) {
        let bounds: [(Double, Double)] = [(0, 8), (8, 15), (15, 31), (31, 61), (61, 91)]
        let total = counts.reduce(0, +)
        let half = Double(total) / 2
        var before = 0.0
        for (index, bound) in bounds.enumerated() where index < counts.count {
            let count = Double(counts[index])
            if count > 0, before + count >= half {
                return (bound.0 + (half - before) / count * (bound.1 - bound.0), false)
            }
            before += count
        }
        return (91, true)
    }
}
