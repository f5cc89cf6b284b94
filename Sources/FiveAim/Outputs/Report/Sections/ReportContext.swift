/// What every section of one report shares: its texts and figures, the frame (period, audience, placeholders) and the
/// helpers that turn an indicator into a cell, a sentence or a table.
struct ReportContext {
    /// The texts of the report's language.
    let texts: ReportTexts
    /// The figures of the batch.
    let figures: ReportFigures
    /// The months with data in the dataset (months after the last are not drawn as zeros).
    let dataMonths: ClosedRange<YearMonth>?
    /// The month of the run: months whose attestation period (art. 14 §4) had not closed by then are named as provisional.
    let runMonth: YearMonth

    var catalogue: Catalogue { figures.catalogue }
    var year: Int { figures.year }
    var figure: FigureText { FigureText(texts: texts, catalogue: catalogue, disclosure: figures.disclosure) }

    // MARK: Frame

    func placeholder(_ key: ReportTextKey) -> ReportPlaceholder {
        ReportPlaceholder(label: texts[.placeholderLabel], hint: texts[key])
    }

    func audienceNote() -> String {
        switch figures.disclosure.audience {
        case .network: texts[.audienceNetwork]
        case .committee, .research: texts.text(.audienceCommittee, ["max": String(figures.disclosure.threshold - 1)])
        }
    }

    func periodNote() -> String {
        guard let months = dataMonths else { return texts[.periodNone] }
        let first = max(months.lowerBound, YearMonth(year: year, month: 1)), last = min(months.upperBound, YearMonth(year: year, month: 12))
        guard first <= last else { return texts.text(.periodNone, ["year": String(year)]) }
        let covered =
            first.month == 1 && last.month == 12
            ? texts.text(.periodFull, ["year": String(year)])
            : texts.text(.periodPartial, ["from": texts.format.month(first), "to": texts.format.month(last)])
        let provisional = ProvisionalMonths.months(first...last, runMonth: runMonth)
        guard !provisional.isEmpty else { return covered }
        return covered + " " + texts.text(.periodProvisional, ["months": provisional.map(texts.format.month).joined(separator: ", ")])
    }

    /// The header of the year before: `2025`, or `2025 (janv.–oct.)` when the year is compared over the months of its data.
    var previousLabel: String {
        let period = figures.previousPeriod
        guard figures.previousIsMonthMatched else { return String(year - 1) }
        return texts.text(.columnPreviousMonths, ["year": String(period.first.year), "months": figure.monthRange(period)])
    }

    func title(_ id: String) -> String { catalogue.indicator(id)?.title.text(in: texts.language) ?? id }

    /// A missing-data paragraph when every result of `ids` is unavailable for a missing table, else nil.
    func missingParagraph(_ ids: [String], _ network: String) -> ReportParagraph? {
        let results = ids.map { figures.current($0, network) }
        guard !results.isEmpty, results.allSatisfy({ $0 == nil || $0!.status == .notAvailable }) else { return nil }
        let reasons = Set(results.compactMap { $0.map { figure.reason($0) } }).sorted()
        return ReportParagraph([ReportFragment(texts.text(.sectionMissing, ["reasons": reasons.joined(separator: " ; ")]))])
    }

    // MARK: Tables and sentences

    func indicatorTable(id: String, ids: [String], network owner: Network) -> ReportTable {
        let network = owner.code
        var notes = FootnoteList()
        let columns = [
            ReportColumn(texts[.columnIndicator], numeric: false), ReportColumn(String(year)), ReportColumn(previousLabel),
            ReportColumn(texts.text(.columnNational, ["year": String(year)])), ReportColumn(texts[.columnTarget]),
            ReportColumn(texts[.columnInterval]),
        ]
        var rows: [ReportRow] = []
        for indicator in ids {
            guard let definition = catalogue.indicator(indicator) else { continue }
            rows.append(
                ReportRow([
                    ReportCell(definition.title.text(in: texts.language), numeric: false),
                    figure.value(figures.current(indicator, network), notes: &notes),
                    figure.value(figures.previous(indicator, network), notes: &notes),
                    comparisonCell(indicator, owner, notes: &notes),
                    ReportCell(figure.target(definition)),
                    figure.interval(figures.current(indicator, network)),
                ]))
        }
        return ReportTable(
            id: id, caption: texts.text(.captionIndicators, ["year": String(year)]), columns: columns, rows: rows, notes: notes.notes)
    }

