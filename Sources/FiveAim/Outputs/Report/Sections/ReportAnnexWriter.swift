/// Writes the annex: every indicator with its definition, rule, article, tables and figures.
struct ReportAnnexWriter: ReportSectionWriter {
    let context: ReportContext

    func annex(_ network: String) -> [AnnexEntry] {
        let words = CalculationWords(catalogue: catalogue, language: texts.language)
        return catalogue.indicators.map { definition in
            let result = figures.current(definition.id, network)
            let (value, reason) = annexValue(result)
            var slots = [
                "numerator": figure.quantity(result, "numerator"), "value": value, "reason": reason,
                "year": ReportFragment(String(year)),
            ]
            let pattern: ReportTextKey
            switch definition.method {
            case .sum:
                pattern = .annexSum
            case .ratio:
                pattern = .annexRatio
            case .histogramMedian:
                pattern = .annexMedian
            case .ratioOfRatios:
                pattern = .annexRatioOfRatios
            }
            if definition.denominator != nil { slots["denominator"] = figure.quantity(result, "denominator") }
            return AnnexEntry(
                id: definition.id, title: definition.title.text(in: texts.language),
                definition: definition.definition.text(in: texts.language), rule: words.formula(definition),
                article: texts.article(definition.article),
                tables: definition.requires.map(\.name).joined(separator: ", "), figures: context.paragraph(texts[pattern], slots))
        }
    }

    /// The figure's value as the tables show it, and the reason in words when there is none (the annex has no footnotes).
    func annexValue(_ result: IndicatorResult?) -> (value: ReportFragment, reason: ReportFragment) {
        var notes = FootnoteList()
        let cell = figure.value(result, notes: &notes)
        return (ReportFragment(cell.text, ref: cell.ref), ReportFragment(notes.notes.first.map { " (" + $0.text + ")" } ?? ""))
    }

}
