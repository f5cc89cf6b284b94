internal import Mustache

/// Writes a comparison as one self-contained HTML page (inline CSS and SVG, no scripts, fonts or links outside it):
/// the outliers of the year, then per aim and indicator a funnel plot per group (proportions) or a ranked table
/// (the rest), each with the networks' values over every year, a sparkline and the year-on-year change.
///
/// The page is `Exports/compare/compare.html.mustache` filled with `ComparisonPage`: every text and value is escaped
/// by the template; only the charts' SVG, drawn and escaped by `Outputs/Charts`, is inserted as it is.
public enum ComparisonHTMLWriter {
    /// The page in `language`; the same comparison gives the same bytes.
    public static func write(_ comparison: NetworkComparison, texts: ComparisonTexts, language: Language) -> String {
        let page = PageBuilder(comparison: comparison, texts: texts, language: language).page()
        guard let html = texts.template.render(page, withTemplate: ComparisonTexts.templateName) else {
            preconditionFailure("the comparison template was checked at load")
        }
        return html
    }
}

/// Mustache content type `FIVEAIM_HTML`: HTML escaping as the charts do it (`SVGCanvas.escape`, which also drops
/// control characters).
struct FiveAimHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { SVGCanvas.escape(text) }

    private static let registered: Bool = {
        MustacheContentTypes.register(FiveAimHTMLContentType(), named: "FIVEAIM_HTML")
        return true
    }()

    static func registerOnce() { _ = registered }
}

/// Numbers as the page writes them: `.` in English, `,` in French, Dutch and German; thousands grouped with a narrow space.
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
        if unit == .proportion { return sign + decimal(change * 100, 1) + "\u{00A0}" + texts.text(.percentagePoints, language) }
        return sign + value(change, unit: unit).replacingOccurrences(of: "\u{00A0}%", with: "")
    }
}

/// What the comparison template shows: plain text (the template escapes it) and the charts' SVG.
struct ComparisonPage {
    /// A `<td>`: numbers right-aligned.
    struct Cell {
        let text: String
        let numeric: Bool
    }

    /// A line of the outliers table.
    struct OutlierRow {
        let id: String
        let title: String
        let group: String
        let network: String
        let numerator: String
        let denominator: String
        let value: String
        let limits: String
        let zScore: String
        let side: String
    }

    /// The outliers table.
    struct Outliers {
        let header: [String]
        let rows: [OutlierRow]
    }

    /// A network's (or Belgium's) line of a panel's table.
    struct Row {
        let national: Bool
        let outlier: Bool
        let cells: [Cell]
        let spark: String
        let change: String
    }

    /// A funnel plot, or why there is none.
    struct Funnel {
        let hasFigure: Bool
        let svg: String
        let note: String
    }

    /// One group's year of an indicator.
    struct Panel {
        let group: String
        let year: String
        let funnel: Funnel?
        let header: [String]
        let rows: [Row]
    }

    /// An indicator: its link in the contents and its section.
    struct Indicator {
        let id: String
        let title: String
        let definition: String
        let direction: String
        let article: String
        let panels: [Panel]
    }

    /// An aim and its indicators.
    struct Aim {
        let number: Int
        let title: String
        let indicators: [Indicator]
    }

    /// The partial years' note.
    struct PartialYears {
        let label: String
        let list: String
    }

    let lang: String
    let title: String
    let year: String
    let subtitle: String
    let method: String
    let disclosure: String
    let partialYears: PartialYears?
    let contents: String
    let summary: String
    let outliers: Outliers?
    let noOutliers: String
    let aims: [Aim]
}

/// Builds the page's content from the comparison, the texts and the charts.
private struct PageBuilder {
    let comparison: NetworkComparison
    let texts: ComparisonTexts
    let language: Language
    let numbers: ComparisonNumbers

    init(comparison: NetworkComparison, texts: ComparisonTexts, language: Language) {
        self.comparison = comparison
        self.texts = texts
        self.language = language
        numbers = ComparisonNumbers(language: language, texts: texts)
    }

    func t(_ key: CompareTextKey, _ values: [String: String] = [:]) -> String { texts.text(key, language, values) }

