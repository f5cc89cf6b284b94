/// Writes a comparison as one self-contained HTML page (inline CSS and SVG, no scripts, fonts or links outside it):
/// the outliers of the year, then per aim and indicator a funnel plot per group (proportions) or a ranked table
/// (the rest), each with the networks' values over every year, a sparkline and the year-on-year change.
public enum ComparisonHTMLWriter {
    /// The page in `language`; the same comparison gives the same bytes.
    public static func write(_ comparison: NetworkComparison, texts: ComparisonTexts, language: Language) -> String {
        var page = Page(comparison: comparison, texts: texts, language: language)
        return page.render()
    }
}

/// Numbers as the page writes them: `.` in English, `,` in French and Dutch; thousands grouped with a narrow space.
struct ComparisonNumbers {
    let language: Language
    let texts: ComparisonTexts

    /// `value` with `decimals` decimals and grouped thousands.
    func decimal(_ value: Double, _ decimals: Int) -> String {
        let plain = DecimalText.fixed(value, decimals: decimals)
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "\u{202F}" + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        grouped = whole + grouped
        let separator = language == .en ? "." : ","
        let text = parts.count > 1 ? grouped + separator + parts[1] : grouped
        return (negative ? "−" : "") + text
    }

    /// A value in its unit: a proportion as a percentage, a count whole, euros without cents.
    func value(_ value: Double, unit: IndicatorUnit) -> String {
        switch unit {
        case .proportion: decimal(value * 100, 1) + "\u{00A0}%"
        case .count: decimal(value, 0)
        case .per1000: decimal(value, 2)
        case .days: decimal(value, 1)
        case .eur: decimal(value, 0) + "\u{00A0}€"
        case .ratio: decimal(value, 2)
        }
    }

    /// A change, signed, in the unit (percentage points for a proportion).
    func change(_ change: Double, unit: IndicatorUnit) -> String {
        let sign = change > 0 ? "+" : ""
        if unit == .proportion { return sign + decimal(change * 100, 1) + "\u{00A0}" + texts.text("percentage_points", language) }
        return sign + value(change, unit: unit).replacingOccurrences(of: "\u{00A0}%", with: "")
    }
}

/// Builds the page.
private struct Page {
    let comparison: NetworkComparison
    let texts: ComparisonTexts
    let language: Language
    let numbers: ComparisonNumbers
    var html: [String] = []

    init(comparison: NetworkComparison, texts: ComparisonTexts, language: Language) {
        self.comparison = comparison
        self.texts = texts
        self.language = language
        numbers = ComparisonNumbers(language: language, texts: texts)
    }

    func t(_ key: String, _ values: [String: String] = [:]) -> String { SVGCanvas.escape(texts.text(key, language, values)) }
    func e(_ text: String) -> String { SVGCanvas.escape(text) }

    static let style = """
        body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:#000;background:#fff;margin:24px;max-width:1180px;font-size:14px;line-height:1.4}
        h1{font-size:24px;margin:0 0 4px}h2{font-size:20px;border-bottom:2px solid #000;padding-bottom:4px;margin-top:36px}
        h3{font-size:16px;margin:28px 0 4px}h4{font-size:14px;margin:16px 0 4px}
        p.note{margin:4px 0;font-size:13px}p.definition{margin:2px 0 8px;font-size:13px}
        table{border-collapse:collapse;margin:6px 0 14px;font-size:12.5px}
        th,td{border:1px solid #999;padding:2px 6px;text-align:left;vertical-align:middle}
        th{background:#eee}td.n{text-align:right;white-space:nowrap}tr.national td{font-weight:bold;border-top:2px solid #000}
        tr.outlier td{font-weight:bold}td.spark{padding:0 4px}figure{margin:8px 0}svg{max-width:100%;height:auto}
        nav ol{columns:2;font-size:13px}nav li{break-inside:avoid}
        """

