import Foundation

@testable import FiveAim

/// Builds what a researcher and the committee can obtain about waits, as `ReleaseSolver` figures over the base cells
/// (network, quarter, function, bucket): every shipped table extract, the waits indicators run per quarter, per
/// overlapping window of quarters and per year (research audience), and the committee draft's waits figures.
struct ReleaseAttack {
    let dataset: Dataset
    let catalogue: Catalogue
    let reportCatalogue: Catalogue

    /// A base cell of waits.
    struct Cell: Hashable {
        var network: String
        var quarter: Int
        var function: String
        var bucket: WaitBucket
    }

    /// `2025-Q2` → quarter ordinal.
    static func quarter(_ month: YearMonth) -> Int { (month.year * 12 + month.month - 1) / 3 }

    static func period(quarters: ClosedRange<Int>) -> ReportPeriod {
        ReportPeriod(
            first: YearMonth(year: quarters.lowerBound / 4, month: quarters.lowerBound % 4 * 3 + 1),
            last: YearMonth(year: quarters.upperBound / 4, month: quarters.upperBound % 4 * 3 + 3))
    }

    /// The reading of a published number: exact when the output rounds nothing, else the interval the published rule
    /// declares (`DisclosurePolicy.readerInterval`; `ReaderIntervalTests` checks it is exactly the set of counts
    /// published as that value, so the attacker reads neither more nor less than the rule gives away).
    static func interval(_ value: Int64, base: Int64, threshold: Int64) -> ClosedRange<Int64> {
        if value == 0 || base == 1 { return value...value }
        return DisclosurePolicy(audience: .research, threshold: threshold).readerInterval(.shown(value))
    }

    /// The rounding base a reader infers from published counts: 5 when every one is a multiple of 5, else 1 (exact).
    static func inferredBase(_ values: [Int64?]) -> Int64 { values.allSatisfy { ($0 ?? 0) % 5 == 0 } ? 5 : 1 }

    /// The release as solver figures; published counts are read as exact, or as rounding intervals when every one is a
    /// multiple of 5 (what the outputs' metadata then declares), with `base` returned.
    func solver(windows: [ClosedRange<Int>], years: [Int], threshold: Int64 = 5) throws -> (solver: ReleaseSolver, base: Int64) {
        var index: [Cell: Int] = [:]
        var truth: [Int64] = []
        let networks = dataset.networks.map(\.code).filter { $0 != Network.nationalCode }.sorted()
        let quarters = Set((dataset.waits ?? []).map { Self.quarter($0.month) }).sorted()
        for network in networks {
            for quarter in quarters {
                for function in ["2", "3"] {
                    for bucket in WaitBucket.allCases {
                        index[Cell(network: network, quarter: quarter, function: function, bucket: bucket)] = truth.count
                        truth.append(0)
                    }
                }
            }
        }
        for row in dataset.waits ?? [] {
            truth[
                index[Cell(network: row.network, quarter: Self.quarter(row.month), function: row.function.rawValue, bucket: row.bucket)]!] +=
                row.count
        }
        var raw: [(cells: [Int], value: Int64?, label: String)] = []
        func cells(where keep: (Cell) -> Bool) -> [Int] { index.filter { keep($0.key) }.map(\.value).sorted() }

        // 1. The shipped waits extract (its own period: everything).
        let spec = try ExtractSpecLoader.load(
            file: EngineFixture.root.appendingPathComponent("Exports/extracts/waits_network_quarter.yaml").path,
            reference: EngineFixture.reference, catalogue: catalogue)
        let extract = try ExtractBuilder(reference: EngineFixture.reference, catalogue: catalogue, texts: TestSupport.extractTexts).build(
            spec, dataset: dataset)
        let column = Dictionary(uniqueKeysWithValues: extract.header.enumerated().map { ($1, $0) })
        for row in extract.rows {
            let text = row.map(\.text)
            let value = text[column["status"]!] == "suppressed" ? nil : Int64(text[column["count"]!])
            let network = text[column["network"]!], quarterText = text[column["quarter"]!], function = text[column["function"]!]
            let bucket = WaitBucket(rawValue: text[column["bucket"]!])
            let quarter: Int? =
                quarterText.isEmpty
                ? nil
                : Int(quarterText.prefix(4))! * 4 + Int(quarterText.suffix(1))! - 1
            let members = cells { cell in
                (network.isEmpty || cell.network == network) && (quarter == nil || cell.quarter == quarter)
                    && (function.isEmpty || cell.function == function) && (bucket == nil || cell.bucket == bucket)
            }
            raw.append((members, value, "extract \(text[column["level"]!]) \(text.prefix(4).joined(separator: "|"))"))
        }

        // 2. Indicators (research) per window and year, 3. the committee draft's figures (report breakdowns).
        let waitIndicators = catalogue.indicators.filter { $0.requires == [.waits] }
        func add(_ results: [IndicatorResult], definitions: [String: IndicatorDefinition], source: String) {
            for result in results {
                guard let definition = definitions[result.indicator] else { continue }
                let quartersIn = Set(quarters.filter { result.period.contains(YearMonth(year: $0 / 4, month: $0 % 4 * 3 + 1)) })
                for (name, spec, quantity) in [
                    ("numerator", definition.numerator, result.numerator),
                    ("denominator", definition.denominator, result.denominator),
                ] {
                    guard let spec else { continue }
                    var buckets = spec.buckets ?? Set(WaitBucket.allCases)
                    if definition.method == .histogramMedian { buckets.remove(.unknown) }
                    let members = cells { cell in
                        (result.network == Network.nationalCode || cell.network == result.network) && quartersIn.contains(cell.quarter)
                            && (spec.functions?.contains(cell.function) ?? true) && buckets.contains(cell.bucket)
                    }
                    let hidden = result.status == .suppressed
                    guard hidden || quantity != nil else { continue }
                    raw.append(
                        (
                            members, hidden ? nil : quantity?.count,
                            "\(source) \(result.indicator) \(name) \(result.network) \(result.period)"
                        ))
                }
            }
        }
        let engine = IndicatorEngine(catalogue: catalogue)
        let periods = windows.map(Self.period) + years.map(ReportPeriod.year)
        let research = engine.report(
            dataset,
            request: IndicatorRequest(
                periods: periods, indicatorIDs: waitIndicators.map(\.id),
                disclosure: DisclosurePolicy(audience: .research)))
        add(research.results, definitions: Dictionary(uniqueKeysWithValues: waitIndicators.map { ($0.id, $0) }), source: "indicators")
        let reportWaits = reportCatalogue.indicators.filter { $0.requires == [.waits] }
        let reportDefinitions = Dictionary(uniqueKeysWithValues: reportWaits.map { ($0.id, $0) })
        for year in years {
            let figuresOfYear = ReportFigures.compute(
                dataset, catalogue: reportCatalogue, year: year,
                disclosure: DisclosurePolicy(audience: .committee), language: .en)
            var results: [IndicatorResult] = []
            for id in reportDefinitions.keys.sorted() {
                for network in networks + [Network.nationalCode] {
                    if let result = figuresOfYear.current(id, network) { results.append(result) }
                }
            }
            add(results, definitions: reportDefinitions, source: "committee draft")
        }
        let base = Self.inferredBase(raw.map(\.value))
        let figures = raw.map { entry in
            let value = entry.cells.reduce(0) { $0 + truth[$1] }
            // The strongest attacker is told which hidden figures are small.
            return ReleaseSolver.Figure(
                cells: entry.cells, published: entry.value.map { Self.interval($0, base: base, threshold: threshold) },
                label: entry.label, mark: (1..<threshold).contains(value) ? 1...(threshold - 1) : 1...ReleaseSolver.unbounded)
        }
        return (ReleaseSolver(truth: truth, figures: figures), base)
    }

