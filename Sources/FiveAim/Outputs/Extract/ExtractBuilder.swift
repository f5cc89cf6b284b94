/// One value of an extract's data file: text as written to CSV, and its type for spreadsheets.
public enum ExtractValue: Sendable, Hashable {
    /// An empty cell (a totalled-over grouping column, a suppressed or unavailable number).
    case empty
    /// A code or date, written as is.
    case text(String)
    /// A whole number.
    case integer(Int64)
    /// A decimal number with its exact text (`.` separator).
    case decimal(Double, String)

    /// The text written to CSV.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .integer(let value): String(value)
        case .decimal(_, let text): text
        }
    }
}

/// The disclosure control applied to an extract, as recorded in its manifest.
public struct ExtractDisclosure: Sendable, Hashable {
    /// Always `research`.
    public var audience: Audience
    /// Counts from 1 to `threshold − 1` are suppressed.
    public var threshold: Int64
    /// Every published count is a multiple of this base (`DisclosurePolicy.countBase`).
    public var roundingBase: Int64
    /// The rule in words.
    public var rule: String
    /// Entries published (cells and totals, or indicator results).
    public var entries: Int
    /// Entries hidden because they are small.
    public var primary: Int
    /// Totals hidden because their line would narrow a small entry (`IntervalGuard`).
    public var complementary: Int
}

/// A computed extract: the data file's header and rows, the codebook's columns and the disclosure applied.
public struct ExtractResult: Sendable {
    /// The specification.
    public var spec: ExtractSpec
    /// The data file's column names.
    public var header: [String]
    /// The data rows, in output order.
    public var rows: [[ExtractValue]]
    /// What each column means, in header order.
    public var columns: [ExtractVocabulary.Column]
    /// The disclosure control applied.
    public var disclosure: ExtractDisclosure
    /// The first month covered, when a period applied.
    public var from: YearMonth?
    /// The last month covered, when a period applied.
    public var to: YearMonth?
    /// The codebook's texts.
    public var texts: ExtractTexts
}

/// Computes an extract from an in-memory dataset: grouping, totals and disclosure control; no file access.
public struct ExtractBuilder: Sendable {
    /// The reference data (pseudocode attributes and labels).
    public let reference: ReferenceData
    /// The catalogue (indicator extracts and their codebook).
    public let catalogue: Catalogue

    /// The codebook's texts (`Exports/extracts/texts.<lang>.yaml`).
    public let texts: ExtractTexts

    /// Creates a builder.
    public init(reference: ReferenceData, catalogue: Catalogue, texts: ExtractTexts) {
        self.reference = reference
        self.catalogue = catalogue
        self.texts = texts
    }

    /// The rule written into the manifest and codebook of a table extract (`codebook.table_rule`).
    /// `given` names the counts that are not of people or services (the contract's non-disclosive measures, e.g. outreach
    /// sites): they are published as given (`codebook.table_rule_given`), as budgets and populations are.
    public func tableRule(threshold: Int64, given: [String] = []) -> String {
        let rule = texts.codebook("codebook.table_rule", ["max": String(threshold - 1), "base": String(DisclosurePolicy.countBase)])
        guard !given.isEmpty else { return rule }
        return rule + texts.codebook("codebook.table_rule_given", ["columns": given.joined(separator: ", ")])
    }

