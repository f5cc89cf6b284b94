/// Writes the outreach section: community work, outreach sites, home and remote care, and support-mission hours per code.
struct ReportOutreachWriter: ReportSectionWriter {
    let context: ReportContext

    func outreach(_ network: String) -> ReportSection {
        var section = ReportSection()
        section.paragraphs = [
            context.comparison(
                .outreachCommunity, "community_participations", network,
                extra: ["sessions": context.fragment(ReportMeasure.groupSessions(.community).id, network)]),
            context.comparison(.outreachParagraph, "outreach_share", network),
            context.comparison(
                .outreachHomeRemote, "home_share", network,
                extra: [
                    "remote": context.fragment("remote_share", network),
                    "remote_national": context.fragment("remote_share", Network.nationalCode),
                ]),
            context.comparison(.outreachHours, "support_mission_hours", network),
        ]
        let ids = ReportMeasure.missionCodes.map { ReportMeasure.missionHours(code: $0).id }
        let bars = ids.map { id -> BarChart.Bar in
            let result = figures.current(id, network)
            return BarChart.Bar(
                label: context.title(id), value: result?.status == .ok ? result?.value : nil,
                missingText: result?.status == .suppressed ? texts[.suppressed] : texts[.notAvailable])
        }
        let labels = ChartLabels(
            title: texts.text(.chartMissionsTitle, ["year": String(year)]), xAxis: texts[.chartMissionsX], yAxis: "",
            description: texts.text(.chartMissionsDescription, ["year": String(year)]))
        section.charts = [
            ReportChart(
                id: "missions", title: labels.title, description: labels.description,
                svg: BarChart(labels: labels, bars: bars, format: ReportContext.chartFormat(decimals: 0)).svg())
        ]
        var notes = FootnoteList()
        var rows = zip(ReportMeasure.missionCodes, ids).map { code, id in
            ReportRow([
                ReportCell(context.title(id), numeric: false), ReportCell(String(code), numeric: false),
                figure.value(figures.current(id, network), notes: &notes), figure.value(figures.previous(id, network), notes: &notes),
            ])
        }
        rows.append(
            ReportRow(
                [
                    ReportCell(texts[.total], numeric: false), ReportCell("", numeric: false),
                    figure.value(figures.current("support_mission_hours", network), notes: &notes),
                    figure.value(figures.previous("support_mission_hours", network), notes: &notes),
                ], total: true))
        section.tables = [
            ReportTable(
                id: "missions", caption: texts.text(.captionMissions, ["year": String(year)]),
                columns: [
                    ReportColumn(texts[.columnMission], numeric: false), ReportColumn(texts[.columnCode], numeric: false),
                    ReportColumn(texts.text(.columnHours, ["year": String(year)])),
                    ReportColumn(texts.text(.columnHours, ["year": context.previousLabel])),
                ],
                rows: rows, notes: notes.notes)
        ]
        return section
    }
}
