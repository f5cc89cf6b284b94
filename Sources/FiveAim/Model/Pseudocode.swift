/// An Annex 1 pseudocode with the attributes that decide how its units are counted.
public struct Pseudocode: Sendable, Hashable {
    /// The six-digit code.
    public var code: Int
    /// Its function.
    public var function: CareFunction
    /// Individual, group, co-facilitation, mission or administrative.
    public var modality: Modality
    /// Practice, outreach site, home, remote or unspecified.
    public var setting: Setting
    /// Whether it is a first-session code.
    public var isFirstSession: Bool
    /// Whether the session is with relatives (entourage / context).
    public var withRelatives: Bool
    /// Who attests it.
    public var providerRole: ProviderRole
    /// What one unit counts.
    public var unit: UnitKind
    /// The first month the code can be attested.
    public var validFrom: YearMonth
    /// Labels in every `Language` (French, Dutch, German, English).
    public var labels: Labels

    /// Whether participants are not registered, so age band and status must be `unknown`:
    /// community groups (function 1), co-facilitation and support missions.
    public var hasUnregisteredParticipants: Bool {
        modality == .cofacilitation || modality == .mission || (modality == .group && function == .community)
    }
}

/// A text in every language FiveAim speaks (`Language`), e.g. a catalogue `title: {fr, nl, de, en}`.
public struct Labels: Sendable, Hashable {
    /// The text by language (every `Language` once validated).
    public var texts: [Language: String]

    /// Creates labels from a text per language.
    public init(_ texts: [Language: String]) { self.texts = texts }

    /// The text in `language`.
    public subscript(_ language: Language) -> String {
        guard let text = texts[language] else { preconditionFailure("labels were validated to have '\(language.rawValue)'") }
        return text
    }

    /// The same text in every language (codes and names that are not translated).
    public static func same(_ text: String) -> Labels { Labels(Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, text) })) }
}

/// An operating-cost centre of art. 14 §2 (pseudocodes 727112 … 727285).
public struct CostCentre: Sendable, Hashable {
    /// The six-digit code.
    public var code: Int
    /// The article it comes from, e.g. `art. 14 §2 5°`.
    public var article: String
    /// Labels in every `Language` (French, Dutch, German, English).
    public var labels: Labels
}