    func page() -> ComparisonPage {
        let year = String(comparison.year)
        let partial = comparison.years.compactMap { year -> String? in
            let months = comparison.monthsWithActivity[year] ?? 0
            return months < 12 ? t(.months, ["year": String(year), "months": String(months)]) : nil
        }
        let aims = Set(comparison.indicators.map(\.definition.aim)).sorted().map { aim in
            ComparisonPage.Aim(
                number: aim, title: CompareTextKey.aim(aim).map { t($0) } ?? String(aim),
                indicators: comparison.indicators.filter { $0.definition.aim == aim }.map(indicator))
        }
        return ComparisonPage(
            lang: language.rawValue, title: t(.title), year: year, subtitle: t(.subtitle, ["year": year]), method: t(.method),
            disclosure: t(.disclosure, ["limit": String(comparison.disclosure.threshold - 1)]),
            partialYears: partial.isEmpty
                ? nil : ComparisonPage.PartialYears(label: t(.partialYears), list: partial.joined(separator: "; ")),
            contents: t(.contents), summary: t(.summary, ["year": year]), outliers: outliers(), noOutliers: t(.noOutliers),
            aims: aims)
    }

    func title(_ definition: IndicatorDefinition) -> String { definition.title.text(in: language) }

    func outliers() -> ComparisonPage.Outliers? {
        var rows: [ComparisonPage.OutlierRow] = []
        for indicator in comparison.indicators {
            for group in comparison.groups {
                guard let panel = indicator.panel(group, year: comparison.year) else { continue }
                for row in panel.outliers { rows.append(outlierRow(row, indicator: indicator, group: group)) }
            }
        }
        guard !rows.isEmpty else { return nil }
        let header: [CompareTextKey] = [.indicator, .group, .network, .numerator, .denominator, .value, .limits998, .zScore, .outlier]
        return ComparisonPage.Outliers(header: header.map { t($0) }, rows: rows)
    }

