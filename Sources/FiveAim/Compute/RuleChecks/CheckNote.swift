/// What a check's message adds to the rule's title so that a reader can judge the finding; each note has its text in
/// French, Dutch and English here, and the rule's own `note` of `checks.yaml` follows them.
enum CheckNote: Sendable, Hashable {
    /// The year the convention's codes start in: its figures cover `first` to December (art. 21 transition).
    case conventionStartYear(first: YearMonth)
    /// A year whose data stop before December: the figures cover `first`…`last` only.
    case partialYear(first: YearMonth, last: YearMonth)
    /// A growth rule on a partial year: both years taken over the same months, the yearly line prorated by `months`/12.
    case sameMonthsCompared(first: YearMonth, last: YearMonth, months: Int)
    /// A rule whose article's text holds until `lastYear`, checked in `year` as the follow-up committee's reading.
    case articleReplaced(lastYear: Int, year: Int)

    /// The note in `language`.
    func text(in language: Language) -> String {
        switch self {
        case .conventionStartYear(let first):
            let months = Self.range(first, YearMonth(year: first.year, month: 12), language)
            return Labels(
                fr:
                    "les chiffres \(first.year) couvrent \(months) : les codes des fonctions 1 à 3 commencent en \(Self.name(first.month, .fr)) \(first.year) (art. 21)",
                nl:
                    "de cijfers van \(first.year) dekken \(months): de codes van functies 1 tot 3 beginnen in \(Self.name(first.month, .nl)) \(first.year) (art. 21)",
                en:
                    "\(first.year) figures cover \(months): the codes of functions 1–3 start in \(Self.name(first.month, .en)) \(first.year) (art. 21)"
            ).text(in: language)
        case .partialYear(let first, let last):
            let months = Self.range(first, last, language)
            return Labels(
                fr: "les chiffres \(first.year) couvrent \(months) seulement",
                nl: "de cijfers van \(first.year) dekken alleen \(months)",
                en: "\(first.year) figures cover \(months) only"
            ).text(in: language)
        case .articleReplaced(let lastYear, let year):
            return Labels(
                fr:
                    "le texte cité vaut jusqu’en \(lastYear) : l’avenant 2026 (art. 2) remplace l’art. 14 par un nouveau §1 seulement ; la règle est appliquée en \(year) comme lecture du comité d’accompagnement, non comme texte de la convention",
                nl:
                    "de geciteerde tekst geldt tot \(lastYear): de wijzigingsclausule 2026 (art. 2) vervangt art. 14 door alleen een nieuwe §1; de regel wordt in \(year) toegepast als lezing van het begeleidingscomité, niet als tekst van de overeenkomst",
                en:
                    "the cited text holds until \(lastYear): the 2026 amendment (art. 2) replaces art. 14 by a new §1 only; the rule is applied in \(year) as the follow-up committee's reading, not as the convention's text"
            ).text(in: language)
        case .sameMonthsCompared(let first, let last, let months):
            let current = Self.range(first, last, language) + " \(first.year)"
            let previous = Self.range(first, last, language) + " \(first.year - 1)"
            return Labels(
                fr: "comparé sur les mêmes mois (\(current) et \(previous)), ligne budgétaire annuelle proratisée à \(months)/12",
                nl: "vergeleken over dezelfde maanden (\(current) en \(previous)), jaarlijkse budgetlijn pro rata \(months)/12",
                en: "compared over the same months (\(current) and \(previous)), the yearly budget line prorated to \(months)/12"
            ).text(in: language)
        }
    }

    /// `avril–décembre`, `April–December`, or one month's name.
    private static func range(_ first: YearMonth, _ last: YearMonth, _ language: Language) -> String {
        first.month == last.month ? name(first.month, language) : name(first.month, language) + "–" + name(last.month, language)
    }

    private static func name(_ month: Int, _ language: Language) -> String {
        let names: [String] =
            switch language {
            case .fr:
                ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
            case .nl:
                [
                    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
                    "december",
                ]
            case .en:
                ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            }
        return names[month - 1]
    }
}
