import Foundation

/// Loads extract specifications as the catalogue is loaded: YAML with locations → raw shape (every key
/// optional, unknown keys reported with a "did you mean") → validated `ExtractSpec`. Every problem is
/// reported with file, line, column and key, under FA41xx codes.
public enum ExtractSpecLoader {
    /// The keys of a spec file.
    static let keys = [
        "schema_version", "id", "title", "description", "source", "indicators", "where", "period", "suppression",
        "layout", "columns",
    ]

    /// The spec files (`*.yaml`) of `folder`, sorted by name; the codebook's texts (`texts.<lang>.yaml`) are none.
    public static func specFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("texts.") }.sorted().map { folder + "/" + $0 }
    }

    /// The file a `--spec` value names: an existing file as given, else `<folder>/<name>.yaml`.
    public static func resolve(_ nameOrFile: String, folder: String?) -> String {
        if nameOrFile.contains("/") || nameOrFile.hasSuffix(".yaml") || folder == nil { return nameOrFile }
        return folder! + "/" + nameOrFile + ".yaml"
    }

    /// Reads and validates the spec at `path`; `catalogue` checks indicator ids (needed for indicator extracts).
    public static func load(file path: String, reference: ReferenceData, catalogue: Catalogue?) throws(DiagnosticError) -> ExtractSpec {
        let bounded = CatalogueLimits.read(path, limit: CatalogueLimits.maxExtractSpecBytes)
        if case .tooLarge = bounded { throw tooLarge(path) }
        guard case .data(let data) = bounded else {
            let url = URL(fileURLWithPath: path)
            let names = specFiles(in: url.deletingLastPathComponent().path).map {
                URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent
            }
            let hint =
                Suggestion.closest(to: url.deletingPathExtension().lastPathComponent, among: names).map { " (did you mean '\($0)'?)" } ?? ""
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, .extractSpecUnreadable, at: SourceLocation(file: path, line: 0, column: 0),
                        "cannot read this extract specification\(hint); give a file or the name of one in Exports/extracts/")
                ],
                exitCode: .noInput)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError([
                Diagnostic(
                    .error, .extractSpecUnreadable, at: SourceLocation(file: path, line: 0, column: 0),
                    "not valid UTF-8; save the file as UTF-8")
            ])
        }
        return try load(text: text, path: path, reference: reference, catalogue: catalogue)
    }

    /// Validates a spec already in memory (`path` names it in diagnostics and gives the expected id).
    public static func load(text: String, path: String, reference: ReferenceData, catalogue: Catalogue?) throws(DiagnosticError)
        -> ExtractSpec
    {
        if text.utf8.count > CatalogueLimits.maxExtractSpecBytes { throw tooLarge(path) }
        let tree: YAMLTree?
        do {
            tree = try YAMLTree.parse(text, file: path)
        } catch {
            throw DiagnosticError(error.diagnostics.map(renamed), exitCode: .dataError)
        }
        guard let tree else {
            throw DiagnosticError([
                Diagnostic(
                    .error, .extractSpecMissingKey, at: SourceLocation(file: path, line: 0, column: 0),
                    "the file is empty; expected an extract specification")
            ])
        }
        var reader = RawReader()
        let raw = readRaw(tree, file: path, reader: &reader)
        var validator = ExtractSpecValidator(reference: reference, catalogue: catalogue)
        let spec = raw.flatMap { validator.validate($0, text: text) }
        let failures = reader.diagnostics.map(renamed) + validator.diagnostics
        guard failures.isEmpty, let spec else { throw DiagnosticError(failures, exitCode: .dataError) }
        return spec
    }

    private static func tooLarge(_ path: String) -> DiagnosticError {
        DiagnosticError([
            Diagnostic(
                .error, .extractSpecTooLarge, at: SourceLocation(file: path, line: 0, column: 0),
                "the file is larger than \(CatalogueLimits.size(CatalogueLimits.maxExtractSpecBytes)), the limit for an extract specification; a spec takes a few kilobytes"
            )
        ])
    }

    /// Catalogue codes raised by the shared YAML and raw readers, as their extract counterparts.
    private static func renamed(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.code =
            switch diagnostic.code {
            case .catalogueSyntax: .extractSpecSyntax
            case .catalogueUnknownKey: .extractSpecUnknownKey
            case .catalogueWrongType: .extractSpecWrongType
            case .catalogueMissingKey: .extractSpecMissingKey
            default: .extractSpecInvalidValue
            }
        return copy
    }

    private static func readRaw(_ node: YAMLTree, file: String, reader: inout RawReader) -> RawExtractSpec? {
        guard let map = reader.mapping(node, path: "", known: keys) else { return nil }
        var raw = RawExtractSpec(file: file, location: node.location)
        raw.schemaVersion = reader.scalar(map["schema_version"]?.value, path: "schema_version")
        raw.id = reader.scalar(map["id"]?.value, path: "id")
        raw.title = reader.labels(map["title"]?.value, path: "title")
        raw.description = reader.labels(map["description"]?.value, path: "description")
        raw.source = reader.scalar(map["source"]?.value, path: "source")
        raw.indicators = reader.scalars(map["indicators"]?.value, path: "indicators")
        raw.indicatorsLocation = map["indicators"]?.keyLocation
        raw.filters = reader.filters(map["where"]?.value, path: "where")
        raw.whereLocation = map["where"]?.keyLocation
        if let node = map["period"]?.value, let period = reader.mapping(node, path: "period", known: ["from", "to"]) {
            raw.from = reader.scalar(period["from"]?.value, path: "period.from")
            raw.to = reader.scalar(period["to"]?.value, path: "period.to")
        }
        if let node = map["suppression"]?.value, let suppression = reader.mapping(node, path: "suppression", known: ["threshold"]) {
            raw.threshold = reader.scalar(suppression["threshold"]?.value, path: "suppression.threshold")
            raw.suppressionLocation = node.location
        }
        if let node = map["layout"]?.value, let layout = reader.mapping(node, path: "layout", known: ["strata", "rows", "columns"]) {
            raw.layout = RawExtractSpec.Layout(
                strata: reader.scalars(layout["strata"]?.value, path: "layout.strata") ?? [],
                rows: reader.scalars(layout["rows"]?.value, path: "layout.rows") ?? [],
                columns: reader.scalars(layout["columns"]?.value, path: "layout.columns") ?? [],
                location: map["layout"]!.keyLocation)
        }
        if let node = map["columns"]?.value {
            if case .mapping(let pairs) = node.kind {
                raw.columns = pairs.map { pair in
                    (Located(value: pair.key, location: pair.keyLocation), reader.labels(pair.value, path: "columns.\(pair.key)"))
                }
                raw.columnsLocation = map["columns"]!.keyLocation
            } else {
                reader.error(.catalogueWrongType, node.location, "'columns' must be a mapping of column names to \(Language.codes) labels")
            }
        }
        return raw
    }
}

