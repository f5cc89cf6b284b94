/// The notes of the results of one dataset, decided once from what the dataset holds.
struct ResultNotes {
    let tariffYears: TariffYears
    let groupFeesUnderstated: Bool

    init(_ dataset: Dataset) {
        tariffYears = TariffYears(dataset)
        groupFeesUnderstated = dataset.groupSessions != nil && !dataset.twoPsychologistSessionsReported
    }

    /// The months of 2024 before the codes of functions 1–3 began (the transition of art. 21, 1 January – 31 March 2024).
    static let transitionMonths = YearMonth(year: 2024, month: 1)...YearMonth(year: 2024, month: 3)

    /// The notes of a result reading `tables` over `period`.
    func notes(tables: [TableKind], period: ReportPeriod) -> [ResultNote] {
        var notes: [ResultNote] = []
        let services: Set<TableKind> = [.activity, .groupSessions, .waits, .beneficiaries]
        if tables.contains(where: services.contains),
            period.first <= Self.transitionMonths.upperBound, period.last >= Self.transitionMonths.lowerBound
        {
            notes.append(.servicesFromApril2024)
        }
        if tables.contains(.tariffs) {
            for use in tariffYears.fallbacks where use.year >= period.first.year && use.year <= period.last.year {
                if let tariffYear = use.tariffYear { notes.append(.pricedAtEarlierTariffs(year: use.year, tariffYear: tariffYear)) }
            }
            if groupFeesUnderstated, tables.contains(.groupSessions) { notes.append(.twoPsychologistSessionsNotReported) }
        }
        return notes
    }
}
