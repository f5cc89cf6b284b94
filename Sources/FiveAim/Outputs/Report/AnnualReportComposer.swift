/// Composes the draft annual report of one network from the engine's figures, in one language: the summary, one section
/// per aim, waits, group work, outreach, budget, rule checks, data quality, placeholders and the annex.
///
/// Every figure comes from `ReportFigures` (the engine's results, disclosure applied); nothing is computed here but sums of
/// exact euros for a budget total and the ordering of text.
public struct AnnualReportComposer: Sendable {
    /// The texts of the report's language.
    public let texts: ReportTexts
    /// The figures of the batch.
    public let figures: ReportFigures
    /// The months with data in the dataset (months after the last are not drawn as zeros).
    public let dataMonths: ClosedRange<YearMonth>?
    /// What the generated note says made the draft (e.g. `fiveaim 0.1`).
    public let generator: String
    /// The month of the run: months whose attestation period (art. 14 §4) had not closed by then are named as provisional.
    public let runMonth: YearMonth

    /// Creates a composer.
    public init(
        texts: ReportTexts, figures: ReportFigures, dataMonths: ClosedRange<YearMonth>?, runMonth: YearMonth,
        generator: String = "fiveaim report"
    ) {
        self.texts = texts
        self.figures = figures
        self.dataMonths = dataMonths
        self.runMonth = runMonth
        self.generator = generator
    }

    var catalogue: Catalogue { figures.catalogue }
    var year: Int { figures.year }
    var figure: FigureText { FigureText(texts: texts, catalogue: catalogue, disclosure: figures.disclosure) }

    /// The report of `network`.
    public func compose(_ network: Network) -> AnnualReport {
        let code = network.code
        return AnnualReport(
            language: texts.language.rawValue, locale: texts.locale,
            title: texts.text(.title, ["year": String(year)]),
            subtitle: texts.text(.subtitle, ["network": network.name, "code": code, "year": String(year)]),
            networkCode: code, networkName: network.name, year: year, previousYear: year - 1,
            audienceNote: audienceNote(), periodNote: periodNote(), generatedNote: texts.text(.generatedNote, ["tool": generator]),
            summary: ReportSummaryWriter(composer: self).sentences(code),
            context: placeholder(.placeholderContext),
            aims: (1...5).map { aim(number: $0, network: network) },
            waits: waits(code), groups: groups(code), outreach: outreach(code), budget: budget(network),
            checks: checks(code), quality: quality(network),
            plans: placeholder(.placeholderPlans),
            annex: annex(code))
    }

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

    func title(_ id: String) -> String { catalogue.indicator(id)?.title.text(in: texts.language) ?? id }

    /// A missing-data paragraph when every result of `ids` is unavailable for a missing table, else nil.
    func missingParagraph(_ ids: [String], _ network: String) -> ReportParagraph? {
        let results = ids.map { figures.current($0, network) }
        guard !results.isEmpty, results.allSatisfy({ $0 == nil || $0!.status == .notAvailable }) else { return nil }
        let reasons = Set(results.compactMap { $0.map { figure.reason($0) } }).sorted()
        return ReportParagraph([ReportFragment(texts.text(.sectionMissing, ["reasons": reasons.joined(separator: " ; ")]))])
    }

    // MARK: Aims