    /// Builds `spec` over `dataset`; `from`/`to` replace the spec's period when given.
    public func build(_ spec: ExtractSpec, dataset: Dataset, from: YearMonth? = nil, to: YearMonth? = nil) throws(DiagnosticError)
        -> ExtractResult
    {
        let first = from ?? spec.from
        let last = to ?? spec.to
        let policy = DisclosurePolicy(audience: .research, threshold: spec.threshold)
        if let first, let last, first <= last, !policy.allows(ReportPeriod(first: first, last: last)) {
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, .extractNoData, at: SourceLocation(file: spec.file, line: 0, column: 0),
                        "the period \(first)…\(last) is not one calendar quarter or year; research extracts cover "
                            + "one calendar quarter (e.g. --from 2025-04 --to 2025-06) or year, so that overlapping periods "
                            + "give nothing away (docs/extracts.md)")
                ], exitCode: .usage)
        }
        switch spec.source {
        case .table(let table, let layout):
            return try buildTable(spec, table: table, layout: layout, dataset: dataset, first: first, last: last)
        case .indicators(let ids):
            return try buildIndicators(spec, ids: ids, dataset: dataset, first: first, last: last, explicit: from != nil || to != nil)
        }
    }

    private func noData(_ spec: ExtractSpec, _ message: String) -> DiagnosticError {
        DiagnosticError(
            [Diagnostic(.error, .extractNoData, at: SourceLocation(file: spec.file, line: 0, column: 0), message)], exitCode: .dataError)
    }

    // MARK: Tables

    /// The value of a grouping column for a row of `table`: the row's own column, a period of its month, or an attribute
    /// of its pseudocode (nil when the pseudocode is not in Annex 1).
    private func value(_ dimension: ExtractDimension, of row: any ContractRow, table: TableKind) -> String? {
        if let column = dimension.column, table.column(column) != nil { return row.value(column)?.text }
        if case .month(let month)? = row.value(.month) {
            switch dimension {
            case .year: return String(month.year)
            case .quarter: return "\(month.year)-Q\((month.month - 1) / 3 + 1)"
            default: break
            }
        }
        if let attribute = dimension.attribute, let code = row.value(.pseudocode)?.integer {
            return reference.pseudocodes[Int(code)].map(attribute.value(of:))
        }
        return nil
    }

    private func buildTable(
        _ spec: ExtractSpec, table: ExtractTable, layout: ExtractLayout, dataset: Dataset,
        first: YearMonth?, last: YearMonth?
    ) throws(DiagnosticError) -> ExtractResult {
        guard dataset.isPresent(table.tableKind) else {
            throw noData(spec, "the dataset has no \(table.rawValue) table, which this extract reads")
        }
        let kind = table.tableKind
        let measures = table.measures.compactMap(ContractColumn.init(rawValue:))
        let usesPseudocodes = kind.column(.pseudocode)?.type == .annexPseudocode
        func inPeriod(_ row: any ContractRow) -> Bool {
            if case .month(let month)? = row.value(.month) {
                return (first.map { $0 <= month } ?? true) && (last.map { month <= $0 } ?? true)
            }
            // Yearly rows: only calendar years the period covers whole.
            let year = Int(row.value(.year)?.integer ?? 0)
            return (first.map { $0 <= YearMonth(year: year, month: 1) } ?? true)
                && (last.map { YearMonth(year: year, month: 12) <= $0 } ?? true)
        }
        // stratum → row → column → count of each measure.
        var sums: [[String]: [[String]: [[String]: [Int64]]]] = [:]
        let zeros = [Int64](repeating: 0, count: measures.count)
        rows: for row in dataset.rows(of: kind) {
            // Rows of codes outside Annex 1 have no attributes: they are left out.
            if usesPseudocodes, reference.pseudocodes[Int(row.value(.pseudocode)?.integer ?? -1)] == nil { continue }
            guard inPeriod(row) else { continue }
            for (dimension, kept) in spec.filters where !kept.contains(value(dimension, of: row, table: kind) ?? "") { continue rows }
            let key = { (dimensions: [ExtractDimension]) in dimensions.map { value($0, of: row, table: kind) ?? "" } }
            let (stratum, line, column) = (key(layout.strata), key(layout.rows), key(layout.columns))
            for (index, measure) in measures.enumerated() {
                sums[stratum, default: [:]][line, default: [:]][column, default: zeros][index] += row.value(measure)?.integer ?? 0
            }
        }
        guard !sums.isEmpty else {
            throw noData(
                spec,
                table.isMonthly
                    ? "the period and filters select no \(table.rawValue) row"
                    : "the period and filters select no \(table.rawValue) row (yearly rows need a period covering whole calendar years)")
        }
        func sorted(_ keys: some Collection<[String]>, _ dimensions: [ExtractDimension]) -> [[String]] {
            keys.sorted { a, b in
                for (index, dimension) in dimensions.enumerated() where a[index] != b[index] {
                    let (oa, ob) = (ExtractVocabulary.order(dimension, a[index]), ExtractVocabulary.order(dimension, b[index]))
                    return oa != ob ? oa < ob : a[index] < b[index]
                }
                return false
            }
        }
        var output: [[ExtractValue]] = []
        var entries = 0
        var primary = 0
        var complementary = 0
        let emptyRows = [ExtractValue](repeating: .empty, count: layout.rows.count)
        let emptyColumns = [ExtractValue](repeating: .empty, count: layout.columns.count)
        let policy = DisclosurePolicy(audience: .research, threshold: spec.threshold)
        for stratum in sorted(sums.keys, layout.strata) {
            let grid = sums[stratum]!
            let rowKeys = sorted(grid.keys, layout.rows)
            let columnKeys = sorted(Set(grid.values.flatMap(\.keys)), layout.columns)
            // Each measure is its own table with margins, suppressed on its own.
            let patterns = measures.indices.map { index in
                var cells: [Int64] = []
                for row in rowKeys { for column in columnKeys { cells.append(grid[row]![column]?[index] ?? 0) } }
                // A count of places, not of people or services, is published as given (the network audience's rule).
                let rule = table.isDisclosive(table.measures[index]) ? policy : DisclosurePolicy(audience: .network)
                return TableSuppression.suppress(MarginalTable(rows: rowKeys.count, columns: columnKeys.count, cells: cells), policy: rule)
            }
            for pattern in patterns {
                primary += pattern.primaryCount
                complementary += pattern.complementaryCount
            }
            let strata = stratum.map(ExtractValue.text)
            func entry(_ r: Int, _ c: Int, _ rowPart: [ExtractValue], _ columnPart: [ExtractValue], _ level: String) {
                var values: [ExtractValue] = []
                for pattern in patterns {
                    let hidden = pattern.isHidden(row: r, column: c)
                    values.append(hidden ? .empty : .integer(pattern.published[r * (columnKeys.count + 1) + c]))
                    values.append(.text(hidden ? "suppressed" : "ok"))
                    entries += 1
                }
                output.append(strata + rowPart + columnPart + [.text(level)] + values)
            }
            for (r, row) in rowKeys.enumerated() {
                let rowPart = row.map(ExtractValue.text)
                for (c, column) in columnKeys.enumerated() { entry(r, c, rowPart, column.map(ExtractValue.text), "cell") }
                entry(r, columnKeys.count, rowPart, emptyColumns, "row_total")
            }
            for (c, column) in columnKeys.enumerated() { entry(rowKeys.count, c, emptyRows, column.map(ExtractValue.text), "column_total") }
            entry(rowKeys.count, columnKeys.count, emptyRows, emptyColumns, "grand_total")
        }

        var columns: [ExtractVocabulary.Column] = layout.dimensions.map { dimension in
            ExtractVocabulary.Column(
                name: dimension.name, label: spec.columnLabels[dimension.name]!, type: ExtractVocabulary.type(of: dimension, texts: texts),
                unit: nil,
                codes: ExtractVocabulary.codes(
                    of: dimension, table: table, reference: reference, networks: dataset.networks,
                    kept: spec.filters[dimension], texts: texts),
                definition: ExtractVocabulary.definition(of: dimension, table: table, texts: texts))
        }
        columns.append(ExtractVocabulary.levelColumn(layout, texts: texts))
        for measure in table.measures {
            let meaning = ExtractVocabulary.measure(measure, of: table, texts: texts)
            columns.append(
                ExtractVocabulary.Column(
                    name: measure, label: spec.columnLabels[measure]!, type: texts.codebook("type.count"),
                    unit: meaning.unit, codes: nil, definition: meaning.definition))
            columns.append(ExtractVocabulary.statusColumn(of: measure, table: table, threshold: spec.threshold, texts: texts))
        }
        let disclosure = ExtractDisclosure(
            audience: .research, threshold: spec.threshold, roundingBase: DisclosurePolicy.countBase,
            rule: tableRule(threshold: spec.threshold, given: table.measures.filter { !table.isDisclosive($0) }), entries: entries,
            primary: primary, complementary: complementary)
        return ExtractResult(
            spec: spec, header: spec.outputColumns, rows: output, columns: columns, disclosure: disclosure, from: first, to: last,
            texts: texts)
    }

    // MARK: Indicators

    private func buildIndicators(
        _ spec: ExtractSpec, ids: [String]?, dataset: Dataset, first: YearMonth?, last: YearMonth?,
        explicit: Bool
    ) throws(DiagnosticError) -> ExtractResult {
        for id in ids ?? [] where catalogue.indicator(id) == nil {
            throw noData(spec, "indicator '\(id)' is not in the catalogue in use")
        }
        let periods: [ReportPeriod]
        if explicit, let first, let last {
            guard first <= last else { throw noData(spec, "--from comes after --to") }
            periods = [ReportPeriod(first: first, last: last)]
        } else {
            periods = ReportPeriod.yearsPresent(in: dataset).filter { period in
                (first.map { $0 <= period.last } ?? true) && (last.map { period.first <= $0 } ?? true)
            }
        }
        guard !periods.isEmpty else { throw noData(spec, "the period selects no calendar year with data") }
        let policy = DisclosurePolicy(audience: .research, threshold: spec.threshold)
        let computed = IndicatorEngine(catalogue: catalogue).evaluate(dataset, periods: periods, ids: ids)
        let results = sortedResults(Disclosure.apply(computed, catalogue: catalogue, policy: policy))
        var primary = 0
        var complementary = 0
        var rows: [[ExtractValue]] = []
        func quantity(_ value: Quantity?) -> ExtractValue {
            switch value {
            case .count(let count)?: .integer(count)
            case .money(let money)?: .decimal(Double(money.cents) / 100, money.description)
            case nil: .empty
            }
        }
        func decimal(_ value: Double?) -> ExtractValue { value.map { .decimal($0, DecimalText.fixed($0)) } ?? .empty }
        for result in results {
            if result.status == .suppressed {
                if result.reason == .complementarySuppression { complementary += 1 } else { primary += 1 }
            }
            rows.append([
                .text(result.indicator), .integer(Int64(result.aim)), .text(result.network), .text(result.period.description),
                quantity(result.numerator), quantity(result.denominator), decimal(result.value), decimal(result.ciLow),
                decimal(result.ciHigh), .text(result.unit.rawValue), .text(result.status.rawValue),
            ])
        }
        let chosen = catalogue.indicators.filter { ids?.contains($0.id) ?? true }
        let columns = IndicatorColumns.columns(
            spec: spec, indicators: chosen, networks: dataset.networks, threshold: spec.threshold, texts: texts)
        let disclosure = ExtractDisclosure(
            audience: .research, threshold: spec.threshold, roundingBase: policy.roundingBase,
            rule: policy.description, entries: results.count,
            primary: primary, complementary: complementary)
        return ExtractResult(
            spec: spec, header: spec.outputColumns, rows: rows, columns: columns, disclosure: disclosure,
            from: periods.first?.first, to: periods.last?.last, texts: texts)
    }
}

