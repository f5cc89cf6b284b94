/// What a check's message adds to the rule's title so that a reader can judge the finding; each note's text is in
/// `Indicators/texts.<lang>.yaml` (`check_note.*`), and the rule's own `note` of `checks.yaml` follows them.
enum CheckNote: Sendable, Hashable {
    /// The year the convention's codes start in: its figures cover `first` to December (art. 21 transition).
    case conventionStartYear(first: YearMonth)
    /// A year whose data stop before December: the figures cover `first`…`last` only.
    case partialYear(first: YearMonth, last: YearMonth)
    /// A growth rule on a partial year: both years taken over the same months, the yearly line prorated by `months`/12.
    case sameMonthsCompared(first: YearMonth, last: YearMonth, months: Int)
    /// A rule whose article's text holds until `lastYear`, checked in `year` as the follow-up committee's reading.
    case articleReplaced(lastYear: Int, year: Int)

    /// The note in the language of `texts` (`Indicators/texts.<lang>.yaml`, `check_note.*`).
    func text(_ texts: LanguageTexts<CatalogueTextKey>) -> String {
        switch self {
        case .conventionStartYear(let first):
            let months = Self.range(first, YearMonth(year: first.year, month: 12), texts)
            return texts.text(
                .conventionStartYear, ["year": String(first.year), "months": months, "month": Self.name(first.month, texts)])
        case .partialYear(let first, let last):
            return texts.text(.partialYear, ["year": String(first.year), "months": Self.range(first, last, texts)])
        case .articleReplaced(let lastYear, let year):
            return texts.text(.articleReplaced, ["last_year": String(lastYear), "year": String(year)])
        case .sameMonthsCompared(let first, let last, let months):
            let range = Self.range(first, last, texts)
            return texts.text(
                .sameMonths,
                ["current": "\(range) \(first.year)", "previous": "\(range) \(first.year - 1)", "months": String(months)])
        }
    }

    /// `avril–décembre`, `April–December`, or one month's name.
    private static func range(_ first: YearMonth, _ last: YearMonth, _ texts: LanguageTexts<CatalogueTextKey>) -> String {
        first.month == last.month
            ? name(first.month, texts) : texts.text(.monthRange, ["first": name(first.month, texts), "last": name(last.month, texts)])
    }

    private static func name(_ month: Int, _ texts: LanguageTexts<CatalogueTextKey>) -> String {
        guard let names = texts.lists["months"] else { preconditionFailure("catalogue texts were validated to have twelve months") }
        return names[month - 1]
    }
}
