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

    /// The key of its words in the catalogue's texts files (`result_note.<key>` of `Indicators/texts.<lang>.yaml`).
    public var key: String {
        switch self {
        case .servicesFromApril2024: "services_from_april_2024"
        case .pricedAtEarlierTariffs: "priced_at_earlier_tariffs"
        case .twoPsychologistSessionsNotReported: "two_psychologist_sessions_not_reported"
        }
    }

    /// The values of its `{name}` placeholders.
    public var parameters: [String: String] {
        switch self {
        case .servicesFromApril2024, .twoPsychologistSessionsNotReported: [:]
        case .pricedAtEarlierTariffs(let year, let tariffYear): ["year": String(year), "tariff_year": String(tariffYear)]
        }
    }

    /// One note of each kind: every key a texts file must give.
    public static let examples: [ResultNote] = [
        .servicesFromApril2024, .pricedAtEarlierTariffs(year: 2025, tariffYear: 2024), .twoPsychologistSessionsNotReported,
    ]
}
