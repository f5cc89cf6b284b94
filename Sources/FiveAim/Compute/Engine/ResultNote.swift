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
