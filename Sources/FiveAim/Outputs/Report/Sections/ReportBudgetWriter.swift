/// Writes the budget section: the allocation per budget line, net spending per function, the function 3 ceiling, and the
/// notes on the tariffs used.
struct ReportBudgetWriter: ReportSectionWriter {
    let context: ReportContext

    /// The allocation table: one row per line that exists in the year or the year before (`budget_lines.csv`), "sans objet"
    /// in a year, or for a network, the line does not exist for, "no budget on this line" for a special line (art. 14 §1 b)
    /// the network has no amount on; the total adds the lines of their own, never a part of another line (the 2026
    /// training modules are part of the operating line).
    func allocationRows(_ network: Network, notes: inout FootnoteList) -> [ReportRow] {
        let table = catalogue.budgetLines, code = network.code
        let lines = BudgetLine.allCases.filter { table.period($0, in: year) != nil || table.period($0, in: year - 1) != nil }
        func applies(_ line: BudgetLine, _ y: Int) -> Bool {
            if case .applies = table.use(line, in: y, by: network.targetGroup) { return true }
            return false
        }
        func result(_ line: BudgetLine, _ y: Int) -> IndicatorResult? {
            figures.result(ReportMeasure.budget(line).id, network: code, period: .year(y))
        }
        let special = ReportSpecialBudgetsWriter(context: context)
        func cell(_ line: BudgetLine, _ y: Int) -> ReportCell {
            // A special line without an amount (the mission is another network's) says so instead of showing 0,00 €.
            if ReportSpecialBudgetsWriter.lines.contains(line), special.budget(line, network, year: y) == .noBudget {
                return special.cell(.noBudget, line, notes: &notes)
            }
            return applies(line, y) ? figure.value(result(line, y), notes: &notes) : ReportCell(texts[.notApplicable])
        }
        func total(_ y: Int) -> ReportCell {
            var sum = Money.zero
            for line in lines where applies(line, y) && table.addsToTotal(line, in: y) {
                guard let found = result(line, y), found.status == .ok, case .money(let money) = found.numerator else {
                    return ReportCell(texts[.notAvailable])
                }
                sum = sum + money
            }
            return ReportCell(BelgianFormat.euros(sum))
        }
        return lines.map {
            ReportRow([ReportCell(context.title(ReportMeasure.budget($0).id), numeric: false), cell($0, year), cell($0, year - 1)])
        }
            + [ReportRow([ReportCell(texts[.total], numeric: false), total(year), total(year - 1)], total: true)]
    }

