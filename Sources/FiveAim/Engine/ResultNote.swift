/// Something a reader of one indicator result must know about how its figure was made: a typed value, written out in
/// each output's words (English in `indicators`' json and table formats).
public enum ResultNote: Sendable, Hashable {
    /// The period covers January–March 2024, before the codes of functions 1–3 began (1 April 2024): art. 14 applies
    /// from 1 January 2024, but the transition of art. 21 kept the 2021 convention's codes until 31 March 2024.
    case servicesFromApril2024
    /// Services of `year` priced at the tariffs of `tariffYear`, the year having none of its own (art. 17).
    case pricedAtEarlierTariffs(year: Int, tariffYear: Int)
    /// `group_sessions` does not report sessions led by two psychologists: each session carries one group fee (art. 15 §2 3°).
    case twoPsychologistSessionsNotReported

    /// The note in English.
    public var text: String {
        switch self {
        case .servicesFromApril2024:
            "2024 figures cover April–December: function 1–3 codes start in April 2024 (art. 21 transition until 31 March 2024; art. 14 applies from 1 January 2024)"
        case .pricedAtEarlierTariffs(let year, let tariffYear):
            "\(year) priced at \(tariffYear) tariffs: no \(year) tariffs shipped or supplied (art. 17)"
        case .twoPsychologistSessionsNotReported:
            "two-psychologist group sessions not reported (group_sessions has no sessions_two_psychologists): one group fee per session (art. 15 §2 3°)"
        }
    }
}

/// The notes of the results of one dataset, decided once from what the dataset holds.
struct ResultNotes {
    let tariffYears: TariffYears
    let groupFeesUnderstated: Bool

    init(_ dataset: Dataset) {
        tariffYears = TariffYears(dataset)
        groupFeesUnderstated = dataset.groupSessions != nil && !dataset.twoPsychologistSessionsReported
    }

    /// The first month of the convention's codes of functions 1–3, and the months before it in 2024.
    static let transitionMonths = YearMonth(year: 2024, month: 1)...YearMonth(year: 2024, month: 3)

    /// The notes of a result reading `tables` over `period`.
    func notes(tables: [TableKind], period: ReportPeriod) -> [ResultNote] {
        var notes: [ResultNote] = []
        let services: Set<TableKind> = [.activity, .groupSessions, .waits, .beneficiaries]
        if tables.contains(where: services.contains),
           period.first <= Self.transitionMonths.upperBound, period.last >= Self.transitionMonths.lowerBound {
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
