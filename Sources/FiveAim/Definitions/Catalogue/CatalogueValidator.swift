/// Step 3 of loading the catalogue: turns raw shapes into validated values, reporting every problem with file and key.
struct CatalogueValidator {
    /// Annex 1 pseudocodes by code.
    let pseudocodes: [Int: Pseudocode]
    /// Operating-cost centres by code.
    let costCentres: [Int: CostCentre]
    /// Problems found.
    var diagnostics: [Diagnostic] = []
    /// Code sets validated so far.
    var codeSets: [String: CodeSet] = [:]

    init(reference: ReferenceData) {
        pseudocodes = reference.pseudocodes
        costCentres = reference.costCentres
    }

    mutating func error(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, code, at: location, message))
    }

    // MARK: catalog.yaml

    /// Validates `catalog.yaml`; returns its schema version.
    mutating func validate(_ raw: Raw.CatalogueFile) -> Int? {
        var version: Int?
        if let text = raw.schemaVersion {
            if let number = Int(text.value), Catalogue.supportedSchemaVersions.contains(number) {
                version = number
            } else {
                error(
                    .catalogueSchemaVersion, text.location,
                    "key 'schema_version': version not supported; this build reads \(Catalogue.supportedSchemaVersions.map(String.init).joined(separator: ", "))"
                )
            }
        } else {
            error(
                .catalogueSchemaVersion, SourceLocation(file: raw.file, line: 1, column: 1),
                "key 'schema_version' is missing; expected schema_version: 1")
        }
        for set in raw.codeSets { validate(set) }
        return version
    }

    private mutating func validate(_ raw: Raw.CodeSet) {
        let path = "code_sets.\(raw.name.value)"
        guard isIdentifier(raw.name.value) else {
            error(.catalogueInvalidValue, raw.name.location, "key '\(path)': a code-set name uses lowercase letters, digits and '_'")
            return
        }
        let label = labels(raw.label, path: path + ".label", at: raw.location)
        var codes = Set(pseudocodes.keys)
        var ok = true
        if let listed = raw.codes {
            var explicit: Set<Int> = []
            for item in listed {
                if let code = Int(item.value), pseudocodes[code] != nil {
                    explicit.insert(code)
                } else {
                    error(
                        .catalogueInvalidValue, item.location,
                        "key '\(path).codes': not a pseudocode of Annex 1 (see reference/pseudocodes.csv)")
                    ok = false
                }
            }
            codes.formIntersection(explicit)
        }
        let attributeKeys: [FilterKey] = [.function, .modality, .setting, .firstSession, .withRelatives, .providerRole]
        for filter in raw.filters {
            guard filter.key.value == "unit" || FilterKey(rawValue: filter.key.value).map(attributeKeys.contains) == true else {
                let known = attributeKeys.map(\.rawValue) + ["unit"]
                let hint = Suggestion.closest(to: filter.key.value, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                error(
                    .catalogueUnknownFilter, filter.key.location,
                    "key '\(path).where.\(filter.key.value)': not a pseudocode attribute\(hint); expected one of \(known.joined(separator: ", "))"
                )
                ok = false
                continue
            }
            guard let selected = codesMatching(filter, path: "\(path).where") else { ok = false; continue }
            codes.formIntersection(selected)
        }
        guard ok, let label else { return }
        if codes.isEmpty {
            error(.catalogueEmptySelection, raw.location, "key '\(path)': the code set selects no pseudocode; check its filters")
            return
        }
        codeSets[raw.name.value] = CodeSet(name: raw.name.value, label: label, codes: codes.sorted())
    }

    /// The Annex 1 codes whose attribute named by `filter.key` takes one of its values (nil after a reported error).
    private mutating func codesMatching(_ filter: Raw.Filter, path: String) -> Set<Int>? {
        // Callers pass pseudocode attributes only (`unit` included).
        let attribute = PseudocodeAttribute(rawValue: filter.key.value) ?? .unit
        let allowed = attribute.values
        guard let values = checkedValues(filter, allowed: allowed, path: path) else { return nil }
        return Set(pseudocodes.values.filter { values.contains(attribute.value(of: $0)) }.map(\.code))
    }

    /// The filter's values when all are in `allowed` (YAML booleans `true`/`false` read as yes/no).
    private mutating func checkedValues(_ filter: Raw.Filter, allowed: [String], path: String) -> Set<String>? {
        var result: Set<String> = []
        var ok = true
        for item in filter.values {
            var value = item.value
            if allowed == ["yes", "no"] { value = ["true": "yes", "false": "no"][value.lowercased()] ?? value.lowercased() }
            if allowed.contains(value) {
                result.insert(value)
            } else {
                let hint = Suggestion.closest(to: value, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                error(
                    .catalogueInvalidValue, item.location,
                    "key '\(path).\(filter.key.value)': not one of \(allowed.joined(separator: ", "))\(hint)")
                ok = false
            }
        }
        if filter.values.isEmpty {
            error(.catalogueInvalidValue, filter.key.location, "key '\(path).\(filter.key.value)': an empty list selects nothing")
            ok = false
        }
        return ok ? result : nil
    }

    // MARK: Indicators

    /// Validates one indicator file.
    mutating func validate(_ raw: Raw.Indicator) -> IndicatorDefinition? {
        let fileStart = SourceLocation(file: raw.file, line: 1, column: 1)
        let stem = Self.stem(of: raw.file)
        var id: String?
        if let rawID = raw.id {
            if !isIdentifier(rawID.value) {
                error(.catalogueInvalidValue, rawID.location, "key 'id': an id uses lowercase letters, digits and '_'")
            } else if rawID.value != stem {
                error(.catalogueDuplicateID, rawID.location, "key 'id': '\(rawID.value)' differs from the file name; expected id: \(stem)")
            } else {
                id = rawID.value
            }
        } else {
            error(.catalogueMissingKey, fileStart, "key 'id' is missing; expected id: \(stem)")
        }
        let aim = required(raw.aim, "aim", at: fileStart).flatMap { value -> Int? in
            guard let number = Int(value.value), (1...5).contains(number) else {
                error(.catalogueInvalidValue, value.location, "key 'aim': not one of 1, 2, 3, 4, 5")
                return nil
            }
            return number
        }
        let title = labels(raw.title, path: "title", at: fileStart)
        let definition = labels(raw.definition, path: "definition", at: fileStart)
        let unit: IndicatorUnit? = enumValue(raw.unit, "unit", at: fileStart)
        let better: Direction? = enumValue(raw.better, "better", at: fileStart)
        let article = required(raw.article, "article", at: fileStart).flatMap { nonEmpty($0, "article") }
        var target: IndicatorTarget?
        if let rawTarget = raw.target {
            let min = rawTarget.min.flatMap { number($0, "target.min") }
            let max = rawTarget.max.flatMap { number($0, "target.max") }
            if rawTarget.min == nil, rawTarget.max == nil {
                error(.catalogueMissingKey, rawTarget.location, "key 'target': expected 'min', 'max' or both")
            }
            let setBy: TargetSetter? = enumValue(rawTarget.setBy, "target.set_by", at: rawTarget.location)
            let targetArticle = rawTarget.article.flatMap { nonEmpty($0, "target.article") }
            if setBy == .convention, rawTarget.article == nil {
                error(
                    .catalogueMissingKey, rawTarget.location,
                    "key 'target.article' is missing; a target set_by convention must quote its article (e.g. art. 14 §3), or be set_by network or committee"
                )
            }
            if let setBy, setBy != .convention, let article = rawTarget.article {
                error(
                    .catalogueInvalidValue, article.location,
                    "key 'target.article': a target set_by \(setBy.rawValue) is not the convention's; remove the article or set_by convention"
                )
            }
            if let setBy { target = IndicatorTarget(min: min, max: max, setBy: setBy, article: setBy == .convention ? targetArticle : nil) }
        }
        let numerator = required(raw.numerator, "numerator", at: fileStart).flatMap { measure($0, path: "numerator") }
        let denominator = raw.denominator.flatMap { measure($0, path: "denominator") }
        let referenceNumerator = raw.referenceNumerator.flatMap { measure($0, path: "reference_numerator") }
        let referenceDenominator = raw.referenceDenominator.flatMap { measure($0, path: "reference_denominator") }
        let explicitMethod: IndicatorMethod? = raw.method.flatMap { enumValue($0, "method", at: fileStart) }
        let method = explicitMethod ?? (raw.denominator == nil ? .sum : .ratio)

        var requires: [TableKind]?
        if let listed = raw.requires {
            var tables: Set<TableKind> = []
            var ok = true
            for item in listed {
                if let table = TableKind(rawValue: item.value) {
                    tables.insert(table)
                } else {
                    let hint =
                        Suggestion.closest(to: item.value, among: TableKind.allCases.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
                    error(.catalogueUnknownTable, item.location, "key 'requires': unknown table '\(item.value)'\(hint)")
                    ok = false
                }
            }
            if ok { requires = tables.sorted() }
        } else {
            error(.catalogueMissingKey, fileStart, "key 'requires' is missing; expected the list of tables the measures read")
        }

        guard let id, let aim, let title, let definition, let unit, let better, let article, let numerator, let requires else { return nil }
        if raw.denominator != nil && denominator == nil { return nil }
        if raw.referenceNumerator != nil && referenceNumerator == nil { return nil }
        if raw.referenceDenominator != nil && referenceDenominator == nil { return nil }
        let result = IndicatorDefinition(
            id: id, aim: aim, title: title, definition: definition, unit: unit, method: method, better: better,
            target: target, article: article, requires: requires, numerator: numerator,
            denominator: denominator, referenceNumerator: referenceNumerator,
            referenceDenominator: referenceDenominator, file: raw.file)
        guard checkFormula(result, raw: raw) else { return nil }
        let used = Set(result.measures.flatMap(\.sourceTables))
        if Set(requires) != used {
            let expected = used.sorted().map(\.name).joined(separator: ", ")
            error(
                .catalogueRequiresMismatch, raw.requires?.first?.location ?? fileStart,
                "key 'requires': the measures read [\(expected)]; list exactly those tables")
            return nil
        }
        return result
    }

    /// Checks that unit, method and measures fit together.
    private mutating func checkFormula(_ indicator: IndicatorDefinition, raw: Raw.Indicator) -> Bool {
        let at = raw.method?.location ?? raw.unit?.location ?? raw.location
        func fail(_ message: String) -> Bool {
            error(.catalogueInconsistentFormula, at, message)
            return false
        }
        let numeratorIsMoney = indicator.numerator.measure.quantity == .money
        switch indicator.method {
        case .sum:
            if raw.denominator != nil { return fail("key 'denominator': method 'sum' takes no denominator; use method 'ratio'") }
            if indicator.unit == .eur, !numeratorIsMoney { return fail("key 'unit': 'eur' needs a numerator in euros") }
            if indicator.unit != .eur, indicator.unit != .count { return fail("key 'unit': a sum is a 'count' or, in euros, 'eur'") }
            if indicator.unit == .count, numeratorIsMoney { return fail("key 'unit': the numerator is in euros; expected unit: eur") }
        case .ratio:
            guard let denominator = indicator.denominator else { return fail("key 'denominator' is missing; a ratio needs one") }
            if indicator.unit == .count || indicator.unit == .days {
                return fail("key 'unit': a ratio is a 'proportion', 'per_1000', 'ratio' or 'eur'")
            }
            if indicator.unit == .per1000, denominator.table != .population {
                return fail("key 'unit': 'per_1000' needs a denominator from table population")
            }
            if indicator.unit == .eur, !numeratorIsMoney || denominator.measure.quantity == .money {
                return fail("key 'unit': 'eur' needs a numerator in euros and a denominator that is a count")
            }
        case .histogramMedian:
            if indicator.numerator.table != .waits { return fail("key 'method': 'histogram_median' reads table waits") }
            if indicator.unit != .days { return fail("key 'unit': a wait median is in 'days'") }
            if raw.denominator != nil { return fail("key 'denominator': 'histogram_median' takes no denominator") }
            if indicator.numerator.buckets != nil { return fail("key 'numerator.where.bucket': the median reads every bucket") }
        case .ratioOfRatios:
            if indicator.denominator == nil || indicator.referenceNumerator == nil || indicator.referenceDenominator == nil {
                return fail("key 'method': 'ratio_of_ratios' needs denominator, reference_numerator and reference_denominator")
            }
            if indicator.unit != .ratio { return fail("key 'unit': a ratio of ratios has unit 'ratio'") }
        }
        if indicator.method != .ratioOfRatios, raw.referenceNumerator != nil || raw.referenceDenominator != nil {
            return fail("key 'reference_numerator': only method 'ratio_of_ratios' reads reference measures")
        }
        return true
    }

    /// A measure: known table, known measure, filters valid for the table.
    private mutating func measure(_ raw: Raw.Measure, path: String) -> MeasureSpec? {
        guard let tableName = required(raw.table, "\(path).table", at: raw.location),
            let measureName = required(raw.measure, "\(path).measure", at: raw.location)
        else { return nil }
        guard let table = MeasureTable(rawValue: tableName.value) else {
            let hint =
                Suggestion.closest(to: tableName.value, among: MeasureTable.allCases.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
            error(
                .catalogueUnknownTable, tableName.location,
                "key '\(path).table': unknown table '\(tableName.value)'\(hint); expected one of \(MeasureTable.allCases.map(\.name).joined(separator: ", "))"
            )
            return nil
        }
        guard let info = table.measures.first(where: { $0.name == measureName.value }) else {
            let names = table.measures.map(\.name)
            let hint = Suggestion.closest(to: measureName.value, among: names).map { " (did you mean '\($0)'?)" } ?? ""
            error(
                .catalogueUnknownMeasure, measureName.location,
                "key '\(path).measure': unknown measure '\(measureName.value)' of table \(table.name)\(hint); expected one of \(names.joined(separator: ", "))"
            )
            return nil
        }
        var spec = MeasureSpec(table: table, measure: info, filterText: [])
        var ok = true
        var codes: Set<Int>?
        for filter in raw.filters {
            let filterPath = "\(path).where"
            guard let key = FilterKey(rawValue: filter.key.value), table.filters.contains(key) else {
                let known = table.filters.map(\.rawValue)
                let hint = Suggestion.closest(to: filter.key.value, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                let expected = known.isEmpty ? "table \(table.name) takes no filter" : "expected one of \(known.joined(separator: ", "))"
                error(
                    .catalogueUnknownFilter, filter.key.location,
                    "key '\(filterPath).\(filter.key.value)': unknown filter for table \(table.name)\(hint); \(expected)")
                ok = false
                continue
            }
            spec.filterText.append("\(key.rawValue) \(filter.values.map(\.value).joined(separator: ", "))")
            spec.filters.append(
                MeasureFilter(key: key, values: filter.values.map { ["true": "yes", "false": "no"][$0.value.lowercased()] ?? $0.value }))
            switch key {
            case .codeSet:
                var union: Set<Int> = []
                for name in filter.values {
                    if let set = codeSets[name.value] {
                        union.formUnion(set.codes)
                    } else {
                        let hint = Suggestion.closest(to: name.value, among: codeSets.keys).map { " (did you mean '\($0)'?)" } ?? ""
                        error(
                            .catalogueUnknownCodeSet, name.location,
                            "key '\(filterPath).code_set': unknown code set '\(name.value)'\(hint); code sets are named in catalog.yaml")
                        ok = false
                    }
                }
                codes = (codes ?? union).intersection(union)
            case .pseudocode:
                var listed: Set<Int> = []
                for item in filter.values {
                    let known =
                        table == .operatingCosts
                        ? Int(item.value).flatMap { costCentres[$0]?.code } : Int(item.value).flatMap { pseudocodes[$0]?.code }
                    if let code = known {
                        listed.insert(code)
                    } else {
                        let source = table == .operatingCosts ? "a cost centre of reference/cost_centres.csv" : "a pseudocode of Annex 1"
                        error(.catalogueInvalidValue, item.location, "key '\(filterPath).pseudocode': not \(source)")
                        ok = false
                    }
                }
                codes = (codes ?? listed).intersection(listed)
            case .function where table != .activity:
                guard let values = checkedValues(filter, allowed: table.functionValues, path: filterPath) else { ok = false; continue }
                spec.functions = values
            case .function, .modality, .setting, .firstSession, .withRelatives, .providerRole:
                guard let matching = codesMatching(filter, path: filterPath) else { ok = false; continue }
                codes = (codes ?? Set(pseudocodes.keys)).intersection(matching)
            case .ageBand:
                guard let values = checkedValues(filter, allowed: AgeBand.allCases.map(\.rawValue), path: filterPath) else {
                    ok = false; continue
                }
                spec.ageBands = Set(values.compactMap(AgeBand.init(rawValue:)))
            case .bim:
                guard let values = checkedValues(filter, allowed: BimStatus.allCases.map(\.rawValue), path: filterPath) else {
                    ok = false; continue
                }
                spec.bims = Set(values.compactMap(BimStatus.init(rawValue:)))
            case .bucket:
                guard let values = checkedValues(filter, allowed: WaitBucket.allCases.map(\.rawValue), path: filterPath) else {
                    ok = false; continue
                }
                spec.buckets = Set(values.compactMap(WaitBucket.init(rawValue:)))
            case .line:
                guard let values = checkedValues(filter, allowed: BudgetLine.allCases.map(\.rawValue), path: filterPath) else {
                    ok = false; continue
                }
                spec.lines = Set(values.compactMap(BudgetLine.init(rawValue:)))
            case .instrument:
                spec.instruments = Set(filter.values.map(\.value))
            case .siteType:
                guard let values = checkedValues(filter, allowed: OutreachSiteType.allCases.map(\.rawValue), path: filterPath) else {
                    ok = false; continue
                }
                spec.siteTypes = Set(values.compactMap(OutreachSiteType.init(rawValue:)))
            }
        }
        guard ok else { return nil }
        if let codes {
            if codes.isEmpty {
                error(
                    .catalogueEmptySelection, raw.location,
                    "key '\(path).where': the filters select no pseudocode; check the code sets and attributes")
                return nil
            }
            spec.pseudocodes = codes
        }
        if table == .activity, spec.pseudocodes == nil {
            error(
                .catalogueMissingKey, raw.location,
                "key '\(path).where': activity units count different things by code; select codes with code_set, pseudocode or attributes")
            return nil
        }
        if table == .beneficiaries, spec.functions?.count != 1 {
            error(
                .catalogueMissingKey, raw.location,
                "key '\(path).where.function': distinct beneficiaries need exactly one function (all, 2 or 3); they never add up across functions"
            )
            return nil
        }
        return spec
    }

    // MARK: Helpers

    mutating func required<T>(_ value: T?, _ key: String, at location: SourceLocation) -> T? {
        if value == nil { error(.catalogueMissingKey, location, "key '\(key)' is missing") }
        return value
    }

    private mutating func nonEmpty(_ value: Located<String>, _ key: String) -> String? {
        let trimmed = value.value.trimmingASCIISpaces()
        if trimmed.isEmpty { error(.catalogueMissingKey, value.location, "key '\(key)' is empty") }
        return trimmed.isEmpty ? nil : trimmed
    }

    mutating func number(_ value: Located<String>, _ key: String) -> Double? {
        guard let number = Double(value.value), number.isFinite else {
            error(.catalogueInvalidValue, value.location, "key '\(key)': not a number; expected e.g. 0.45")
            return nil
        }
        return number
    }

    mutating func enumValue<T: RawRepresentable & CaseIterable>(_ value: Located<String>?, _ key: String, at location: SourceLocation) -> T?
    where T.RawValue == String {
        guard let value = required(value, key, at: location) else { return nil }
        if let found = T(rawValue: value.value) { return found }
        let choices = T.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: value.value, among: choices).map { " (did you mean '\($0)'?)" } ?? ""
        error(
            .catalogueInvalidValue, value.location, "key '\(key)': '\(value.value)' is not one of \(choices.joined(separator: ", "))\(hint)"
        )
        return nil
    }

    /// A text in every `Language`, each required.
    mutating func labels(_ raw: Raw.Labels?, path: String, at location: SourceLocation) -> Labels? {
        guard let raw else {
            error(.catalogueMissingKey, location, "key '\(path)' is missing; expected \(Language.keys(under: path))")
            return nil
        }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            guard let value = raw.texts[language] else {
                error(
                    .catalogueMissingKey, raw.location,
                    "key '\(path).\(language.rawValue)' is missing; every text is given in \(Language.englishNames)")
                continue
            }
            if let text = nonEmpty(value, "\(path).\(language.rawValue)") { texts[language] = text }
        }
        guard texts.count == Language.allCases.count else { return nil }
        return Labels(texts)
    }

    private func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The file name without folder and extension.
    static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }

    // MARK: checks.yaml

    /// A rule's `limit` (one exact number) or `limits` (one per target group), when valid.
    private mutating func ruleLimit(_ rule: Raw.Rule, path: String) -> RuleLimit? {
        if let text = rule.limit { return decimal(text, "\(path).limit").map(RuleLimit.fixed) }
        guard let limits = rule.limits else { return nil }
        var values: [ExactDecimal] = []
        for (group, value) in [("adult", limits.adult), ("child", limits.child), ("all", limits.all)] {
            guard let value else {
                error(
                    .catalogueMissingKey, limits.location,
                    "key '\(path).limits.\(group)' is missing; limits are given for adult, child and all")
                continue
            }
            if let number = decimal(value, "\(path).limits.\(group)") { values.append(number) }
        }
        guard values.count == 3 else { return nil }
        return .byTargetGroup(adult: values[0], child: values[1], all: values[2])
    }

    private mutating func decimal(_ value: Located<String>, _ key: String) -> ExactDecimal? {
        guard let number = ExactDecimal(value.value) else {
            error(
                .catalogueInvalidValue, value.location,
                "key '\(key)': not a decimal number; expected e.g. 0.45 or 30000 (at most 9 decimals, no exponent)")
            return nil
        }
        return number
    }

    /// Validates the rules against the validated indicators.
    mutating func validate(_ raw: Raw.RulesFile, indicators: [IndicatorDefinition]) -> [ConventionRule] {
        let fileStart = SourceLocation(file: raw.file, line: 1, column: 1)
        if let text = raw.schemaVersion {
            if !(Int(text.value).map(Catalogue.supportedSchemaVersions.contains) ?? false) {
                error(.catalogueSchemaVersion, text.location, "key 'schema_version': version not supported; this build reads 1")
            }
        } else {
            error(.catalogueSchemaVersion, fileStart, "key 'schema_version' is missing; expected schema_version: 1")
        }
        var rules: [ConventionRule] = []
        var seen: [String: SourceLocation] = [:]
        for (index, rule) in raw.rules.enumerated() {
            let path = "rules[\(index)]"
            let id = required(rule.id, "\(path).id", at: rule.location)
            let indicatorName = required(rule.indicator, "\(path).indicator", at: rule.location)
            let comparison: RuleComparison? = enumValue(rule.comparison, "\(path).comparison", at: rule.location)
            let severity: RuleSeverity? = enumValue(rule.severity, "\(path).severity", at: rule.location)
            let article = required(rule.article, "\(path).article", at: rule.location)
            let title = labels(rule.title, path: "\(path).title", at: rule.location)
            let limit = ruleLimit(rule, path: path)
            let note = rule.note.flatMap { labels($0, path: "\(path).note", at: rule.location) }
            func year(_ value: Located<String>?, key: String) -> Int? {
                value.flatMap { value -> Int? in
                    guard let year = Int(value.value), (2000...2999).contains(year) else {
                        error(.catalogueInvalidValue, value.location, "key '\(path).\(key)': not a year; expected e.g. 2026")
                        return nil
                    }
                    return year
                }
            }
            let fromYear = year(rule.fromYear, key: "from_year")
            let textUntil = year(rule.textUntil, key: "text_until")
            if let id, let earlier = seen[id.value] {
                error(.ruleDuplicateID, id.location, "key '\(path).id': rule '\(id.value)' is also defined at \(earlier)")
            }
            if let id { seen[id.value] = id.location }
            var indicator: IndicatorDefinition?
            if let indicatorName {
                indicator = indicators.first { $0.id == indicatorName.value }
                if indicator == nil {
                    let hint =
                        Suggestion.closest(to: indicatorName.value, among: indicators.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
                    error(
                        .ruleUnknownIndicator, indicatorName.location,
                        "key '\(path).indicator': no indicator '\(indicatorName.value)' in the catalogue\(hint)")
                }
            }
            if let comparison {
                let given = rule.limit?.location ?? rule.limits?.location
                if comparison.needsLimit, given == nil {
                    error(
                        .ruleInconsistent, rule.comparison!.location,
                        "key '\(path).limit' is missing; '\(comparison.rawValue)' compares with a limit (or 'limits' per target group)")
                } else if !comparison.needsLimit, let given {
                    error(.ruleInconsistent, given, "key '\(path).limit': '\(comparison.rawValue)' takes no limit")
                }
                if rule.limit != nil, let both = rule.limits?.location {
                    error(.ruleInconsistent, both, "key '\(path).limits': give 'limit' or 'limits', not both")
                }
                if comparison == .numeratorAtMostDenominator || comparison == .growsFromPreviousYear, let indicator {
                    if let denominator = indicator.denominator {
                        if comparison == .numeratorAtMostDenominator, denominator.measure.quantity != indicator.numerator.measure.quantity {
                            error(
                                .ruleInconsistent, rule.comparison!.location,
                                "key '\(path).comparison': indicator \(indicator.id) divides \(indicator.numerator.measure.quantity.rawValue) by \(denominator.measure.quantity.rawValue); '\(comparison.rawValue)' compares two quantities of one kind"
                            )
                        }
                    } else {
                        error(
                            .ruleInconsistent, rule.comparison!.location,
                            "key '\(path).comparison': indicator \(indicator.id) has no denominator")
                    }
                }
            }
            guard let id, let indicator, let comparison, let severity, let article, let title,
                !comparison.needsLimit || limit != nil
            else { continue }
            rules.append(
                ConventionRule(
                    id: id.value, indicator: indicator.id, comparison: comparison, limit: limit, fromYear: fromYear,
                    textUntil: textUntil, severity: severity, article: article.value, title: title, note: note, file: raw.file))
        }
        return rules
    }
}