    func outlierRow(_ row: ComparisonRow, indicator: IndicatorComparison, group: ComparisonGroup) -> ComparisonPage.OutlierRow {
        let unit = indicator.definition.unit
        return ComparisonPage.OutlierRow(
            id: indicator.definition.id, title: title(indicator.definition), group: t(.group(group)), network: row.network,
            numerator: quantity(row.result.numerator), denominator: quantity(row.result.denominator),
            value: row.value.map { numbers.value($0, unit: unit) } ?? "", limits: limits998(row, unit: unit),
            zScore: row.zScore.map { numbers.decimal($0, 2) } ?? "", side: row.outlier.map { t(.side($0)) } ?? "")
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
        case .suppressed: t(.suppressed)
        case .notAvailable: t(.notAvailable)
        case .censored: t(.censored)
        }
    }

    func indicator(_ indicator: IndicatorComparison) -> ComparisonPage.Indicator {
        let definition = indicator.definition
        let panels = comparison.groups.compactMap { group -> ComparisonPage.Panel? in
            guard let panel = indicator.panel(group, year: comparison.year) else { return nil }
            return ComparisonPage.Panel(
                group: t(.group(group)), year: String(comparison.year),
                funnel: indicator.kind == .funnel ? funnel(panel, indicator: indicator) : nil,
                header: header(panel, indicator: indicator), rows: rows(panel, indicator: indicator))
        }
        return ComparisonPage.Indicator(
            id: definition.id, title: title(definition), definition: definition.definition.text(in: language),
            direction: t(.direction(definition.better)), article: definition.article, panels: panels)
    }

    func funnel(_ panel: ComparisonPanel, indicator: IndicatorComparison) -> ComparisonPage.Funnel {
        let definition = indicator.definition
        let points = panel.rows.compactMap { row -> FunnelPlot.Point? in
            guard let value = row.value, row.limits != nil, let n = row.result.denominator?.count else { return nil }
            return FunnelPlot.Point(label: row.network, denominator: Double(n), value: value, outside: row.outlier != nil)
        }
        guard let model = panel.funnel, !points.isEmpty else {
            let shown = panel.rows.contains { $0.value != nil }
            return ComparisonPage.Funnel(hasFigure: false, svg: "", note: t(shown ? .noSpread : .noFunnel))
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
            title: definition.title.text(in: language), xAxis: t(.funnelX, ["denominator": denominatorName]), yAxis: t(.funnelY),
            description: t(.funnelDescription))
        let chart = FunnelPlot(
            identifier: "\(definition.id)-\(panel.group.rawValue)-\(panel.year)", labels: labels, points: points, target: model.target,
            limits: samples,
            legend: FunnelPlot.Legend(
                target: t(.legendMean) + " " + numbers.value(model.target, unit: .proportion), inner: t(.legend95),
                outer: t(.legend998), outside: t(.outlier)),
            format: ChartNumberFormat(tick: { numbers.decimal($0 * 100, 1) }, value: { numbers.value($0, unit: .proportion) }),
            denominatorFormat: { numbers.decimal($0, 0) }, bounds: 0...1)
        let note: String
        if let overdispersion = model.overdispersion {
            let values = [
                "phi": numbers.decimal(overdispersion.phi, 2), "limit": numbers.decimal(overdispersion.phiLimit, 2),
                "networks": String(overdispersion.networks), "tau2": numbers.decimal(overdispersion.tau2, 6),
            ]
            note = t(overdispersion.needed ? .overdispersionApplied : .overdispersionNotNeeded, values)
        } else {
            note = t(.overdispersionTooFew)
        }
        return ComparisonPage.Funnel(hasFigure: true, svg: chart.svg(), note: note)
    }

    func sparklineDomain(_ indicator: IndicatorComparison, group: ComparisonGroup) -> ClosedRange<Double>? {
        let values =
            indicator.panels.filter { $0.group == group }.flatMap { $0.rows.compactMap(\.value) } + indicator.national.compactMap(\.value)
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...(high > low ? high : low + 1)
    }

    func header(_ panel: ComparisonPanel, indicator: IndicatorComparison) -> [String] {
        let perThousand = panel.rows.contains { $0.perThousand != nil }
        let fraction = indicator.definition.denominator != nil
        let keys: [CompareTextKey] =
            indicator.kind == .funnel
            ? [.network, .numerator, .denominator, .value, .limits998, .zScore, .outlier]
            : [.rank, .network] + (fraction ? [.numerator, .denominator] : []) + [.value, .interval]
                + (perThousand ? [.per1000] : [])
        let years = comparison.years.map { year -> String in
            let months = comparison.monthsWithActivity[year] ?? 0
            return months < 12 ? t(.months, ["year": String(year), "months": String(months)]) : String(year)
        }
        return keys.map { t($0) } + years + [t(.trend), t(.change)]
    }

    func rows(_ panel: ComparisonPanel, indicator: IndicatorComparison) -> [ComparisonPage.Row] {
        let definition = indicator.definition
        let unit = definition.unit
        let funnel = indicator.kind == .funnel
        let perThousand = panel.rows.contains { $0.perThousand != nil }
        let fraction = definition.denominator != nil
        let domain = sparklineDomain(indicator, group: panel.group)
        var rows = panel.rows
        if !funnel {
            rows.sort { ($0.rank ?? Int.max, $0.network) < ($1.rank ?? Int.max, $1.network) }
        }
        let national = indicator.national.first { $0.year == panel.year }
        return (rows + (national.map { [$0] } ?? [])).map { row in
            let isNational = row.network == Network.nationalCode
            let value = row.value.map { numbers.value($0, unit: unit) } ?? statusText(row.result)
            var cells: [String]
            let name = isNational ? t(.national) : row.network
            if funnel {
                cells = [
                    name, quantity(row.result.numerator), quantity(row.result.denominator), value, limits998(row, unit: unit),
                    row.zScore.map { numbers.decimal($0, 2) } ?? "", row.outlier.map { t(.side($0)) } ?? "",
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
            return ComparisonPage.Row(
                national: isNational, outlier: !isNational && row.outlier != nil,
                cells: cells.enumerated().map { ComparisonPage.Cell(text: $1, numeric: !textColumns.contains($0)) },
                spark: spark.svg(), change: row.change.map { numbers.change($0, unit: unit) } ?? "")
        }
    }
}
