/// Writes the group work section: individual sessions, group participations, group sessions and group size per function.
struct ReportGroupsWriter: ReportSectionWriter {
    let context: ReportContext

    func groups(_ network: String) -> ReportSection {
        var section = ReportSection()
        let functions = ReportMeasure.groupFunctions
        let ids =
            functions.flatMap { [ReportMeasure.groupParticipations($0).id, ReportMeasure.groupSessions($0).id] }
            + ReportMeasure.individualFunctions.map { ReportMeasure.individualSessions($0).id } + ["group_participation_share"]
        if let missing = context.missingParagraph(ids, network) {
            section.missing = missing
            return section
        }
        section.paragraphs = [context.comparison(.groupsParagraph, "group_participation_share", network)]
        func value(_ id: String) -> Double? {
            guard let result = figures.current(id, network), result.status == .ok else { return nil }
            return result.value
        }
        let categories = functions.map { function -> StackedBarChart.Category in
            let individual: Double? =
                ReportMeasure.individualFunctions.contains(function) ? value(ReportMeasure.individualSessions(function).id) : 0
            return StackedBarChart.Category(
                label: texts[ReportTextKey.function(function.rawValue)],
                values: [individual, value(ReportMeasure.groupParticipations(function).id)])
        }
        let labels = ChartLabels(
            title: texts.text(.chartGroupsTitle, ["year": String(year)]), xAxis: texts[.chartGroupsX], yAxis: "",
            description: texts.text(.chartGroupsDescription, ["year": String(year)]))
        let chart = StackedBarChart(
            labels: labels, series: [texts[.seriesIndividual], texts[.seriesGroup]], categories: categories,
            normalized: true, format: ReportContext.chartFormat(decimals: 0, percent: true), missingText: texts[.notAvailable])
        section.charts = [ReportChart(id: "groups", title: labels.title, description: labels.description, svg: chart.svg())]
        var notes = FootnoteList()
        let rows = functions.map { function -> ReportRow in
            let individual: ReportCell =
                ReportMeasure.individualFunctions.contains(function)
                ? figure.value(figures.current(ReportMeasure.individualSessions(function).id, network), notes: &notes)
                : ReportCell(texts[.notApplicable])
            let size = ReportMeasure.individualFunctions.contains(function) ? ReportMeasure.groupSize(function).id : "mean_group_size_f1"
            return ReportRow([
                ReportCell(texts[ReportTextKey.function(function.rawValue)], numeric: false), individual,
                figure.value(figures.current(ReportMeasure.groupParticipations(function).id, network), notes: &notes),
                figure.value(figures.current(ReportMeasure.groupSessions(function).id, network), notes: &notes),
                figure.value(figures.current(size, network), notes: &notes),
                figure.value(figures.national(size), notes: &notes),
            ])
        }
        section.tables = [
            ReportTable(
                id: "groups", caption: texts.text(.captionGroups, ["year": String(year)]),
                columns: [
                    ReportColumn(texts[.columnFunction], numeric: false), ReportColumn(texts[.columnIndividualSessions]),
                    ReportColumn(texts[.columnGroupParticipations]), ReportColumn(texts[.columnGroupSessions]),
                    ReportColumn(texts[.columnGroupSize]),
                    ReportColumn(texts.text(.columnNationalGroupSize, ["year": String(year)])),
                ],
                rows: rows, notes: notes.notes)
        ]
        return section
    }
}
