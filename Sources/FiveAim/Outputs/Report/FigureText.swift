/// Writes engine results as report text: the value in its unit, the status words, the reason footnotes, and a reference
/// (`indicator|network|period|field`) so that every figure can be traced back to the engine.
struct FigureText {
    let texts: ReportTexts
    let catalogue: Catalogue
    let disclosure: DisclosurePolicy

    /// The reference of one field of a result.
    static func ref(_ result: IndicatorResult, _ field: String) -> String {
        "\(result.indicator)|\(result.network)|\(result.period)|\(field)"
    }

    /// How many decimals and which style a value of `definition` is written with.
    enum Style {
        case percent, decimal(Int), count, euros
    }

    /// The style of an indicator's value, from its unit: shares as percentages, euro ratios (budget use) as percentages,
    /// counts whole, other ratios with two decimals (a ratio near 1 such as the equity ratio reads `0,97 – 1,04`, never
    /// `1,0 – 1,0`), rates and days with one.
    func style(_ definition: IndicatorDefinition) -> Style {
        switch definition.unit {
        case .proportion: return .percent
        case .count:
            let scale = definition.numerator.measure.scale
            return scale > 0 ? .decimal(scale) : .count
        case .eur: return .euros
        case .per1000, .days: return .decimal(1)
        case .ratio:
            let money = definition.numerator.measure.quantity == .money && definition.denominator?.measure.quantity == .money
            return money ? .percent : .decimal(Self.ratioDecimals)
        }
    }

    /// The decimals of a ratio that is not a share of euros.
    static let ratioDecimals = 2

    /// `value` in the style of `indicator`.
    func number(_ value: Double, _ indicator: String) -> String {
        guard let definition = catalogue.indicator(indicator) else { return BelgianFormat.decimal(value, decimals: 1) }
        switch style(definition) {
        case .percent: return BelgianFormat.percent(value)
        case .decimal(let decimals): return BelgianFormat.decimal(value, decimals: decimals)
        case .count: return BelgianFormat.decimal(value, decimals: 0)
        case .euros: return BelgianFormat.euros(Money(cents: Int64((value * 100).rounded())))
        }
    }

    /// The value as displayed, rounded: used to say whether a figure went up, down or stayed the same.
    func displayed(_ result: IndicatorResult) -> String? {
        guard result.status == .ok || result.status == .censored, let value = result.value else { return nil }
        return number(value, result.indicator)
    }

    /// The value of a result, or why there is none.
    func value(_ result: IndicatorResult?, notes: inout FootnoteList) -> ReportCell {
        guard let result else { return ReportCell(texts[.notAvailable]) }
        let ref = Self.ref(result, "value")
        switch result.status {
        case .ok:
            if case .money(let money) = result.numerator, catalogue.indicator(result.indicator)?.unit == .eur {
                return ReportCell(BelgianFormat.euros(money), ref: ref)
            }
            return ReportCell(result.value.map { number($0, result.indicator) } ?? texts[.notAvailable], ref: ref)
        case .censored:
            let shown = result.value.map { number($0, result.indicator) } ?? ""
            return ReportCell(texts.text(.censoredValue, ["value": shown]), ref: ref, note: notes.add(reason(result)))
        case .suppressed:
            return ReportCell(texts[.suppressed], ref: ref, note: notes.add(reason(result)))
        case .notAvailable:
            return ReportCell(texts[.notAvailable], ref: ref, note: notes.add(reason(result)))
        }
    }

    /// A numerator or denominator as text (a count or exact euros), or the status word.
    func quantity(_ result: IndicatorResult?, _ field: String) -> ReportFragment {
        guard let result else { return ReportFragment(texts[.notAvailable]) }
        let quantity = field == "numerator" ? result.numerator : result.denominator
        guard let quantity else {
            return ReportFragment(result.status == .suppressed ? texts[.suppressed] : texts[.notAvailable], ref: Self.ref(result, field))
        }
        let measure = catalogue.indicator(result.indicator).flatMap { field == "numerator" ? $0.numerator : $0.denominator }?.measure
        if case .count(let count) = quantity, let measure, measure.scale > 0 {
            let text = BelgianFormat.decimal(Double(count) / measure.divisor, decimals: measure.scale)
            return ReportFragment(text, ref: Self.ref(result, field))
        }
        switch quantity {
        case .count(let count): return ReportFragment(BelgianFormat.count(count), ref: Self.ref(result, field))
        case .money(let money): return ReportFragment(BelgianFormat.euros(money), ref: Self.ref(result, field))
        }
    }

