/// Writes the waits section: the share seen within 7 and 30 days, the median wait, and the histogram of wait buckets.
struct ReportWaitsWriter: ReportSectionWriter {
    let context: ReportContext

    func waits(_ network: String) -> ReportSection {
        var section = ReportSection()
        let buckets = ReportMeasure.waitBuckets.map { ReportMeasure.wait($0).id }
        let keyIDs = ["wait_within_7d", "wait_within_30d", "wait_median_days", "wait_unknown_share"]
        if let missing = context.missingParagraph(buckets + keyIDs, network) {
            section.missing = missing
            return section
        }
        section.paragraphs = [
            context.comparison(.waitsParagraph7, "wait_within_7d", network),
            context.comparison(.waitsParagraph30, "wait_within_30d", network),
            context.comparison(.waitsParagraphMedian, "wait_median_days", network),
        ]
        let bins = buckets.map { id -> Histogram.Bin in
            let result = figures.current(id, network)
            return Histogram.Bin(label: context.title(id), value: result?.status == .ok ? result?.value.map { $0 * 100 } : nil)
        }
        if bins.contains(where: { $0.value != nil }) {
            let labels = ChartLabels(
                title: texts.text(.chartWaitsTitle, ["year": String(year)]), xAxis: texts[.chartWaitsX],
                yAxis: texts[.chartWaitsY], description: texts.text(.chartWaitsDescription, ["year": String(year)]))
            let chart = Histogram(
                labels: labels, bins: bins, highlightThrough: 2, format: ReportContext.chartFormat(decimals: 1, percent: true),
                missingText: texts[.suppressed])
            section.charts = [ReportChart(id: "waits", title: labels.title, description: labels.description, svg: chart.svg())]
        }
        var notes = FootnoteList()
        let rows = buckets.map { id -> ReportRow in
            let result = figures.current(id, network)
            return ReportRow([
                ReportCell(context.title(id), numeric: false), context.cell(figure.quantity(result, "numerator")),
                figure.value(result, notes: &notes), figure.value(figures.national(id), notes: &notes),
            ])
        }
        let unknown = figures.current("wait_unknown_share", network)
        let total = ReportRow(
            [
                ReportCell(texts[.waitsKnownTotal], numeric: false),
                context.cell(figure.quantity(figures.current(buckets[0], network), "denominator")),
                ReportCell("100,0" + BelgianFormat.space + "%"),
                ReportCell(""),
            ], total: true)
        let unknownRow = ReportRow([
            ReportCell(texts[.waitsUnknown], numeric: false), context.cell(figure.quantity(unknown, "numerator")),
            figure.value(unknown, notes: &notes), figure.value(figures.national("wait_unknown_share"), notes: &notes),
        ])
        section.tables = [
            ReportTable(
                id: "waits", caption: texts.text(.captionWaits, ["year": String(year)]),
                columns: [
                    ReportColumn(texts[.columnWait], numeric: false), ReportColumn(texts[.columnFirstSessions]),
                    ReportColumn(texts[.columnShare]), ReportColumn(texts.text(.columnNational, ["year": String(year)])),
                ],
                rows: rows + [total, unknownRow], notes: notes.notes)
        ]
        return section
    }
}
