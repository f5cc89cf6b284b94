import Foundation

/// The texts of `fiveaim compare` in French, Dutch and English, read at run time from `Exports/compare/labels.yaml`.
public struct ComparisonTexts: Sendable {
    /// The labels by key.
    public var labels: [String: Labels]

    /// Every key the writers use; the file must have exactly these.
    public static let keys: [String] = [
        "title", "subtitle", "contents", "summary", "no_outliers", "aim_1", "aim_2", "aim_3", "aim_4", "aim_5", "sheet_aim",
        "group_adult", "group_child", "group_all", "national", "network", "indicator", "group", "numerator", "denominator",
        "value", "interval", "rank", "population", "per_1000", "change", "percentage_points", "trend", "z_score", "limits_998", "outlier",
        "better", "worse", "high", "low", "direction_higher", "direction_lower", "direction_neither", "funnel_x", "funnel_y",
        "funnel_description", "legend_mean", "legend_95", "legend_998", "overdispersion_applied", "overdispersion_not_needed",
        "overdispersion_too_few", "no_funnel", "no_spread", "suppressed", "not_available", "censored", "months", "partial_years", "method",
        "disclosure", "sheet_title",
    ]

    /// Creates texts from labels (every key of `keys` must be present).
    public init(labels: [String: Labels]) {
        self.labels = labels
    }

    /// `key` in `language` with each `{name}` replaced by its value.
    public func text(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
        guard let labels = labels[key] else { preconditionFailure("the labels file was validated to have '\(key)'") }
        var text = labels.text(in: language)
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// `$FIVEAIM_EXPORTS/compare/labels.yaml`, else `Exports/compare/labels.yaml` beside the catalogue folder (`Indicators/`).
    public static func locate(catalogFolder: String) -> String? {
        let manager = FileManager.default
        if let exports = ProcessInfo.processInfo.environment["FIVEAIM_EXPORTS"],
            manager.fileExists(atPath: exports + "/compare/labels.yaml")
        {
            return exports + "/compare/labels.yaml"
        }
        let root = URL(fileURLWithPath: catalogFolder).standardizedFileURL.deletingLastPathComponent()
        let candidate = root.appendingPathComponent("Exports/compare/labels.yaml").path
        return manager.fileExists(atPath: candidate) ? candidate : nil
    }

    /// Reads and checks the labels file: `schema_version: 1` and `texts:` with every key in `fr`, `nl` and `en`;
    /// every problem is reported at once (FA4201, FA4202).
    public static func load(path: String) throws(DiagnosticError) -> ComparisonTexts {
        let top = SourceLocation(file: path, line: 0, column: 0)
        guard let data = FileManager.default.contents(atPath: path), let source = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(
                [Diagnostic(.error, .compareTextsUnreadable, at: top, "cannot read the labels file as UTF-8 text")],
                exitCode: .software)
        }
        return try parse(source, file: path)
    }

    /// Parses the text of a labels file (`file` names it in diagnostics).
    public static func parse(_ source: String, file: String) throws(DiagnosticError) -> ComparisonTexts {
        let top = SourceLocation(file: file, line: 0, column: 0)
        let tree: YAMLTree?
        do {
            tree = try YAMLTree.parse(source, file: file)
        } catch {
            throw DiagnosticError(
                error.diagnostics.map { Diagnostic(.error, .compareTextsUnreadable, at: $0.location, $0.message) },
                exitCode: .software)
        }
        guard let tree, case .mapping(let pairs) = tree.kind else {
            throw DiagnosticError(
                [Diagnostic(.error, .compareTextsUnreadable, at: top, "expected a mapping with schema_version and texts")],
                exitCode: .software)
        }
        var problems: [Diagnostic] = []
        var labels: [String: Labels] = [:]
        var sawVersion = false, sawTexts = false
        for pair in pairs {
            switch pair.key {
            case "schema_version":
                sawVersion = true
                if case .scalar(let text, _) = pair.value.kind, text == "1" { continue }
                problems.append(Diagnostic(.error, .compareTextKey, at: pair.value.location, "schema_version: expected 1"))
            case "texts":
                sawTexts = true
                guard case .mapping(let entries) = pair.value.kind else {
                    problems.append(Diagnostic(.error, .compareTextKey, at: pair.value.location, "texts: expected a mapping of keys"))
                    continue
                }
                for entry in entries {
                    guard keys.contains(entry.key) else {
                        let hint = Suggestion.closest(to: entry.key, among: keys).map { "; did you mean '\($0)'?" } ?? ""
                        problems.append(Diagnostic(.error, .compareTextKey, at: entry.keyLocation, "unknown key '\(entry.key)'\(hint)"))
                        continue
                    }
                    if let parsed = languages(entry.value, key: entry.key, problems: &problems) { labels[entry.key] = parsed }
                }
            default:
                let hint = Suggestion.closest(to: pair.key, among: ["schema_version", "texts"]).map { "; did you mean '\($0)'?" } ?? ""
                problems.append(Diagnostic(.error, .compareTextKey, at: pair.keyLocation, "unknown key '\(pair.key)'\(hint)"))
            }
        }
        if !sawVersion { problems.append(Diagnostic(.error, .compareTextKey, at: top, "missing key 'schema_version'; expected 1")) }
        if sawTexts {
            for key in keys where labels[key] == nil && !problems.contains(where: { $0.message.hasPrefix("\(key):") }) {
                problems.append(Diagnostic(.error, .compareTextKey, at: top, "missing text '\(key)'; expected fr, nl and en"))
            }
        } else {
            problems.append(Diagnostic(.error, .compareTextKey, at: top, "missing key 'texts'"))
        }
        guard problems.isEmpty else { throw DiagnosticError(problems, exitCode: .software) }
        return ComparisonTexts(labels: labels)
    }

    /// The `fr`, `nl`, `en` texts of one key, or nil after recording what is wrong.
    private static func languages(_ node: YAMLTree, key: String, problems: inout [Diagnostic]) -> Labels? {
        guard case .mapping(let entries) = node.kind else {
            problems.append(Diagnostic(.error, .compareTextKey, at: node.location, "\(key): expected fr, nl and en"))
            return nil
        }
        var found: [String: String] = [:]
        for entry in entries {
            guard ["fr", "nl", "en"].contains(entry.key) else {
                problems.append(
                    Diagnostic(
                        .error, .compareTextKey, at: entry.keyLocation, "\(key): unknown language '\(entry.key)'; expected fr, nl, en"))
                continue
            }
            guard case .scalar(let text, _) = entry.value.kind, !text.isEmpty else {
                problems.append(Diagnostic(.error, .compareTextKey, at: entry.value.location, "\(key).\(entry.key): expected a text"))
                continue
            }
            found[entry.key] = text
        }
        let missing = ["fr", "nl", "en"].filter { found[$0] == nil }
        guard missing.isEmpty else {
            if !problems.contains(where: { $0.location == node.location }) {
                problems.append(
                    Diagnostic(.error, .compareTextKey, at: node.location, "\(key): missing \(missing.joined(separator: ", "))"))
            }
            return nil
        }
        return Labels(fr: found["fr"]!, nl: found["nl"]!, en: found["en"]!)
    }
}