    mutating func render() -> String {
        let title = t("title")
        html.append(
            "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(title) — \(comparison.year)</title>"
        )
        html.append("<style>\n\(Self.style)\n</style>\n</head>\n<body>")
        html.append("<h1>\(title)</h1>\n<p>\(t("subtitle", ["year": String(comparison.year)]))</p>")
        html.append("<p class=\"note\">\(t("method"))</p>")
        html.append("<p class=\"note\">\(t("disclosure", ["limit": String(comparison.disclosure.threshold - 1)]))</p>")
        let partial = comparison.years.compactMap { year -> String? in
            let months = comparison.monthsWithActivity[year] ?? 0
            return months < 12 ? texts.text("months", language, ["year": String(year), "months": String(months)]) : nil
        }
        if !partial.isEmpty { html.append("<p class=\"note\">\(t("partial_years")) \(e(partial.joined(separator: "; ")))</p>") }
        contents()
        summary()
        for aim in aims {
            html.append("<h2 id=\"aim-\(aim)\">\(aimTitle(aim))</h2>")
            for indicator in comparison.indicators where indicator.definition.aim == aim { section(indicator) }
        }
        html.append("</body>\n</html>\n")
        return html.joined(separator: "\n")
    }

    var aims: [Int] { Set(comparison.indicators.map(\.definition.aim)).sorted() }

    func aimTitle(_ aim: Int) -> String { (1...5).contains(aim) ? t("aim_\(aim)") : e(String(aim)) }

    func groupTitle(_ group: ComparisonGroup) -> String { t("group_\(group.rawValue)") }

    func indicatorTitle(_ definition: IndicatorDefinition) -> String { e(definition.title.text(in: language)) }

    mutating func contents() {
        html.append("<nav>\n<h2>\(t("contents"))</h2>\n<ol>")
        html.append("<li><a href=\"#outliers\">\(t("summary", ["year": String(comparison.year)]))</a></li>")
        for aim in aims {
            html.append("<li><a href=\"#aim-\(aim)\">\(aimTitle(aim))</a><ul>")
            for indicator in comparison.indicators where indicator.definition.aim == aim {
                html.append("<li><a href=\"#\(e(indicator.definition.id))\">\(indicatorTitle(indicator.definition))</a></li>")
            }
            html.append("</ul></li>")
        }
        html.append("</ol>\n</nav>")
    }

    mutating func summary() {
        html.append("<h2 id=\"outliers\">\(t("summary", ["year": String(comparison.year)]))</h2>")
        var rows: [String] = []
        for indicator in comparison.indicators {
            for group in comparison.groups {
                guard let panel = indicator.panel(group, year: comparison.year) else { continue }
                for row in panel.outliers { rows.append(outlierRow(row, indicator: indicator, group: group)) }
            }
        }
        guard !rows.isEmpty else {
            html.append("<p>\(t("no_outliers"))</p>")
            return
        }
        html.append(
            "<table>\n<thead><tr><th>\(t("indicator"))</th><th>\(t("group"))</th><th>\(t("network"))</th><th>\(t("numerator"))</th>"
                + "<th>\(t("denominator"))</th><th>\(t("value"))</th><th>\(t("limits_998"))</th><th>\(t("z_score"))</th>"
                + "<th>\(t("outlier"))</th></tr></thead>\n<tbody>")
        html += rows
        html.append("</tbody>\n</table>")
    }

    func outlierRow(_ row: ComparisonRow, indicator: IndicatorComparison, group: ComparisonGroup) -> String {
        let unit = indicator.definition.unit
        return
            "<tr><td><a href=\"#\(e(indicator.definition.id))\">\(indicatorTitle(indicator.definition))</a></td><td>\(groupTitle(group))</td>"
            + "<td>\(e(row.network))</td><td class=\"n\">\(quantity(row.result.numerator))</td><td class=\"n\">\(quantity(row.result.denominator))</td>"
            + "<td class=\"n\">\(row.value.map { numbers.value($0, unit: unit) } ?? "")</td><td class=\"n\">\(limits998(row, unit: unit))</td>"
            + "<td class=\"n\">\(row.zScore.map { numbers.decimal($0, 2) } ?? "")</td><td>\(row.outlier.map { t($0.rawValue) } ?? "")</td></tr>"
    }

    func quantity(_ quantity: Quantity?) -> String {
        switch quantity {
        case .count(let count): numbers.decimal(Double(count), 0)
        case .money(let money): numbers.decimal(Double(money.cents) / 100, 2)
        case nil: ""
        }
    }