    /// The comparison column: Belgium, or for an age-dependent figure the network's own group, with a note naming the group.
    func comparisonCell(_ indicator: String, _ network: Network, notes: inout FootnoteList) -> ReportCell {
        guard GroupComparison.indicators.contains(indicator) else { return figure.value(figures.national(indicator), notes: &notes) }
        let result = figures.comparison(indicator, for: network)
        let group = texts[GroupComparison.group(of: network) == .child ? .comparisonGroupChild : .comparisonGroupAdult]
        var scratch = FootnoteList()
        var cell = figure.value(result, notes: &scratch)
        let reason = cell.note == nil ? "" : (scratch.texts.first.map { $0 + " — " } ?? "")
        cell.note = notes.add(reason + group)
        return cell
    }

    static func chartFormat(decimals: Int, percent: Bool = false) -> ChartNumberFormat {
        ChartNumberFormat(
            tick: { BelgianFormat.decimal($0, decimals: $0.rounded() == $0 ? 0 : 1) },
            value: {
                percent
                    ? BelgianFormat.decimal($0, decimals: decimals) + BelgianFormat.space + "%"
                    : BelgianFormat.decimal($0, decimals: decimals)
            })
    }

    func cell(_ fragment: ReportFragment) -> ReportCell { ReportCell(fragment.text, ref: fragment.ref) }

    /// A sentence from `key` with `{value}`, `{previous}`, `{national}` and `{year}` of one indicator.
    func comparison(_ key: ReportTextKey, _ id: String, _ network: String, extra: [String: ReportFragment] = [:]) -> ReportParagraph {
        var notes = FootnoteList()
        func fragment(_ result: IndicatorResult?) -> ReportFragment {
            let cell = figure.value(result, notes: &notes)
            return ReportFragment(cell.text, ref: cell.ref)
        }
        var slots: [String: ReportFragment] = [
            "value": fragment(figures.current(id, network)), "previous": fragment(figures.previous(id, network)),
            "national": fragment(figures.national(id)), "year": ReportFragment(String(year)),
            "previous_year": ReportFragment(previousLabel),
        ]
        slots.merge(extra) { $1 }
        return paragraph(texts[key], slots)
    }

    /// `pattern` with `{name}` slots replaced by fragments (which keep their references).
    func paragraph(_ pattern: String, _ slots: [String: ReportFragment]) -> ReportParagraph {
        ReportParagraph(
            TextPattern.pieces(pattern).map { piece in
                switch piece {
                case .text(let text): ReportFragment(text)
                case .slot(let name): slots[name] ?? ReportFragment("{\(name)}")
                }
            })
    }

    func fragment(_ id: String, _ network: String) -> ReportFragment {
        var notes = FootnoteList()
        let cell = figure.value(figures.current(id, network), notes: &notes)
        return ReportFragment(cell.text, ref: cell.ref)
    }

    // MARK: Budget

    /// The function 3 ceiling of the rules (`checks.yaml`), e.g. 0.45.
    func ceiling() -> Double? {
        catalogue.rules.first { $0.indicator == "function3_share_of_care_budget" && $0.comparison == .atMost }?.fixedLimit
    }

    func ceilingText() -> String { ceiling().map { BelgianFormat.percent($0, decimals: 0) } ?? texts[.notAvailable] }

    /// The 2024 figures cover April–December (art. 14 from 1 January, codes of functions 1–3 from April, art. 21), when the
    /// report shows 2024 (as its year or the year before) and the dataset has services in 2024.
    func april2024Note() -> ReportParagraph? {
        guard [year, year - 1].contains(2024), figures.tariffYears.uses.contains(where: { $0.year == 2024 }) else { return nil }
        return ReportParagraph([ReportFragment(texts[.moneyFromApril2024])])
    }
}

/// A writer of one report section: it reads the report's texts and figures through its context.
protocol ReportSectionWriter {
    /// The report being written.
    var context: ReportContext { get }
}

extension ReportSectionWriter {
    var texts: ReportTexts { context.texts }
    var figures: ReportFigures { context.figures }
    var catalogue: Catalogue { context.catalogue }
    var year: Int { context.year }
    var figure: FigureText { context.figure }
}