/// Step 2 of loading a spec: its keys with every one optional.
struct RawExtractSpec: Sendable {
    /// The `layout` mapping.
    struct Layout: Sendable {
        var strata: [Located<String>]
        var rows: [Located<String>]
        var columns: [Located<String>]
        var location: SourceLocation
    }

    var file: String
    var location: SourceLocation
    var schemaVersion: Located<String>?
    var id: Located<String>?
    var title: Raw.Labels?
    var description: Raw.Labels?
    var source: Located<String>?
    var indicators: [Located<String>]?
    var indicatorsLocation: SourceLocation?
    var filters: [Raw.Filter] = []
    var whereLocation: SourceLocation?
    var from: Located<String>?
    var to: Located<String>?
    var threshold: Located<String>?
    var suppressionLocation: SourceLocation?
    var layout: Layout?
    var columns: [(Located<String>, Raw.Labels?)]?
    var columnsLocation: SourceLocation?

    init(file: String, location: SourceLocation) {
        self.file = file
        self.location = location
    }
}

/// Step 3 of loading a spec: meaning, with every problem reported.
struct ExtractSpecValidator {
    let reference: ReferenceData
    let catalogue: Catalogue?
    var diagnostics: [Diagnostic] = []

    mutating func error(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, code, at: location, message))
    }

    private func hint(_ word: String, _ candidates: [String]) -> String {
        Suggestion.closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    mutating func validate(_ raw: RawExtractSpec, text: String) -> ExtractSpec? {
        let top = SourceLocation(file: raw.file, line: 1, column: 1)
        if let version = raw.schemaVersion {
            if Int(version.value).map(ExtractSpec.supportedSchemaVersions.contains) != true {
                error(
                    .extractSpecSchemaVersion, version.location,
                    "key 'schema_version': version not supported; this build reads \(ExtractSpec.supportedSchemaVersions.map(String.init).joined(separator: ", "))"
                )
            }
        } else {
            error(.extractSpecSchemaVersion, top, "key 'schema_version' is missing; expected schema_version: 1")
        }
        let stem = CatalogueValidator.stem(of: raw.file)
        var id: String?
        if let given = raw.id {
            if given.value != stem {
                error(.extractSpecID, given.location, "key 'id': '\(given.value)' differs from the file name; expected '\(stem)'")
            } else if !Self.isIdentifier(given.value) {
                error(.extractSpecID, given.location, "key 'id': an id uses lowercase letters, digits and '_'")
            } else {
                id = given.value
            }
        } else {
            error(.extractSpecMissingKey, top, "key 'id' is missing; expected id: \(stem)")
        }
        let title = labels(raw.title, path: "title", at: top)
        let description = labels(raw.description, path: "description", at: top)

        // Source and layout.
        let sources = ExtractTable.allCases.map(\.rawValue) + ["indicators"]
        var source: ExtractSource?
        if let given = raw.source {
            if given.value == "indicators" {
                source = indicatorSource(raw)
            } else if let table = ExtractTable(rawValue: given.value) {
                source = tableSource(table, raw)
            } else {
                error(
                    .extractSpecInvalidValue, given.location,
                    "key 'source': not one of \(sources.joined(separator: ", "))\(hint(given.value, sources))")
            }
        } else {
            error(.extractSpecMissingKey, top, "key 'source' is missing; expected one of \(sources.joined(separator: ", "))")
        }
        var filters: [ExtractDimension: Set<String>] = [:]
        if case .table(let table, _)? = source { filters = validateFilters(raw.filters, table: table) ?? [:] }

        // Period.
        let from = raw.from.flatMap { month($0, key: "period.from") }
        let to = raw.to.flatMap { month($0, key: "period.to") }
        if let from, let to, from > to, let location = raw.to?.location {
            error(.extractSpecInvalidValue, location, "key 'period.to': the period ends before it starts")
        }

        // Suppression.
        var threshold: Int64?
        if let given = raw.threshold {
            if let value = Int64(given.value), value >= 1 {
                if value < ExtractSpec.minimumThreshold {
                    error(
                        .extractThresholdTooLow, given.location,
                        "key 'suppression.threshold': \(value) is below the project default \(ExtractSpec.minimumThreshold); research extracts never publish smaller cells (--allow-small-cells is refused for them)"
                    )
                } else {
                    threshold = value
                }
            } else {
                error(
                    .extractSpecInvalidValue, given.location,
                    "key 'suppression.threshold': expected a whole number of at least \(ExtractSpec.minimumThreshold)")
            }
        } else {
            error(
                .extractSpecMissingKey, raw.suppressionLocation ?? top,
                "key 'suppression.threshold' is missing; expected suppression: {threshold: \(ExtractSpec.minimumThreshold)} or more")
        }

        // Column labels.
        var columnLabels: [String: Labels] = [:]
        if let source {
            let expected: [String] =
                switch source {
                case .table(let table, let layout): layout.dimensions.map(\.name) + table.measures
                case .indicators: IndicatorCSVWriter.header.split(separator: ",").map(String.init)
                }
            for (name, rawLabels) in raw.columns ?? [] {
                guard expected.contains(name.value) else {
                    error(
                        .extractSpecUnknownKey, name.location,
                        "unknown key 'columns.\(name.value)'\(hint(name.value, expected)); expected the output columns \(expected.joined(separator: ", "))"
                    )
                    continue
                }
                if let value = labels(rawLabels, path: "columns.\(name.value)", at: name.location) { columnLabels[name.value] = value }
            }
            let named = Set((raw.columns ?? []).map(\.0.value))
            for name in expected where !named.contains(name) {
                error(
                    .extractSpecMissingKey, raw.columnsLocation ?? top,
                    "key 'columns.\(name)' is missing; every output column has \(Language.codes) labels")
            }
        }

        guard diagnostics.isEmpty, let id, let title, let description, let source, let threshold else { return nil }
        return ExtractSpec(
            id: id, title: title, description: description, source: source, filters: filters, from: from, to: to,
            threshold: threshold, columnLabels: columnLabels, file: raw.file, text: text)
    }

    private mutating func indicatorSource(_ raw: RawExtractSpec) -> ExtractSource? {
        if let layout = raw.layout {
            error(.extractSpecLayout, layout.location, "key 'layout': the indicator table has a fixed long format; remove 'layout'")
        }
        if let location = raw.whereLocation {
            error(.extractSpecLayout, location, "key 'where': the indicator table is not filtered; list ids under 'indicators' instead")
        }
        guard let listed = raw.indicators else { return .indicators(nil) }
        if listed.count == 1, listed[0].value == "all" { return .indicators(nil) }
        var ids: [String] = []
        for item in listed {
            if let catalogue, catalogue.indicator(item.value) == nil {
                let known = catalogue.indicators.map(\.id)
                error(
                    .extractSpecInvalidValue, item.location, "key 'indicators': not an indicator of the catalogue\(hint(item.value, known))"
                )
            } else {
                ids.append(item.value)
            }
        }
        return .indicators(ids.sorted())
    }

    private mutating func tableSource(_ table: ExtractTable, _ raw: RawExtractSpec) -> ExtractSource? {
        if let location = raw.indicatorsLocation {
            error(.extractSpecLayout, location, "key 'indicators' only applies to source: indicators")
        }
        guard let rawLayout = raw.layout else {
            error(
                .extractSpecMissingKey, raw.source?.location ?? raw.location,
                "key 'layout' is missing; a table extract names its strata, rows and columns")
            return nil
        }
        let available = table.dimensions.map(\.name)
        var seen: Set<ExtractDimension> = []
        var ok = true
        func dimensions(_ items: [Located<String>], _ key: String) -> [ExtractDimension] {
            var result: [ExtractDimension] = []
            for item in items {
                guard let dimension = ExtractDimension(rawValue: item.value), table.dimensions.contains(dimension) else {
                    error(
                        .extractSpecUnknownColumn, item.location,
                        "key 'layout.\(key)': '\(item.value)' is not a column of \(table.rawValue)\(hint(item.value, available)); expected one of \(available.joined(separator: ", "))"
                    )
                    ok = false
                    continue
                }
                if !seen.insert(dimension).inserted {
                    error(.extractSpecLayout, item.location, "key 'layout.\(key)': column '\(item.value)' is already used in the layout")
                    ok = false
                }
                result.append(dimension)
            }
            return result
        }
        let layout = ExtractLayout(
            strata: dimensions(rawLayout.strata, "strata"), rows: dimensions(rawLayout.rows, "rows"),
            columns: dimensions(rawLayout.columns, "columns"))
        if rawLayout.rows.isEmpty {
            error(.extractSpecLayout, rawLayout.location, "key 'layout.rows': at least one column forms the rows")
            ok = false
        }
        if rawLayout.columns.isEmpty {
            error(.extractSpecLayout, rawLayout.location, "key 'layout.columns': at least one column forms the columns")
            ok = false
        }
        if table == .beneficiaries, ok {
            // Distinct people add up only inside one network, year and function.
            let functionFixed = raw.filters.first { $0.key.value == ExtractDimension.function.name }.map { $0.values.count == 1 } ?? false
            let required: [ExtractDimension] = [.network, .year] + (functionFixed ? [] : [.function])
            for dimension in required where !layout.strata.contains(dimension) {
                error(
                    .extractSpecLayout, rawLayout.location,
                    "key 'layout.strata': beneficiaries are distinct people, which add up only inside one network, year and function; put '\(dimension.name)' in strata\(dimension == .function ? " or filter function to one value" : "")"
                )
            }
            ok = diagnostics.isEmpty
        }
        return ok ? .table(table, layout) : nil
    }

    private mutating func validateFilters(_ filters: [Raw.Filter], table: ExtractTable) -> [ExtractDimension: Set<String>]? {
        var result: [ExtractDimension: Set<String>] = [:]
        let filterable = table.dimensions.filter(\.isFilterable).map(\.name)
        for filter in filters {
            guard let dimension = ExtractDimension(rawValue: filter.key.value), table.dimensions.contains(dimension), dimension.isFilterable
            else {
                let extra =
                    [ExtractDimension.year, .quarter, .month].map(\.name).contains(filter.key.value) ? "; choose months with 'period'" : ""
                error(
                    .extractSpecUnknownColumn, filter.key.location,
                    "key 'where.\(filter.key.value)': not a filter of \(table.rawValue)\(hint(filter.key.value, filterable)); expected one of \(filterable.joined(separator: ", "))\(extra)"
                )
                continue
            }
            let allowed = ExtractVocabulary.values(of: dimension, table: table, reference: reference)
            var values: Set<String> = []
            for item in filter.values {
                var value = item.value
                if dimension.attribute?.isYesNo == true {
                    value = ["true": "yes", "false": "no"][value.lowercased()] ?? value.lowercased()
                }
                if let allowed, !allowed.contains(value) {
                    let shown = allowed.count > 12 ? "the codes of Indicators/reference" : allowed.joined(separator: ", ")
                    error(
                        .extractSpecInvalidValue, item.location,
                        "key 'where.\(dimension.name)': not one of \(shown)\(hint(value, allowed))")
                    continue
                }
                values.insert(value)
            }
            result[dimension] = values
        }
        return result
    }

    private mutating func month(_ value: Located<String>, key: String) -> YearMonth? {
        let parts = value.value.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
            (1...12).contains(month)
        else {
            error(.extractSpecInvalidValue, value.location, "key '\(key)': expected a month YYYY-MM")
            return nil
        }
        return YearMonth(year: year, month: month)
    }

    private mutating func labels(_ raw: Raw.Labels?, path: String, at location: SourceLocation) -> Labels? {
        guard let raw else {
            error(.extractSpecMissingKey, location, "key '\(path)' is missing; expected \(Language.keys(under: path))")
            return nil
        }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            let value = raw.texts[language]
            guard let value, !value.value.trimmingCharacters(in: .whitespaces).isEmpty else {
                error(
                    .extractSpecMissingKey, value?.location ?? raw.location,
                    "key '\(path).\(language.rawValue)' is missing or empty; every text is given in \(Language.englishNames)")
                continue
            }
            texts[language] = value.value
        }
        guard texts.count == Language.allCases.count else { return nil }
        return Labels(texts)
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
