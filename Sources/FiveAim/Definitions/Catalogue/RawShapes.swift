/// A value read from a catalogue file, with where it was written.
struct Located<Value: Sendable>: Sendable {
    /// The value.
    var value: Value
    /// Where it was written.
    var location: SourceLocation
}

/// Step 2 of loading the catalogue: the shapes of the files with every field optional.
///
/// Unknown keys and wrong YAML types are reported here; meaning (units, tables, code sets) is checked in step 3.
enum Raw {
    /// A text per language (`title: {fr, nl, de, en}`), any of which may be missing.
    struct Labels: Sendable {
        var texts: [Language: Located<String>]
        var location: SourceLocation
    }

    /// A filter key with its values (a single value is read as a list of one).
    struct Filter: Sendable {
        var key: Located<String>
        var values: [Located<String>]
    }

    /// A measure: table, measure and filters.
    struct Measure: Sendable {
        var table: Located<String>?
        var measure: Located<String>?
        var filters: [Filter]
        var location: SourceLocation
    }

    /// An optional target.
    struct Target: Sendable {
        var min: Located<String>?
        var max: Located<String>?
        var setBy: Located<String>?
        var article: Located<String>?
        var location: SourceLocation
    }

    /// One indicator file.
    struct Indicator: Sendable {
        var file: String
        var id: Located<String>?
        var aim: Located<String>?
        var title: Labels?
        var definition: Labels?
        var unit: Located<String>?
        var method: Located<String>?
        var better: Located<String>?
        var target: Target?
        var article: Located<String>?
        var requires: [Located<String>]?
        var numerator: Measure?
        var denominator: Measure?
        var referenceNumerator: Measure?
        var referenceDenominator: Measure?
        var location: SourceLocation
    }

    /// A named code set of `catalog.yaml`.
    struct CodeSet: Sendable {
        var name: Located<String>
        var label: Labels?
        var filters: [Filter]
        var codes: [Located<String>]?
        var location: SourceLocation
    }

    /// `catalog.yaml`.
    struct CatalogueFile: Sendable {
        var file: String
        var schemaVersion: Located<String>?
        var codeSets: [CodeSet]
    }

    /// One rule of `checks.yaml`.
    struct Rule: Sendable {
        var id: Located<String>?
        var indicator: Located<String>?
        var comparison: Located<String>?
        var limit: Located<String>?
        /// `limits`: one limit per target group (`adult`, `child`, `all`).
        var limits: RuleLimits?
        var fromYear: Located<String>?
        /// `text_until`: the last year the cited article's text holds (the 2026 amendment replaced art. 14 by a new §1).
        var textUntil: Located<String>?
        var severity: Located<String>?
        var article: Located<String>?
        var title: Labels?
        var note: Labels?
        var location: SourceLocation
    }

    /// A rule's `limits` mapping.
    struct RuleLimits: Sendable {
        var adult: Located<String>?
        var child: Located<String>?
        var all: Located<String>?
        var location: SourceLocation
    }

    /// `checks.yaml`.
    struct RulesFile: Sendable {
        var file: String
        var schemaVersion: Located<String>?
        var rules: [Rule]
    }
}

/// Reads YAML trees into `Raw` shapes, collecting every problem.
struct RawReader {
    /// Problems found so far.
    var diagnostics: [Diagnostic] = []