/// The codebook of the indicator table: column meanings, with each indicator's title and definition from the catalogue.
enum IndicatorColumns {
    static func columns(
        spec: ExtractSpec, indicators: [IndicatorDefinition], networks: [Network], threshold: Int64, texts: ExtractTexts
    ) -> [ExtractVocabulary.Column] {
        typealias Code = ExtractVocabulary.Code
        func column(_ name: String, _ type: String, _ unit: String?, _ codes: [Code]?, _ definition: Labels) -> ExtractVocabulary.Column {
            ExtractVocabulary.Column(
                name: name, label: spec.columnLabels[name]!, type: type, unit: unit, codes: codes, definition: definition)
        }
        let aims = [
            texts.labels("indicators.aim.1"),
            texts.labels("indicators.aim.2"),
            texts.labels("indicators.aim.3"),
            texts.labels("indicators.aim.4"),
            texts.labels("indicators.aim.5"),
        ]
        let units: [IndicatorUnit: Labels] = [
            .proportion: texts.labels("indicators.unit.proportion"), .count: texts.labels("indicators.unit.count"),
            .per1000: texts.labels("indicators.unit.per_1000"), .days: texts.labels("indicators.unit.days"),
            .eur: texts.labels("indicators.unit.eur"), .ratio: texts.labels("indicators.unit.ratio"),
        ]
        let statuses: [ResultStatus: Labels] = [
            .ok: texts.labels("indicators.status.ok"),
            .suppressed: texts.labels("indicators.status.suppressed", ["threshold": String(threshold)]),
            .notAvailable: texts.labels("indicators.status.not_available"),
            .censored: texts.labels("indicators.status.censored"),
        ]
        let indicatorCodes = indicators.map { Code(code: $0.id, label: $0.title, definition: $0.definition) }
        let networkCodes =
            networks.sorted { $0.code < $1.code }.map { Code(code: $0.code, label: .same($0.name)) }
            + [Code(code: Network.nationalCode, label: texts.labels("indicators.network.national"))]
        let usedUnits = IndicatorUnit.allCases.filter { unit in indicators.contains { $0.unit == unit } }
        return [
            column(
                "indicator", texts.codebook("type.code"), nil, indicatorCodes,
                texts.labels("indicators.definition.indicator")),
            column(
                "aim", texts.codebook("type.aim"), nil, aims.enumerated().map { Code(code: String($0.offset + 1), label: $0.element) },
                texts.labels("indicators.definition.aim")),
            column(
                "network", texts.codebook("type.code"), nil, networkCodes,
                texts.labels("indicators.definition.network")),
            column(
                "year", texts.codebook("type.period"), nil, nil,
                texts.labels("indicators.definition.year")),
            column(
                "numerator", texts.codebook("type.quantity"), texts.codebook("unit.formula"), nil,
                texts.labels("indicators.definition.numerator")),
            column(
                "denominator", texts.codebook("type.quantity"), texts.codebook("unit.formula"), nil,
                texts.labels("indicators.definition.denominator")),
            column(
                "value", texts.codebook("type.decimal"), texts.codebook("unit.column_unit"), nil,
                texts.labels("indicators.definition.value")),
            column(
                "ci_low", texts.codebook("type.decimal"), texts.codebook("unit.column_unit"), nil,
                texts.labels("indicators.definition.ci_low")),
            column(
                "ci_high", texts.codebook("type.decimal"), texts.codebook("unit.column_unit"), nil,
                texts.labels("indicators.definition.ci_high")),
            column(
                "unit", texts.codebook("type.code"), nil, usedUnits.map { Code(code: $0.rawValue, label: units[$0]!) },
                texts.labels("indicators.definition.unit")),
            column(
                "status", texts.codebook("type.code"), nil, ResultStatus.allCases.map { Code(code: $0.rawValue, label: statuses[$0]!) },
                texts.labels("indicators.definition.status")),
        ]
    }
}