    /// One table extract alone, as solver figures over its own inner cells (truth unknown to the attack: −1).
    static func solver(tableExtract extract: ExtractResult, base: Int64, threshold: Int64 = 5) -> ReleaseSolver {
        guard case .table(_, let layout) = extract.spec.source else { preconditionFailure("a table extract") }
        let column = Dictionary(uniqueKeysWithValues: extract.header.enumerated().map { ($1, $0) })
        let strata = layout.strata.map { column[$0.name]! }, rows = layout.rows.map { column[$0.name]! }
        let columns = layout.columns.map { column[$0.name]! }
        var cellIndex: [[String]: Int] = [:]
        let texts = extract.rows.map { $0.map(\.text) }
        for text in texts where text[column["level"]!] == "cell" && cellIndex[text] == nil { cellIndex[text] = cellIndex.count }
        func part(_ text: [String], _ positions: [Int]) -> [String] { positions.map { text[$0] } }
        var byStratum: [[String]: [(row: [String], column: [String], index: Int)]] = [:]
        for (text, index) in cellIndex { byStratum[part(text, strata), default: []].append((part(text, rows), part(text, columns), index)) }
        var figures: [ReleaseSolver.Figure] = []
        let measure = extract.header[extract.header.count - 2]
        for text in texts {
            let level = text[column["level"]!]
            let stratumCells = byStratum[part(text, strata)] ?? []
            let members: [Int] =
                switch level {
                case "cell": [cellIndex[text]!]
                case "row_total": stratumCells.filter { $0.row == part(text, rows) }.map(\.index)
                case "column_total": stratumCells.filter { $0.column == part(text, columns) }.map(\.index)
                default: stratumCells.map(\.index)
                }
            // The last two columns: the count attacked and its status (`status`, or `sessions_status` of outreach sites).
            let value = text[column[extract.header.last!]!] == "suppressed" ? nil : Int64(text[column[measure]!])
            figures.append(
                .init(
                    cells: members.sorted(), published: value.map { interval($0, base: base, threshold: threshold) },
                    label: "\(extract.spec.id) \(level) \(text.prefix(extract.header.count - 3).joined(separator: "|"))"))
        }
        return ReleaseSolver(truth: [Int64](repeating: -1, count: cellIndex.count), figures: figures)
    }
}