    func indicatorTable(id: String, ids: [String], network owner: Network) -> ReportTable {
        let network = owner.code
        var notes = FootnoteList()
        let columns = [
            ReportColumn(texts[.columnIndicator], numeric: false), ReportColumn(String(year)), ReportColumn(String(year - 1)),
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

    func aim(number: Int, network: Network) -> AimSection {
        let ids = catalogue.indicators.filter { $0.aim == number && !$0.id.hasPrefix("report_") }.map(\.id)
        var section = ReportSection()
        section.tables = [indicatorTable(id: "aim-\(number)", ids: ids, network: network)]
        if number == 1, let chart = trendChart(network.code) { section.charts = [chart] }
        section.placeholder = placeholder(.placeholderAim)
        return AimSection(number: number, heading: texts[ReportTextKey.aim(number)], anchor: "aim-\(number)", section: section)
    }

    /// Individual sessions month by month, this year and last, months after the data's last month left out (never 0).
    func trendChart(_ network: String) -> ReportChart? {
        let indicator = ReportFigures.monthlyIndicators[0]
        func series(_ y: Int) -> [Double?] {
            (1...12).map { month in
                let ym = YearMonth(year: y, month: month)
                guard let months = dataMonths, months.contains(ym) else { return nil }
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
            format: Self.chartFormat(decimals: 0))
        return ReportChart(id: "trend", title: labels.title, description: labels.description, svg: chart.svg())
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

    // MARK: Waits

    static let waitBuckets = [
        "report_wait_0_7", "report_wait_8_14", "report_wait_15_30", "report_wait_31_60", "report_wait_61_90",
        "report_wait_91_plus",
    ]

    func waits(_ network: String) -> ReportSection {
        var section = ReportSection()
        let keyIDs = ["wait_within_7d", "wait_within_30d", "wait_median_days", "wait_unknown_share"]
        if let missing = missingParagraph(Self.waitBuckets + keyIDs, network) {
            section.missing = missing
            return section
        }
        section.paragraphs = [
            comparison(.waitsParagraph7, "wait_within_7d", network), comparison(.waitsParagraph30, "wait_within_30d", network),
            comparison(.waitsParagraphMedian, "wait_median_days", network),
        ]
        let bins = Self.waitBuckets.map { id -> Histogram.Bin in
            let result = figures.current(id, network)
            return Histogram.Bin(label: title(id), value: result?.status == .ok ? result?.value.map { $0 * 100 } : nil)
        }
        if bins.contains(where: { $0.value != nil }) {
            let labels = ChartLabels(
                title: texts.text(.chartWaitsTitle, ["year": String(year)]), xAxis: texts[.chartWaitsX],
                yAxis: texts[.chartWaitsY], description: texts.text(.chartWaitsDescription, ["year": String(year)]))
            let chart = Histogram(
                labels: labels, bins: bins, highlightThrough: 2, format: Self.chartFormat(decimals: 1, percent: true),
                missingText: texts[.suppressed])
            section.charts = [ReportChart(id: "waits", title: labels.title, description: labels.description, svg: chart.svg())]
        }
        var notes = FootnoteList()
        let rows = Self.waitBuckets.map { id -> ReportRow in
            let result = figures.current(id, network)
            return ReportRow([
                ReportCell(title(id), numeric: false), cell(figure.quantity(result, "numerator")),
                figure.value(result, notes: &notes), figure.value(figures.national(id), notes: &notes),
            ])
        }
        let unknown = figures.current("wait_unknown_share", network)
        let total = ReportRow(
            [
                ReportCell(texts[.waitsKnownTotal], numeric: false),
                cell(figure.quantity(figures.current(Self.waitBuckets[0], network), "denominator")),
                ReportCell("100,0" + BelgianFormat.space + "%"),
                ReportCell(""),
            ], total: true)
        let unknownRow = ReportRow([
            ReportCell(texts[.waitsUnknown], numeric: false), cell(figure.quantity(unknown, "numerator")),
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
            "previous_year": ReportFragment(String(year - 1)),
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

    // MARK: Groups

    func groups(_ network: String) -> ReportSection {
        var section = ReportSection()
        let functions = ["1", "2", "3"]
        let ids =
            functions.flatMap { ["report_group_participations_f\($0)", "report_group_sessions_f\($0)"] }
            + ["report_individual_sessions_f2", "report_individual_sessions_f3", "group_participation_share"]
        if let missing = missingParagraph(ids, network) {
            section.missing = missing
            return section
        }
        section.paragraphs = [comparison(.groupsParagraph, "group_participation_share", network)]
        func value(_ id: String) -> Double? {
            guard let result = figures.current(id, network), result.status == .ok else { return nil }
            return result.value
        }
        let categories = functions.map { function -> StackedBarChart.Category in
            let individual: Double? = function == "1" ? 0 : value("report_individual_sessions_f\(function)")
            return StackedBarChart.Category(
                label: texts[ReportTextKey.function(function)],
                values: [individual, value("report_group_participations_f\(function)")])
        }
        let labels = ChartLabels(
            title: texts.text(.chartGroupsTitle, ["year": String(year)]), xAxis: texts[.chartGroupsX], yAxis: "",
            description: texts.text(.chartGroupsDescription, ["year": String(year)]))
        let chart = StackedBarChart(
            labels: labels, series: [texts[.seriesIndividual], texts[.seriesGroup]], categories: categories,
            normalized: true, format: Self.chartFormat(decimals: 0, percent: true), missingText: texts[.notAvailable])
        section.charts = [ReportChart(id: "groups", title: labels.title, description: labels.description, svg: chart.svg())]
        var notes = FootnoteList()
        let rows = functions.map { function -> ReportRow in
            let individual: ReportCell =
                function == "1"
                ? ReportCell(texts[.notApplicable])
                : figure.value(figures.current("report_individual_sessions_f\(function)", network), notes: &notes)
            let size = function == "1" ? "mean_group_size_f1" : "report_group_size_f\(function)"
            return ReportRow([
                ReportCell(texts[ReportTextKey.function(function)], numeric: false), individual,
                figure.value(figures.current("report_group_participations_f\(function)", network), notes: &notes),
                figure.value(figures.current("report_group_sessions_f\(function)", network), notes: &notes),
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

    // MARK: Outreach

    static let missionCodes = ["726950", "726972", "726994", "727016"]

    func outreach(_ network: String) -> ReportSection {
        var section = ReportSection()
        section.paragraphs = [
            comparison(
                .outreachCommunity, "community_participations", network,
                extra: ["sessions": fragment("report_group_sessions_f1", network)]),
            comparison(.outreachParagraph, "outreach_share", network),
            comparison(
                .outreachHomeRemote, "home_share", network,
                extra: ["remote": fragment("remote_share", network), "remote_national": fragment("remote_share", Network.nationalCode)]),
            comparison(.outreachHours, "support_mission_hours", network),
        ]
        let ids = Self.missionCodes.map { "report_mission_hours_\($0)" }
        let bars = ids.map { id -> BarChart.Bar in
            let result = figures.current(id, network)
            return BarChart.Bar(
                label: title(id), value: result?.status == .ok ? result?.value : nil,
                missingText: result?.status == .suppressed ? texts[.suppressed] : texts[.notAvailable])
        }
        let labels = ChartLabels(
            title: texts.text(.chartMissionsTitle, ["year": String(year)]), xAxis: texts[.chartMissionsX], yAxis: "",
            description: texts.text(.chartMissionsDescription, ["year": String(year)]))
        section.charts = [
            ReportChart(
                id: "missions", title: labels.title, description: labels.description,
                svg: BarChart(labels: labels, bars: bars, format: Self.chartFormat(decimals: 0)).svg())
        ]
        var notes = FootnoteList()
        var rows = zip(Self.missionCodes, ids).map { code, id in
            ReportRow([
                ReportCell(title(id), numeric: false), ReportCell(code, numeric: false),
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
                    ReportColumn(texts.text(.columnHours, ["year": String(year - 1)])),
                ],
                rows: rows, notes: notes.notes)
        ]
        return section
    }

    func fragment(_ id: String, _ network: String) -> ReportFragment {
        var notes = FootnoteList()
        let cell = figure.value(figures.current(id, network), notes: &notes)
        return ReportFragment(cell.text, ref: cell.ref)
    }

    // MARK: Budget

    static let spendingFunctions = ["1", "2", "3", "mission", "administrative"]

    /// The allocation table: one row per line that exists in the year or the year before (`budget_lines.csv`), "sans objet"
    /// in a year, or for a network, the line does not exist for; the total adds the lines of their own, never a part of
    /// another line (the 2026 training modules are part of the operating line).
    func allocationRows(_ network: Network, notes: inout FootnoteList) -> [ReportRow] {
        let table = catalogue.budgetLines, code = network.code
        let lines = BudgetLine.allCases.filter { table.period($0, in: year) != nil || table.period($0, in: year - 1) != nil }
        func applies(_ line: BudgetLine, _ y: Int) -> Bool {
            if case .applies = table.use(line, in: y, by: network.targetGroup) { return true }
            return false
        }
        func result(_ line: BudgetLine, _ y: Int) -> IndicatorResult? {
            figures.result("report_budget_\(line.rawValue)", network: code, period: .year(y))
        }
        func cell(_ line: BudgetLine, _ y: Int) -> ReportCell {
            applies(line, y) ? figure.value(result(line, y), notes: &notes) : ReportCell(texts[.notApplicable])
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
            ReportRow([ReportCell(title("report_budget_\($0.rawValue)"), numeric: false), cell($0, year), cell($0, year - 1)])
        }
            + [ReportRow([ReportCell(texts[.total], numeric: false), total(year), total(year - 1)], total: true)]
    }

    func budget(_ owner: Network) -> ReportSection {
        let network = owner.code
        var section = ReportSection()
        var notes = FootnoteList()
        // Allocation per line.
        let lineIDs = BudgetLine.allCases.map { "report_budget_\($0.rawValue)" }
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
        let spendingIDs = Self.spendingFunctions.map { "report_spending_\($0)" }
        var spendingRows = spendingIDs.map { id in
            ReportRow([
                ReportCell(title(id), numeric: false), figure.value(figures.current(id, network), notes: &spendingNotes),
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
                columns: [ReportColumn(texts[.columnFunction], numeric: false)] + yearColumns, rows: spendingRows,
                notes: spendingNotes.notes))
        section.tables = tables
        if let missing = missingParagraph(lineIDs, network) { section.paragraphs.append(missing) }
        section.paragraphs += moneyNotes()
        section.paragraphs += [
            comparison(.budgetUse, "care_budget_use", network),
            comparison(
                .budgetCeiling, "function3_share_of_care_budget", network,
                extra: ["ceiling": ReportFragment(ceilingText())]),
            comparison(.budgetMissionShare, "art8_mission_share_of_outreach_line", network),
        ]
        // Charts: spending per function, and function 3 against the ceiling.
        let bars = spendingIDs.map { id -> BarChart.Bar in
            let result = figures.current(id, network)
            return BarChart.Bar(label: title(id), value: result?.status == .ok ? result?.value : nil, missingText: texts[.notAvailable])
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
            (String(year), figures.current(ceilingID, network)), (String(year - 1), figures.previous(ceilingID, network)),
            (texts.text(.columnNational, ["year": String(year)]), figures.national(ceilingID)),
        ].map { label, result in
            BarChart.Bar(
                label: label, value: result?.status == .ok ? result?.value.map { $0 * 100 } : nil,
                missingText: result?.status == .suppressed ? texts[.suppressed] : texts[.notAvailable])
        }
        if ceilingBars.contains(where: { $0.value != nil }), let limit = ceiling() {
            let labels = ChartLabels(
                title: texts[.chartCeilingTitle], xAxis: texts[.chartCeilingX], yAxis: "",
                description: texts.text(.chartCeilingDescription, ["ceiling": ceilingText()]))
            let chart = BarChart(
                labels: labels, bars: ceilingBars,
                reference: .init(value: limit * 100, label: texts.text(.chartCeilingLine, ["ceiling": ceilingText()])),
                format: Self.chartFormat(decimals: 1, percent: true))
            section.charts.append(ReportChart(id: "ceiling", title: labels.title, description: labels.description, svg: chart.svg()))
        }
        return section
    }

    /// The function 3 ceiling of the rules (`checks.yaml`), e.g. 0.45.
    func ceiling() -> Double? {
        catalogue.rules.first { $0.indicator == "function3_share_of_care_budget" && $0.comparison == .atMost }?.fixedLimit
    }

    func ceilingText() -> String { ceiling().map { BelgianFormat.percent($0, decimals: 0) } ?? texts[.notAvailable] }

    // MARK: Checks

    func checks(_ network: String) -> ReportSection {
        var section = ReportSection()
        let findings = figures.findings.filter { $0.network == .network(network) && $0.severity != .note }
        let notes = figures.findings.filter { $0.network == .everyNetwork && $0.severity == .note }
        if findings.isEmpty {
            section.paragraphs = [ReportParagraph([ReportFragment(texts.text(.checksNone, ["year": String(year)]))])]
        } else {
            let rows = findings.map { finding -> ReportRow in
                let rule = catalogue.rules.first { $0.id == finding.rule }
                let (observed, limit) = checkFigures(finding, rule: rule, network: network)
                return ReportRow([
                    ReportCell(rule?.title.text(in: texts.language) ?? finding.rule, numeric: false), observed, ReportCell(limit),
                    ReportCell(finding.article, numeric: false),
                    ReportCell(finding.severity == .error ? texts[.severityError] : texts[.severityWarning], numeric: false),
                ])
            }
            section.tables = [
                ReportTable(
                    id: "checks", caption: texts.text(.captionChecks, ["year": String(year)]),
                    columns: [
                        ReportColumn(texts[.columnRule], numeric: false), ReportColumn(texts[.columnObserved]),
                        ReportColumn(texts[.columnLimit]), ReportColumn(texts[.columnArticle], numeric: false),
                        ReportColumn(texts[.columnSeverity], numeric: false),
                    ],
                    rows: rows, notes: [])
            ]
        }
        for note in notes {
            guard case .notEvaluated(let reason) = note.outcome else { continue }
            let rule = catalogue.rules.first { $0.id == note.rule }
            section.paragraphs.append(
                ReportParagraph([
                    ReportFragment(
                        texts.text(
                            .checksNotEvaluated,
                            [
                                "rule": rule?.title.text(in: texts.language) ?? note.rule, "article": note.article,
                                "reason": figure.reason(reason, period: .year(note.year)),
                            ]))
                ]))
        }
        section.placeholder = placeholder(.placeholderActions)
        return section
    }

    /// The observed value and limit of a breach in the report's number style; hidden when disclosure hides the figure.
    func checkFigures(_ finding: CheckFinding, rule: ConventionRule?, network: String) -> (ReportCell, String) {
        guard case .breach(let observed, let limit, _) = finding.outcome else { return (ReportCell(""), "") }
        guard let rule else {
            let (observed, limit) = ChecksCSVWriter.figures(finding)
            return (ReportCell(observed), limit)
        }
        let result = figures.current(rule.indicator, network)
        guard let result, result.status == .ok || result.status == .censored else {
            return (ReportCell(texts[.suppressed]), "")
        }
        switch rule.comparison {
        case .numeratorAtMostDenominator:
            let observed = figure.quantity(result, "numerator"), limit = figure.quantity(result, "denominator")
            return (ReportCell(observed.text, ref: observed.ref), limit.text)
        case .growsFromPreviousYear:
            // The finding's shares: over the months both years share when the year is partial (the yearly line prorated).
            return (
                ReportCell(figure.number(observed.doubleValue, rule.indicator)),
                "> " + figure.number(limit.number.doubleValue, rule.indicator)
            )
        case .atMost, .atLeast:
            let limit = figure.number(limit.number.doubleValue, rule.indicator)
            return (
                ReportCell(figure.displayed(result) ?? "", ref: FigureText.ref(result, "value")),
                (rule.comparison == .atMost ? "≤ " : "≥ ") + limit
            )
        }
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
        if let note = april2024Note() { notes.append(note) }
        return notes
    }

    /// The 2024 figures cover April–December (art. 14 from 1 January, codes of functions 1–3 from April, art. 21), when the
    /// report shows 2024 (as its year or the year before) and the dataset has services in 2024.
    func april2024Note() -> ReportParagraph? {
        guard [year, year - 1].contains(2024), figures.tariffYears.uses.contains(where: { $0.year == 2024 }) else { return nil }
        return ReportParagraph([ReportFragment(texts[.moneyFromApril2024])])
    }

    // MARK: Quality

    func quality(_ owner: Network) -> ReportSection {
        let network = owner.code
        var section = ReportSection()
        if figures.missingTables.isEmpty {
            section.paragraphs = [ReportParagraph([ReportFragment(texts[.qualityAllTables])])]
        } else {
            section.paragraphs = [ReportParagraph([ReportFragment(texts[.qualityMissingIntro])])]
            for table in figures.missingTables.keys.sorted(by: { $0.name < $1.name }) {
                let titles = (figures.missingTables[table] ?? []).map(title).joined(separator: " ; ")
                section.paragraphs.append(
                    ReportParagraph([ReportFragment(texts.text(.qualityMissingTable, ["table": table.name, "indicators": titles]))]))
            }
        }
        if figures.twoPsychologistSessionsMissing {
            section.paragraphs.append(ReportParagraph([ReportFragment(texts[.moneyTwoPsychologistsMissing])]))
        }
        if let note = april2024Note() { section.paragraphs.append(note) }
        let ids = ["report_unknown_age_share", "report_unknown_bim_share", "wait_unknown_share"]
        section.tables = [indicatorTable(id: "quality", ids: ids, network: owner)]
        section.tables[0].caption = texts.text(.captionQuality, ["year": String(year)])
        return section
    }

    // MARK: Annex

    func annex(_ network: String) -> [AnnexEntry] {
        catalogue.indicators.map { definition in
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
                definition: definition.definition.text(in: texts.language), rule: definition.formula, article: definition.article,
                tables: definition.requires.map(\.name).joined(separator: ", "), figures: paragraph(texts[pattern], slots))
        }
    }

    /// The figure's value as the tables show it, and the reason in words when there is none (the annex has no footnotes).
    func annexValue(_ result: IndicatorResult?) -> (value: ReportFragment, reason: ReportFragment) {
        var notes = FootnoteList()
        let cell = figure.value(result, notes: &notes)
        return (ReportFragment(cell.text, ref: cell.ref), ReportFragment(notes.notes.first.map { " (" + $0.text + ")" } ?? ""))
    }

}