    mutating func error(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, code, at: location, message))
    }

    /// The pairs of a mapping node, reporting keys outside `known` (with a "did you mean").
    mutating func mapping(_ node: YAMLTree, path: String, known: [String]) -> [String: (keyLocation: SourceLocation, value: YAMLTree)]? {
        guard case .mapping(let pairs) = node.kind else {
            error(.catalogueWrongType, node.location, "\(path.isEmpty ? "the document" : "'\(path)'") must be a mapping of keys to values")
            return nil
        }
        var result: [String: (keyLocation: SourceLocation, value: YAMLTree)] = [:]
        for pair in pairs {
            if known.contains(pair.key) {
                result[pair.key] = (pair.keyLocation, pair.value)
            } else {
                let full = path.isEmpty ? pair.key : "\(path).\(pair.key)"
                let hint = Suggestion.closest(to: pair.key, among: known).map { " (did you mean '\($0)'?)" } ?? ""
                error(
                    .catalogueUnknownKey, pair.keyLocation, "unknown key '\(full)'\(hint); expected one of \(known.joined(separator: ", "))"
                )
            }
        }
        return result
    }

    /// A scalar as text.
    mutating func scalar(_ node: YAMLTree?, path: String) -> Located<String>? {
        guard let node else { return nil }
        guard case .scalar(let text, _) = node.kind else {
            error(.catalogueWrongType, node.location, "'\(path)' must be a single value, not a list or mapping")
            return nil
        }
        return Located(value: text, location: node.location)
    }

    /// A list of scalars (a single scalar counts as a list of one).
    mutating func scalars(_ node: YAMLTree?, path: String) -> [Located<String>]? {
        guard let node else { return nil }
        switch node.kind {
        case .scalar(let text, _): return [Located(value: text, location: node.location)]
        case .sequence(let items):
            var values: [Located<String>] = []
            for item in items {
                if let value = scalar(item, path: path) { values.append(value) }
            }
            return values
        case .mapping:
            error(.catalogueWrongType, node.location, "'\(path)' must be a value or a list of values, not a mapping")
            return nil
        }
    }

    /// A text per language, keyed by the language codes (`fr`, `nl`, `en`).
    mutating func labels(_ node: YAMLTree?, path: String) -> Raw.Labels? {
        guard let node, let map = mapping(node, path: path, known: Language.allCases.map(\.rawValue)) else { return nil }
        var texts: [Language: Located<String>] = [:]
        for language in Language.allCases {
            texts[language] = scalar(map[language.rawValue]?.value, path: path + "." + language.rawValue)
        }
        return Raw.Labels(texts: texts, location: node.location)
    }

    /// A rule's limits per target group: a mapping of `adult`, `child` and `all` to numbers.
    mutating func ruleLimits(_ node: YAMLTree?, path: String) -> Raw.RuleLimits? {
        guard let node, let map = mapping(node, path: path, known: ["adult", "child", "all"]) else { return nil }
        return Raw.RuleLimits(
            adult: scalar(map["adult"]?.value, path: path + ".adult"), child: scalar(map["child"]?.value, path: path + ".child"),
            all: scalar(map["all"]?.value, path: path + ".all"), location: node.location)
    }

    /// Filters: a mapping of filter keys to values; keys are checked against the table in step 3.
    mutating func filters(_ node: YAMLTree?, path: String) -> [Raw.Filter] {
        guard let node else { return [] }
        guard case .mapping(let pairs) = node.kind else {
            error(.catalogueWrongType, node.location, "'\(path)' must be a mapping of filters to values")
            return []
        }
        return pairs.compactMap { pair in
            scalars(pair.value, path: "\(path).\(pair.key)").map {
                Raw.Filter(key: Located(value: pair.key, location: pair.keyLocation), values: $0)
            }
        }
    }

    /// A measure mapping.
    mutating func measure(_ node: YAMLTree?, path: String) -> Raw.Measure? {
        guard let node, let map = mapping(node, path: path, known: ["table", "measure", "where"]) else { return nil }
        return Raw.Measure(
            table: scalar(map["table"]?.value, path: path + ".table"),
            measure: scalar(map["measure"]?.value, path: path + ".measure"),
            filters: filters(map["where"]?.value, path: path + ".where"), location: node.location)
    }

    /// Keys of an indicator file.
    static let indicatorKeys = [
        "id", "aim", "title", "definition", "unit", "method", "better", "target", "article", "requires",
        "numerator", "denominator", "reference_numerator", "reference_denominator",
    ]

    /// An indicator file.
    mutating func indicator(_ node: YAMLTree, file: String) -> Raw.Indicator? {
        guard let map = mapping(node, path: "", known: Self.indicatorKeys) else { return nil }
        var target: Raw.Target?
        if let targetNode = map["target"]?.value,
            let targetMap = mapping(targetNode, path: "target", known: ["min", "max", "set_by", "article"])
        {
            target = Raw.Target(
                min: scalar(targetMap["min"]?.value, path: "target.min"),
                max: scalar(targetMap["max"]?.value, path: "target.max"),
                setBy: scalar(targetMap["set_by"]?.value, path: "target.set_by"),
                article: scalar(targetMap["article"]?.value, path: "target.article"), location: targetNode.location)
        }
        return Raw.Indicator(
            file: file, id: scalar(map["id"]?.value, path: "id"), aim: scalar(map["aim"]?.value, path: "aim"),
            title: labels(map["title"]?.value, path: "title"), definition: labels(map["definition"]?.value, path: "definition"),
            unit: scalar(map["unit"]?.value, path: "unit"), method: scalar(map["method"]?.value, path: "method"),
            better: scalar(map["better"]?.value, path: "better"), target: target,
            article: scalar(map["article"]?.value, path: "article"), requires: scalars(map["requires"]?.value, path: "requires"),
            numerator: measure(map["numerator"]?.value, path: "numerator"),
            denominator: measure(map["denominator"]?.value, path: "denominator"),
            referenceNumerator: measure(map["reference_numerator"]?.value, path: "reference_numerator"),
            referenceDenominator: measure(map["reference_denominator"]?.value, path: "reference_denominator"),
            location: node.location)
    }

    /// `catalog.yaml`.
    mutating func catalogue(_ node: YAMLTree, file: String) -> Raw.CatalogueFile? {
        guard let map = mapping(node, path: "", known: ["schema_version", "code_sets"]) else { return nil }
        var sets: [Raw.CodeSet] = []
        if let setsNode = map["code_sets"]?.value {
            if case .mapping(let pairs) = setsNode.kind {
                for pair in pairs {
                    let path = "code_sets.\(pair.key)"
                    guard let setMap = mapping(pair.value, path: path, known: ["label", "where", "codes"]) else { continue }
                    sets.append(
                        Raw.CodeSet(
                            name: Located(value: pair.key, location: pair.keyLocation),
                            label: labels(setMap["label"]?.value, path: path + ".label"),
                            filters: filters(setMap["where"]?.value, path: path + ".where"),
                            codes: scalars(setMap["codes"]?.value, path: path + ".codes"), location: pair.value.location))
                }
            } else {
                error(.catalogueWrongType, setsNode.location, "'code_sets' must be a mapping of code-set names to definitions")
            }
        }
        return Raw.CatalogueFile(file: file, schemaVersion: scalar(map["schema_version"]?.value, path: "schema_version"), codeSets: sets)
    }

    /// Keys of a rule.
    static let ruleKeys = [
        "id", "indicator", "comparison", "limit", "limits", "from_year", "text_until", "severity", "article", "title", "note",
    ]

    /// `checks.yaml`.
    mutating func rules(_ node: YAMLTree, file: String) -> Raw.RulesFile? {
        guard let map = mapping(node, path: "", known: ["schema_version", "rules"]) else { return nil }
        var rules: [Raw.Rule] = []
        if let rulesNode = map["rules"]?.value {
            if case .sequence(let items) = rulesNode.kind {
                for (index, item) in items.enumerated() {
                    let path = "rules[\(index)]"
                    guard let ruleMap = mapping(item, path: path, known: Self.ruleKeys) else { continue }
                    rules.append(
                        Raw.Rule(
                            id: scalar(ruleMap["id"]?.value, path: path + ".id"),
                            indicator: scalar(ruleMap["indicator"]?.value, path: path + ".indicator"),
                            comparison: scalar(ruleMap["comparison"]?.value, path: path + ".comparison"),
                            limit: scalar(ruleMap["limit"]?.value, path: path + ".limit"),
                            limits: ruleLimits(ruleMap["limits"]?.value, path: path + ".limits"),
                            fromYear: scalar(ruleMap["from_year"]?.value, path: path + ".from_year"),
                            textUntil: scalar(ruleMap["text_until"]?.value, path: path + ".text_until"),
                            severity: scalar(ruleMap["severity"]?.value, path: path + ".severity"),
                            article: scalar(ruleMap["article"]?.value, path: path + ".article"),
                            title: labels(ruleMap["title"]?.value, path: path + ".title"),
                            note: labels(ruleMap["note"]?.value, path: path + ".note"), location: item.location))
                }
            } else {
                error(.catalogueWrongType, rulesNode.location, "'rules' must be a list of rules")
            }
        }
        return Raw.RulesFile(file: file, schemaVersion: scalar(map["schema_version"]?.value, path: "schema_version"), rules: rules)
    }
}
