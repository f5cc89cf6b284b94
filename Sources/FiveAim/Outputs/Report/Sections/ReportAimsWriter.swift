/// Writes the section of each aim: its indicators against last year, Belgium and the target, and for aim 1 the monthly trend.
struct ReportAimsWriter: ReportSectionWriter {
    let context: ReportContext

    func aim(number: Int, network: Network) -> AimSection {
        let ids = catalogue.indicators.filter { $0.aim == number && !ReportMeasure.ids.contains($0.id) }.map(\.id)
        var section = ReportSection()
        section.tables = [context.indicatorTable(id: "aim-\(number)", ids: ids, network: network)]
        if number == 1, let chart = trendChart(network.code) { section.charts = [chart] }
        section.placeholder = context.placeholder(.placeholderAim)
        return AimSection(number: number, heading: texts[ReportTextKey.aim(number)], anchor: "aim-\(number)", section: section)
    }

    /// Individual sessions month by month, this year and last, months after the data's last month left out (never 0).
    func trendChart(_ network: String) -> ReportChart? {
        let indicator = ReportFigures.monthlyIndicators[0]
        func series(_ y: Int) -> [Double?] {
            (1...12).map { month in
                let ym = YearMonth(year: y, month: month)
                guard let months = context.dataMonths, months.contains(ym) else { return nil }
                guard let result = figures.result(indicator, network: network, period: ReportPeriod(first: ym, last: ym)),
                    result.status == .ok
                else { return nil }
                return result.value
            }
        }
        let current = series(year), previous = series(year - 1)
        guard current.contains(where: { $0 != nil }) || previous.contains(where: { $0 != nil }) else { return nil }
        let labels = ChartLabels(
            title: texts[.chartTrendTitle], xAxis: texts.text(.chartTrendX), yAxis: texts[.chartTrendY],
            description: texts.text(.chartTrendDescription, ["year": String(year), "previous": String(year - 1)]))
        let chart = LineChart(
            labels: labels, xLabels: (1...12).map(texts.format.shortMonth),
            series: [.init(name: String(year), values: current), .init(name: String(year - 1), values: previous)],
            format: ReportContext.chartFormat(decimals: 0))
        return ReportChart(id: "trend", title: labels.title, description: labels.description, svg: chart.svg())
    }
}
