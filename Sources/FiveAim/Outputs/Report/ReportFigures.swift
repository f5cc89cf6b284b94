/// Every figure a batch of annual reports shows, computed once by the engine for all networks (so disclosure control sees the
/// full table) and looked up per network: the year and the one before, each month of both, and the rule checks.
public struct ReportFigures: Sendable {
    /// The reported calendar year.
    public let year: Int
    /// The disclosure rule applied to every result.
    public let disclosure: DisclosurePolicy
    /// The catalogue with the report's breakdowns.
    public let catalogue: Catalogue
    /// Rule breaches and notes for the year, per network (`all` for notes about every network).
    public let findings: [CheckFinding]
    /// Optional tables the dataset lacks, with the indicators each disables.
    public let missingTables: [TableKind: [String]]
    /// The months of the year with activity in the dataset, when any.
    public let monthsCovered: ClosedRange<YearMonth>?
    /// The tariff year each year's services are priced at (art. 17), as the CLI's warnings say it.
    public let tariffYears: TariffYears
    /// Whether `group_sessions` is present without `sessions_two_psychologists` (group fees priced once per session).
    public let twoPsychologistSessionsMissing: Bool
    /// What the year is compared with: the whole year before, or, when the year's data do not cover its twelve months, the
    /// same months of the year before (January–October 2026 against January–October 2025).
    public let previousPeriod: ReportPeriod
    private let byKey: [String: IndicatorResult]

    /// The indicators drawn month by month (the trend chart).
    public static let monthlyIndicators = ["individual_sessions"]

    /// Computes the figures of `year` and `year − 1` for every network and `BE`, with `disclosure` applied, and the rule checks.
    /// `limits` overrides rule limits by rule id, as `fiveaim checks --wait-target` does.
    public static func compute(
        _ dataset: Dataset, catalogue: Catalogue, year: Int, disclosure: DisclosurePolicy,
        limits: [String: Double] = [:], language: Language
    ) -> ReportFigures {
        let covered = dataset.monthsCovered.flatMap { range -> ClosedRange<YearMonth>? in
            let first = max(range.lowerBound, YearMonth(year: year, month: 1)),
                last = min(range.upperBound, YearMonth(year: year, month: 12))
            return first <= last ? first...last : nil
        }
        let previousPeriod = matchedPreviousPeriod(year: year, covered: covered)
        let engine = IndicatorEngine(catalogue: catalogue)
        // The whole year before is still computed (the budget allocation and tests read it); the matched months are added.
        let periods = [.year(year - 1), .year(year)] + (previousPeriod == .year(year - 1) ? [] : [previousPeriod])
        let yearly = engine.report(dataset, request: IndicatorRequest(periods: periods, disclosure: disclosure))
        let months = (year - 1...year).flatMap { y in (1...12).map { YearMonth(year: y, month: $0) } }
        let monthly = engine.report(
            dataset,
            request: IndicatorRequest(
                periods: months.map { ReportPeriod(first: $0, last: $0) },
                indicatorIDs: monthlyIndicators, disclosure: disclosure))
        let ages = engine.report(
            dataset,
            request: IndicatorRequest(
                periods: [.year(year - 1), .year(year)],
                indicatorIDs: GroupComparison.indicators.filter { catalogue.indicator($0) != nil }))
        let groups = Disclosure.apply(
            GroupComparison.pooled(ages.results, networks: dataset.networks), catalogue: catalogue, policy: disclosure)
        var byKey: [String: IndicatorResult] = [:]
        for result in yearly.results + monthly.results + groups { byKey[key(result.indicator, result.network, result.period)] = result }
        let findings = ConventionChecks.evaluate(
            dataset, catalogue: catalogue, years: [year], limits: limits, language: language,
            disclosure: disclosure)
        return ReportFigures(
            year: year, disclosure: disclosure, catalogue: catalogue, findings: findings,
            // A table listed only when present (`outreach_sites`, v1.1) is said missing by its own section, not here.
            missingTables: catalogue.disabledIndicators(for: dataset).filter { $0.key.isListedWhenMissing }, monthsCovered: covered,
            tariffYears: TariffYears(dataset),
            twoPsychologistSessionsMissing: dataset.groupSessions != nil && !dataset.twoPsychologistSessionsReported,
            previousPeriod: previousPeriod, byKey: byKey)
    }

    /// The months of `year − 1` that `year` is compared with: those of `covered` (the year's months with data) a year
    /// earlier, or the whole year when `covered` is all twelve months or unknown.
    public static func matchedPreviousPeriod(year: Int, covered: ClosedRange<YearMonth>?) -> ReportPeriod {
        guard let covered, covered.lowerBound.month != 1 || covered.upperBound.month != 12 else { return .year(year - 1) }
        return ReportPeriod(
            first: YearMonth(year: year - 1, month: covered.lowerBound.month),
            last: YearMonth(year: year - 1, month: covered.upperBound.month))
    }

    /// Whether the year is compared with only some months of the year before (its data do not cover twelve months).
    public var previousIsMonthMatched: Bool { previousPeriod.calendarYear == nil }

    /// The result of `indicator` for `network` (or `BE`) in `period`, as disclosed.
    public func result(_ indicator: String, network: String, period: ReportPeriod) -> IndicatorResult? {
        byKey[Self.key(indicator, network, period)]
    }

    /// The result for the reported year.
    public func current(_ indicator: String, _ network: String) -> IndicatorResult? {
        result(indicator, network: network, period: .year(year))
    }

    /// The result for the year before, over the months the year is compared with (`previousPeriod`): a figure of a yearly
    /// table is not available for fewer than twelve months (`ResultReason.yearlyTable`).
    public func previous(_ indicator: String, _ network: String) -> IndicatorResult? {
        result(indicator, network: network, period: previousPeriod)
    }

    /// The period a column headed by year `y` shows: the reported year whole, the year before over the months it is
    /// compared with (`previousPeriod`).
    public func period(ofColumn y: Int) -> ReportPeriod { y == year ? .year(y) : previousPeriod }

    /// The national (`BE`) result for the reported year.
    public func national(_ indicator: String) -> IndicatorResult? { current(indicator, Network.nationalCode) }

    /// What `network`'s figure is compared with: its group's pooled result for an age-dependent indicator
    /// (`GroupComparison`), else the national one.
    public func comparison(_ indicator: String, for network: Network) -> IndicatorResult? {
        guard GroupComparison.indicators.contains(indicator) else { return national(indicator) }
        return current(indicator, GroupComparison.code(GroupComparison.group(of: network)))
    }

    private static func key(_ indicator: String, _ network: String, _ period: ReportPeriod) -> String {
        "\(indicator)|\(network)|\(period)"
    }
}