    func limits998(_ row: ComparisonRow, unit: IndicatorUnit) -> String {
        guard let limits = row.limits else { return "" }
        return numbers.value(limits.low998, unit: unit) + " – " + numbers.value(limits.high998, unit: unit)
    }

    func statusText(_ result: IndicatorResult) -> String {
        switch result.status {
        case .ok: ""
        case .suppressed: t("suppressed")
        case .notAvailable: t("not_available")
        case .censored: t("censored")
        }
    }

    mutating func section(_ indicator: IndicatorComparison) {
        let definition = indicator.definition
        html.append("<h3 id=\"\(e(definition.id))\">\(indicatorTitle(definition))</h3>")
        html.append(
            "<p class=\"definition\">\(e(definition.definition.text(in: language))) — \(t("direction_\(definition.better.rawValue)")) "
                + "(\(e(definition.article)); <code>\(e(definition.id))</code>)</p>")
        for group in comparison.groups {
            guard let panel = indicator.panel(group, year: comparison.year) else { continue }
            html.append("<h4>\(groupTitle(group)) — \(comparison.year)</h4>")
            if indicator.kind == .funnel { funnel(panel, indicator: indicator) }
            table(panel, indicator: indicator)
        }
    }

    mutating func funnel(_ panel: ComparisonPanel, indicator: IndicatorComparison) {
        let definition = indicator.definition
        let points = panel.rows.compactMap { row -> FunnelPlot.Point? in
            guard let value = row.value, row.limits != nil, let n = row.result.denominator?.count else { return nil }
            return FunnelPlot.Point(label: row.network, denominator: Double(n), value: value, outside: row.outlier != nil)
        }
        guard let model = panel.funnel, !points.isEmpty else {
            let shown = panel.rows.contains { $0.value != nil }
            html.append("<p class=\"note\">\(t(shown ? "no_spread" : "no_funnel"))</p>")
            return
        }
        let top = LinearScale.niceDomain(maximum: (points.map(\.denominator).max() ?? 1) * 1.04).upperBound
        var denominators: [Int64] = []
        for step in 1...90 {
            let n = max(Int64(1), Int64((top * Double(step * step) / 8100).rounded()))
            if denominators.last != n { denominators.append(n) }
        }
        let samples = denominators.map { n -> FunnelPlot.LimitSample in
            let limits = model.limits(at: n)
            return FunnelPlot.LimitSample(
                denominator: Double(n), inner: (limits.low95, limits.high95), outer: (limits.low998, limits.high998))
        }
        let numbers = self.numbers
        let denominatorName = definition.denominator?.formula ?? ""
        let labels = ChartLabels(
            title: definition.title.text(in: language),
            xAxis: texts.text("funnel_x", language, ["denominator": denominatorName]),
            yAxis: texts.text("funnel_y", language), description: texts.text("funnel_description", language))
        let chart = FunnelPlot(
            identifier: "\(definition.id)-\(panel.group.rawValue)-\(panel.year)", labels: labels, points: points, target: model.target,
            limits: samples,
            legend: FunnelPlot.Legend(
                target: texts.text("legend_mean", language) + " " + numbers.value(model.target, unit: .proportion),
                inner: texts.text("legend_95", language), outer: texts.text("legend_998", language),
                outside: texts.text("outlier", language)),
            format: ChartNumberFormat(tick: { numbers.decimal($0 * 100, 1) }, value: { numbers.value($0, unit: .proportion) }),
            denominatorFormat: { numbers.decimal($0, 0) }, bounds: 0...1)
        html.append("<figure>\(chart.svg())</figure>")
        let note: String
        if let overdispersion = model.overdispersion {
            let values = [
                "phi": numbers.decimal(overdispersion.phi, 2), "limit": numbers.decimal(overdispersion.phiLimit, 2),
                "networks": String(overdispersion.networks), "tau2": numbers.decimal(overdispersion.tau2, 6),
            ]
            note = t(overdispersion.needed ? "overdispersion_applied" : "overdispersion_not_needed", values)
        } else {
            note = t("overdispersion_too_few")
        }
        html.append("<p class=\"note\">\(note)</p>")
    }

