/// Writes the governance and network life section (art. 13 §1 12°, reports to the authorities; art. 12, quality with the
/// satisfaction of patients, families and providers): the workforce figures with their numerator, denominator and source,
/// then one placeholder per topic the coordinator writes.
struct ReportGovernanceWriter: ReportSectionWriter {
    let context: ReportContext

    /// The topics the coordinator writes, each a heading and a hint, in order.
    static let topics: [(heading: ReportTextKey, hint: ReportTextKey)] = [
        (.governanceBoard, .governanceBoardHint), (.governanceQuality, .governanceQualityHint),
        (.governanceTraining, .governanceTrainingHint), (.governanceEvaluation, .governanceEvaluationHint),
        (.governanceGroupProgrammes, .governanceGroupProgrammesHint), (.governanceWebsite, .governanceWebsiteHint),
    ]

    /// The workforce figures shown: counts of the report's measures, then the catalogue's shares and ratios.
    static let figureIDs = [
        ReportMeasure.workforceProviders.id, ReportMeasure.workforceFTE.id, "providers_trained_share", "intervision_per_provider",
        "provider_satisfaction_share",
    ]

    /// `art. 12; art. 13 §1 3°` with no-break spaces inside each article, so that no article is split across lines.
    static func unbroken(_ articles: String) -> String {
        articles.components(separatedBy: "; ").map { $0.replacingOccurrences(of: " ", with: BelgianFormat.space) }
            .joined(separator: "; ")
    }

    func governance(_ network: String) -> GovernanceSection {
        var section = ReportSection()
        section.paragraphs = [ReportParagraph([ReportFragment(texts[.governanceIntro])])]
        let ids = Self.figureIDs.filter { catalogue.indicator($0) != nil }
        if let missing = context.missingParagraph(ids, network) {
            section.paragraphs.append(missing)
        } else {
            section.tables = [table(ids, network)]
        }
        let topics = Self.topics.enumerated().map { index, topic in
            ReportTopic(
                heading: texts[topic.heading], anchor: "governance-\(index + 1)",
                placeholder: ReportPlaceholder(label: texts[.placeholderLabel], hint: texts[topic.hint]))
        }
        return GovernanceSection(section: section, topics: topics)
    }

    /// One row per figure: the year's value and the year before's, the year's numerator and denominator, and the source.
    func table(_ ids: [String], _ network: String) -> ReportTable {
        var notes = FootnoteList()
        let rows = ids.compactMap { id -> ReportRow? in
            guard let definition = catalogue.indicator(id) else { return nil }
            let current = figures.current(id, network)
            if id == ReportMeasure.workforceFTE.id { return fteRow(definition, network, notes: &notes) }
            let denominator: ReportCell =
                definition.denominator == nil ? ReportCell("") : context.cell(figure.quantity(current, "denominator"))
            return ReportRow([
                ReportCell(definition.title.text(in: texts.language), numeric: false),
                figure.value(current, notes: &notes), figure.value(figures.previous(id, network), notes: &notes),
                context.cell(figure.quantity(current, "numerator")), denominator,
                sourceCell(definition),
            ])
        }
        return ReportTable(
            id: "governance-workforce", caption: texts.text(.governanceCaption, ["year": String(year)]),
            columns: [
                ReportColumn(texts[.columnIndicator], numeric: false), ReportColumn(String(year)), ReportColumn(context.previousLabel),
                ReportColumn(texts.text(.governanceNumerator, ["year": String(year)])),
                ReportColumn(texts.text(.governanceDenominator, ["year": String(year)])),
                ReportColumn(texts[.governanceSourceColumn], numeric: false),
            ],
            rows: rows, notes: notes.notes)
    }

    /// The full-time equivalents: where the year has providers but no `fte` (the optional column absent or empty), the
    /// note says so rather than "no rows".
    func fteRow(_ definition: IndicatorDefinition, _ network: String, notes: inout FootnoteList) -> ReportRow {
        func cell(_ y: Int) -> ReportCell {
            let period = figures.period(ofColumn: y)
            let result = figures.result(definition.id, network: network, period: period)
            let providers = figures.result(ReportMeasure.workforceProviders.id, network: network, period: period)
            guard result?.status == .notAvailable, providers?.status == .ok || providers?.status == .suppressed else {
                return figure.value(result, notes: &notes)
            }
            return ReportCell(texts[.notAvailable], note: notes.add(texts.text(.governanceFTEMissing, ["year": String(y)])))
        }
        let current = cell(year)
        return ReportRow([
            ReportCell(definition.title.text(in: texts.language), numeric: false), current, cell(year - 1),
            current.ref == nil
                ? ReportCell(texts[.notAvailable]) : context.cell(figure.quantity(figures.current(definition.id, network), "numerator")),
            ReportCell(""),
            sourceCell(definition),
        ])
    }

    /// The source column: the tables read and the articles, each article kept on one line.
    func sourceCell(_ definition: IndicatorDefinition) -> ReportCell {
        ReportCell(
            texts.text(
                .governanceSource,
                [
                    "tables": definition.requires.map(\.name).joined(separator: ", "),
                    "article": Self.unbroken(texts.article(definition.article)),
                ]),
            numeric: false)
    }
}
