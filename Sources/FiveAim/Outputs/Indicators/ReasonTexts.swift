/// The words of the reasons (`ResultReason`) in one language, from `Indicators/texts/reasons.<language>.yaml`: the
/// texts of the `indicators` json and table formats (English) and of the checks' notes (the language asked for).
///
/// The file holds `language`, one text per reason key, and `not_evaluated` (a rule no network could be checked
/// against); `{name}` placeholders take the reason's parameters (`ResultReason.parameters`).
public struct ReasonTexts: Sendable {
    /// The language of the texts.
    public let language: Language
    /// Text patterns by key.
    private let patterns: [String: String]

    /// The keys a file must give: every reason's, and `not_evaluated`.
    static let keys = ResultReason.examples.map(\.key) + [notEvaluatedKey]
    private static let notEvaluatedKey = "not_evaluated"

    /// The reason in words.
    public func text(_ reason: ResultReason) -> String {
        ReportPattern.fill(patterns[reason.key]!, reason.parameters)
    }

    /// The message of a rule that could not be evaluated for `reason`.
    public func notEvaluated(_ reason: ResultReason) -> String {
        ReportPattern.fill(patterns[Self.notEvaluatedKey]!, ["reason": text(reason)])
    }

    /// The file of `language` in the catalogue folder.
    public static func path(catalogFolder: String, language: Language) -> String {
        catalogFolder + "/texts/reasons.\(language.rawValue).yaml"
    }

    /// Reads the texts of `language` from the catalogue folder (`Indicators/` or `--catalog DIR`); every problem at once.
    public static func load(catalogFolder: String, language: Language) throws(DiagnosticError) -> ReasonTexts {
        let path = path(catalogFolder: catalogFolder, language: language)
        func diagnostic(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String) -> Diagnostic {
            Diagnostic(.error, code, at: location, message)
        }
        let start = SourceLocation(file: path, line: 0, column: 0)
        guard case .data(let data) = CatalogueLimits.read(path, limit: CatalogueLimits.maxFileBytes),
            let text = String(data: data, encoding: .utf8)
        else {
            throw DiagnosticError(
                [diagnostic(.catalogueUnreadable, start, "cannot read the reason texts; expected a UTF-8 YAML file")],
                exitCode: .noInput)
        }
        guard let tree = try YAMLTree.parse(text, file: path), case .mapping(let pairs) = tree.kind else {
            throw DiagnosticError([diagnostic(.catalogueWrongType, start, "expected a mapping of reason keys to texts")])
        }
        var problems: [Diagnostic] = []
        var patterns: [String: String] = [:]
        let known = keys + ["language"]
        for (key, location, value) in pairs {
            guard known.contains(key) else {
                let hint = Suggestion.closest(to: key, among: known).map { "; did you mean '\($0)'?" } ?? ""
                problems.append(diagnostic(.catalogueUnknownKey, location, "unknown key '\(key)'\(hint)"))
                continue
            }
            guard case .scalar(let text, _) = value.kind else {
                problems.append(diagnostic(.catalogueWrongType, value.location, "key '\(key)': expected a text"))
                continue
            }
            patterns[key] = text
        }
        for key in keys where patterns[key] == nil {
            problems.append(diagnostic(.catalogueMissingKey, tree.location, "key '\(key)' is missing; every reason needs a text"))
        }
        if patterns["language"] != language.rawValue {
            problems.append(
                diagnostic(
                    .catalogueWrongType, tree.location, "key 'language': expected '\(language.rawValue)', the language in the file name"))
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return ReasonTexts(language: language, patterns: patterns)
    }
}
