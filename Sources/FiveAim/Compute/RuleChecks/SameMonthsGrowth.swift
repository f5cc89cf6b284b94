/// The `grows_from_previous_year` comparison (2026 amendment, art. 14 §1 b a.: "une part croissante" of the art. 8 line):
/// numerator ÷ yearly denominator must be above zero and above the previous year's. When either year lacks months of
/// data (a year still running, or 2024 that starts in April), both years are taken over the months they share, each
/// yearly denominator prorated by months/12 — the proration cancels in the comparison, which is exact (cents).
struct SameMonthsGrowth {
    /// For each year checked: the months of the year that both it and the year before have data for (nil: none).
    private let sharedMonths: [Int: ClosedRange<Int>]
    /// Numerators over the shared months, by `indicator|network|period`, for years where those are not all twelve.
    private let partialNumerators: [String: Quantity]

    /// Prepares the partial-year numerators of `rules` for `years`.
    init(_ dataset: Dataset, catalogue: Catalogue, rules: [ConventionRule], years: [Int]) {
        var shared: [Int: ClosedRange<Int>] = [:]
        var periods: Set<ReportPeriod> = []
        if let covered = dataset.monthsCovered {
            func months(_ year: Int) -> ClosedRange<Int>? {
                guard covered.lowerBound.year <= year, year <= covered.upperBound.year else { return nil }
                return
                    (covered.lowerBound.year == year ? covered.lowerBound.month : 1)...(covered.upperBound.year == year
                    ? covered.upperBound.month : 12)
            }
            for year in years {
                guard let current = months(year), let before = months(year - 1) else { continue }
                let first = max(current.lowerBound, before.lowerBound), last = min(current.upperBound, before.upperBound)
                guard first <= last else { continue }
                shared[year] = first...last
                if first != 1 || last != 12 {
                    for y in [year - 1, year] {
                        periods.insert(ReportPeriod(first: YearMonth(year: y, month: first), last: YearMonth(year: y, month: last)))
                    }
                }
            }
        }
        sharedMonths = shared
        // The numerator alone, as a sum: its monthly table reads any run of months (the yearly denominator would not).
        let numerators = rules.compactMap { catalogue.indicator($0.indicator) }.map { definition -> IndicatorDefinition in
            var numerator = definition
            numerator.denominator = nil
            numerator.method = .sum
            numerator.unit = definition.numerator.measure.quantity == .count ? .count : .eur
            return numerator
        }
        var partial: [String: Quantity] = [:]
        if !periods.isEmpty, !numerators.isEmpty {
            var derived = catalogue
            derived.indicators = numerators
            for result in IndicatorEngine(catalogue: derived).evaluate(dataset, periods: periods.sorted()) {
                if let numerator = result.numerator { partial["\(result.indicator)|\(result.network)|\(result.period)"] = numerator }
            }
        }
        partialNumerators = partial
    }

    /// The breach of `rule` by `network` in `year`, given the full-year results `current` and `previous` (nil: none).
    func breach(
        _ rule: ConventionRule, network: String, year: Int, current: IndicatorResult,
        previous: IndicatorResult?
    ) -> RuleBreach? {
        guard let numerator = current.numerator, let denominator = current.denominator else { return nil }
        if numerator.isZero {
            return RuleBreach(observed: .value(0), limit: .above(.count(0)), notes: [])
        }
        guard let months = sharedMonths[year], let previous, previous.status == .ok,
            let before = previous.denominator, !before.isZero, !denominator.isZero
        else { return nil }
        var notes: [CheckNote] = []
        var now: Quantity? = numerator, then = previous.numerator
        if months.count != 12 {
            let first = YearMonth(year: year, month: months.lowerBound), last = YearMonth(year: year, month: months.upperBound)
            now = partialNumerators["\(rule.indicator)|\(network)|\(ReportPeriod(first: first, last: last))"]
            let earlier = ReportPeriod(
                first: YearMonth(year: year - 1, month: months.lowerBound), last: YearMonth(year: year - 1, month: months.upperBound))
            then = partialNumerators["\(rule.indicator)|\(network)|\(earlier)"]
            notes.append(.sameMonthsCompared(first: first, last: last, months: months.count))
        }
        // Both years over the same months, or no comparison at all (never one year's months against another's).
        guard let now, let then else { return nil }
        // share = numerator ÷ (yearly line × k/12); the same k on both sides, so the comparison is numerator × line.
        let share = Self.share(now, denominator, months: months.count), shareBefore = Self.share(then, before, months: months.count)
        guard !share.exceeds(shareBefore) else { return nil }
        return RuleBreach(observed: Self.number(share), limit: .above(Self.number(shareBefore)), notes: notes)
    }

    /// numerator ÷ (denominator × months/12), exactly.
    private static func share(_ numerator: Quantity, _ denominator: Quantity, months: Int) -> ExactValue {
        let top = ExactValue.of(numerator), bottom = ExactValue.of(denominator)
        let value = ExactValue(top: top.top * bottom.bottom * 12, bottom: top.bottom * bottom.top * Int128(months))
        return value.bottom < 0 ? ExactValue(top: -value.top, bottom: -value.bottom) : value
    }

    /// A share as a finding's number.
    private static func number(_ value: ExactValue) -> CheckNumber { .value(Double(value.top) / Double(value.bottom)) }
}