    func budget(_ owner: Network) -> ReportSection {
        let network = owner.code
        var section = ReportSection()
        var notes = FootnoteList()
        // Allocation per line.
        let lineIDs = BudgetLine.allCases.map { ReportMeasure.budget($0).id }
        let allocationRows = allocationRows(owner, notes: &notes)
        let yearColumns = [ReportColumn(String(year)), ReportColumn(String(year - 1))]
        var tables = [
            ReportTable(
                id: "allocation", caption: texts.text(.captionAllocation, ["year": String(year)]),
                columns: [ReportColumn(texts[.columnBudgetLine], numeric: false)] + yearColumns, rows: allocationRows,
                notes: notes.notes)
        ]
        // Net spending per function.
        var spendingNotes = FootnoteList()
        let spendingIDs = ReportMeasure.spendingFunctions.map { ReportMeasure.spending($0).id }
        var spendingRows = spendingIDs.map { id in
            ReportRow([
                ReportCell(context.title(id), numeric: false), figure.value(figures.current(id, network), notes: &spendingNotes),
                figure.value(figures.previous(id, network), notes: &spendingNotes),
            ])
        }
        spendingRows.append(
            ReportRow(
                [
                    ReportCell(texts[.total], numeric: false),
                    figure.value(figures.current("net_care_spending", network), notes: &spendingNotes),
                    figure.value(figures.previous("net_care_spending", network), notes: &spendingNotes),
                ], total: true))
        tables.append(
            ReportTable(
                id: "spending", caption: texts.text(.captionSpending, ["year": String(year)]),
                columns: [
                    ReportColumn(texts[.columnFunction], numeric: false), ReportColumn(String(year)), ReportColumn(context.previousLabel),
                ],
                rows: spendingRows,
                notes: spendingNotes.notes))
        section.tables = tables
        if let missing = context.missingParagraph(lineIDs, network) { section.paragraphs.append(missing) }
        section.paragraphs += moneyNotes()
        section.paragraphs += [
            context.comparison(.budgetUse, "care_budget_use", network),
            context.comparison(
                .budgetCeiling, "function3_share_of_care_budget", network,
                extra: ["ceiling": ReportFragment(context.ceilingText())]),
            context.comparison(.budgetMissionShare, "art8_mission_share_of_outreach_line", network),
        ]
        // Charts: spending per function, and function 3 against the ceiling.
        let bars = spendingIDs.map { id -> BarChart.Bar in
            let result = figures.current(id, network)
            return BarChart.Bar(
                label: context.title(id), value: result?.status == .ok ? result?.value : nil, missingText: texts[.notAvailable])
        }
        if bars.contains(where: { $0.value != nil }) {
            let labels = ChartLabels(
                title: texts.text(.chartSpendingTitle, ["year": String(year)]), xAxis: texts[.chartSpendingX], yAxis: "",
                description: texts.text(.chartSpendingDescription, ["year": String(year)]))
            let chart = BarChart(
                labels: labels, bars: bars,
                format: ChartNumberFormat(
                    tick: { BelgianFormat.decimal($0 / 1_000_000, decimals: $0 == 0 ? 0 : 1) },
                    value: { BelgianFormat.decimal($0, decimals: 0) + BelgianFormat.space + "€" }))
            section.charts.append(ReportChart(id: "spending", title: labels.title, description: labels.description, svg: chart.svg()))
        }
        let ceilingID = "function3_share_of_care_budget"
        let ceilingBars = [
            (String(year), figures.current(ceilingID, network)), (context.previousLabel, figures.previous(ceilingID, network)),
            (texts.text(.columnNational, ["year": String(year)]), figures.national(ceilingID)),
        ].map { label, result in
            BarChart.Bar(
                label: label, value: result?.status == .ok ? result?.value.map { $0 * 100 } : nil,
                missingText: result?.status == .suppressed ? texts[.suppressed] : texts[.notAvailable])
        }
        if ceilingBars.contains(where: { $0.value != nil }), let limit = context.ceiling() {
            let labels = ChartLabels(
                title: texts[.chartCeilingTitle], xAxis: texts[.chartCeilingX], yAxis: "",
                description: texts.text(.chartCeilingDescription, ["ceiling": context.ceilingText()]))
            let chart = BarChart(
                labels: labels, bars: ceilingBars,
                reference: .init(value: limit * 100, label: texts.text(.chartCeilingLine, ["ceiling": context.ceilingText()])),
                format: ReportContext.chartFormat(decimals: 1, percent: true))
            section.charts.append(ReportChart(id: "ceiling", title: labels.title, description: labels.description, svg: chart.svg()))
        }
        return section
    }

    /// The tariff year of each year the spending table shows (the year, and the one before when it has services), never
    /// "the year's tariffs" when it fell back to an earlier year (art. 17); and the 2024 note when 2024 is shown.
    func moneyNotes() -> [ReportParagraph] {
        var notes: [ReportParagraph] = []
        let shown = figures.tariffYears.uses.contains { $0.year == year - 1 } ? [year, year - 1] : [year]
        for use in shown.map(figures.tariffYears.use(for:)) {
            guard let tariffYear = use.tariffYear else { continue }  // not priced: the figures say not available
            let text =
                use.isFallback
                ? texts.text(.moneyTariffsFallback, ["year": String(use.year), "tariff_year": String(tariffYear)])
                : texts.text(.moneyTariffsOwn, ["year": String(use.year)])
            notes.append(ReportParagraph([ReportFragment(text)]))
        }
        if let note = context.april2024Note() { notes.append(note) }
        return notes
    }
}