    func sparklineDomain(_ indicator: IndicatorComparison, group: ComparisonGroup) -> ClosedRange<Double>? {
        let values =
            indicator.panels.filter { $0.group == group }.flatMap { $0.rows.compactMap(\.value) } + indicator.national.compactMap(\.value)
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...(high > low ? high : low + 1)
    }

    mutating func table(_ panel: ComparisonPanel, indicator: IndicatorComparison) {
        let definition = indicator.definition
        let unit = definition.unit
        let funnel = indicator.kind == .funnel
        let perThousand = panel.rows.contains { $0.perThousand != nil }
        let fraction = definition.denominator != nil
        let domain = sparklineDomain(indicator, group: panel.group)
        var header =
            funnel
            ? ["network", "numerator", "denominator", "value", "limits_998", "z_score", "outlier"]
            : ["rank", "network"] + (fraction ? ["numerator", "denominator"] : []) + ["value", "interval"]
                + (perThousand ? ["per_1000"] : [])
        header = header.map { t($0) }
        let yearHeaders = comparison.years.map { year -> String in
            let months = comparison.monthsWithActivity[year] ?? 0
            return months < 12 ? t("months", ["year": String(year), "months": String(months)]) : String(year)
        }
        html.append(
            "<table>\n<thead><tr>" + (header + yearHeaders + [t("trend"), t("change")]).map { "<th>\($0)</th>" }.joined()
                + "</tr></thead>\n<tbody>")
        var rows = panel.rows
        if !funnel {
            rows.sort { ($0.rank ?? Int.max, $0.network) < ($1.rank ?? Int.max, $1.network) }
        }
        let national = indicator.national.first { $0.year == panel.year }
        for row in rows + (national.map { [$0] } ?? []) {
            let isNational = row.network == Network.nationalCode
            let value = row.value.map { numbers.value($0, unit: unit) } ?? statusText(row.result)
            var cells: [String]
            let name = isNational ? t("national") : e(row.network)
            if funnel {
                cells = [
                    name, quantity(row.result.numerator), quantity(row.result.denominator), value, limits998(row, unit: unit),
                    row.zScore.map { numbers.decimal($0, 2) } ?? "", row.outlier.map { t($0.rawValue) } ?? "",
                ]
            } else {
                let interval =
                    row.result.ciLow.flatMap { low in
                        row.result.ciHigh.map { numbers.value(low, unit: unit) + " – " + numbers.value($0, unit: unit) }
                    } ?? ""
                cells =
                    [row.rank.map(String.init) ?? "", name]
                    + (fraction ? [quantity(row.result.numerator), quantity(row.result.denominator)] : [])
                    + [value, interval]
                if perThousand {
                    cells.append(
                        row.perThousand.map { rate in
                            numbers.decimal(rate, 2)
                                + (row.perThousandLow.flatMap { low in
                                    row.perThousandHigh.map { " (" + numbers.decimal(low, 2) + " – " + numbers.decimal($0, 2) + ")" }
                                } ?? "")
                        } ?? "")
                }
            }
            let history = comparison.years.map { year -> Double? in
                isNational
                    ? indicator.national.first { $0.year == year }?.value
                    : indicator.panel(panel.group, year: year)?.rows.first { $0.network == row.network }?.value
            }
            cells += history.map { $0.map { numbers.value($0, unit: unit) } ?? "" }
            let spark = Sparkline(
                values: history, domain: domain,
                description: row.network + ": " + history.map { $0.map { numbers.value($0, unit: unit) } ?? "–" }.joined(separator: ", "))
            let textColumns: Set<Int> = funnel ? [0, 6] : [1]
            var line = cells.enumerated().map { index, cell in
                textColumns.contains(index) ? "<td>\(cell)</td>" : "<td class=\"n\">\(cell)</td>"
            }.joined()
            line += "<td class=\"spark\">\(spark.svg())</td><td class=\"n\">\(row.change.map { numbers.change($0, unit: unit) } ?? "")</td>"
            let rowClass = isNational ? " class=\"national\"" : row.outlier != nil ? " class=\"outlier\"" : ""
            html.append("<tr\(rowClass)>\(line)</tr>")
        }
        html.append("</tbody>\n</table>")
    }
}