    /// The count of a count indicator (its numerator) as a cell.
    func count(_ result: IndicatorResult?, notes: inout FootnoteList) -> ReportCell {
        value(result, notes: &notes)
    }

    /// The 95 % interval, `12,1 – 13,4 %`, or empty.
    func interval(_ result: IndicatorResult?) -> ReportCell {
        guard let result, result.status == .ok, let low = result.ciLow, let high = result.ciHigh else { return ReportCell("") }
        return ReportCell(number(low, result.indicator) + " – " + number(high, result.indicator), ref: Self.ref(result, "ci"))
    }

    /// The months of a period within one year in short names: `janv.–oct.`, or `mars` for one month.
    func monthRange(_ period: ReportPeriod) -> String {
        let first = texts.format.shortMonth(period.first.month), last = texts.format.shortMonth(period.last.month)
        return period.first == period.last ? first : texts.text(.monthRange, ["first": first, "last": last])
    }

    /// The target of an indicator with who sets it: `≤ 45,0 % (convention, art. 14 §3)`, `≥ 80,0 % (objectif du réseau)`,
    /// or empty. Only a target with an article is called the convention's.
    func target(_ definition: IndicatorDefinition) -> String {
        guard let target = definition.target else { return "" }
        var parts: [String] = []
        if let min = target.min { parts.append("≥ " + number(min, definition.id)) }
        if let max = target.max { parts.append("≤ " + number(max, definition.id)) }
        let range = parts.joined(separator: " ; ")
        switch target.setBy {
        case .convention:
            guard let article = target.article else { return texts.text(.targetNetwork, ["target": range]) }
            return texts.text(.targetConvention, ["target": range, "article": texts.article(article)])
        case .network: return texts.text(.targetNetwork, ["target": range])
        case .committee: return texts.text(.targetCommittee, ["target": range])
        }
    }

    /// Why a result has no value, in the report's language (a reason the engine did not give: `reason.other`, empty).
    func reason(_ result: IndicatorResult) -> String {
        guard let reason = result.reason else {
            return result.status == .censored ? texts[.reasonCensored] : texts.text(.reasonOther, ["reason": ""])
        }
        return self.reason(reason, period: result.period)
    }

    /// A reason in the report's language; `period` is the figure's.
    func reason(_ reason: ResultReason, period: ReportPeriod) -> String {
        switch reason {
        case .missingTable(let table): texts.text(.reasonMissingTable, ["table": table.name])
        case .noNetworkRows(_, let table, _), .noRows(let table, _):
            texts.text(.reasonNoRows, ["table": table.name, "period": period.description])
        case .noNationalRows(let table, _): texts.text(.reasonNoNational, ["table": table.name])
        case .yearlyTable(let table, let period):
            period.liesWithinOneYear
                ? texts.text(.reasonNotMonthMatched, ["table": table.name, "months": monthRange(period)])
                : texts.text(.reasonYearly, ["table": table.name])
        case .noTariffs: texts.text(.reasonNoTariffs, reason.parameters)
        case .noTariff: texts.text(.reasonNoTariff, reason.parameters)
        case .noGroupCode: texts.text(.reasonNoGroupCode, reason.parameters)
        case .zeroDenominator, .zeroReferenceShare: texts[.reasonZeroDenominator]
        case .noKnownWait: texts[.reasonNoKnownWait]
        case .censoredMedian: texts[.reasonCensored]
        case .smallCell(let threshold): texts.text(.reasonSmallCell, ["max": String(threshold - 1)])
        case .complementarySuppression: texts[.reasonComplementary]
        }
    }
}

/// Numbered footnotes of one table, each text once.
struct FootnoteList {
    private(set) var texts: [String] = []

    /// The number of `text`, adding it when new.
    mutating func add(_ text: String) -> String {
        if let index = texts.firstIndex(of: text) { return String(index + 1) }
        texts.append(text)
        return String(texts.count)
    }

    /// The notes for a table.
    var notes: [ReportNote] { texts.enumerated().map { ReportNote(number: String($0.offset + 1), text: $0.element) } }
}
