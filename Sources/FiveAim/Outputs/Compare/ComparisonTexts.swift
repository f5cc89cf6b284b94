import Foundation
internal import Mustache

/// The keys of a comparison texts file (`Exports/compare/texts.<lang>.yaml`).
public enum CompareTextKey: String, TextKey {
    /// `title`
    case title
    /// `subtitle`
    case subtitle
    /// `contents`
    case contents
    /// `summary`
    case summary
    /// `no_outliers`
    case noOutliers = "no_outliers"
    /// `aim_1`
    case aim1 = "aim_1"
    /// `aim_2`
    case aim2 = "aim_2"
    /// `aim_3`
    case aim3 = "aim_3"
    /// `aim_4`
    case aim4 = "aim_4"
    /// `aim_5`
    case aim5 = "aim_5"
    /// `sheet_aim`
    case sheetAim = "sheet_aim"
    /// `group_adult`
    case groupAdult = "group_adult"
    /// `group_child`
    case groupChild = "group_child"
    /// `group_all`
    case groupAll = "group_all"
    /// `national`
    case national
    /// `network`
    case network
    /// `indicator`
    case indicator
    /// `group`
    case group
    /// `numerator`
    case numerator
    /// `denominator`
    case denominator
    /// `value`
    case value
    /// `interval`
    case interval
    /// `rank`
    case rank
    /// `population`
    case population
    /// `per_1000`
    case per1000 = "per_1000"
    /// `change`
    case change
    /// `percentage_points`
    case percentagePoints = "percentage_points"
    /// `trend`
    case trend
    /// `z_score`
    case zScore = "z_score"
    /// `limits_998`
    case limits998 = "limits_998"
    /// `outlier`
    case outlier
    /// `better`
    case better
    /// `worse`
    case worse
    /// `high`
    case high
    /// `low`
    case low
    /// `direction_higher`
    case directionHigher = "direction_higher"
    /// `direction_lower`
    case directionLower = "direction_lower"
    /// `direction_neither`
    case directionNeither = "direction_neither"
    /// `funnel_x`
    case funnelX = "funnel_x"
    /// `funnel_y`
    case funnelY = "funnel_y"
    /// `funnel_description`
    case funnelDescription = "funnel_description"
    /// `legend_mean`
    case legendMean = "legend_mean"
    /// `legend_95`
    case legend95 = "legend_95"
    /// `legend_998`
    case legend998 = "legend_998"
    /// `overdispersion_applied`
    case overdispersionApplied = "overdispersion_applied"
    /// `overdispersion_not_needed`
    case overdispersionNotNeeded = "overdispersion_not_needed"
    /// `overdispersion_too_few`
    case overdispersionTooFew = "overdispersion_too_few"
    /// `no_funnel`
    case noFunnel = "no_funnel"
    /// `no_spread`
    case noSpread = "no_spread"
    /// `suppressed`
    case suppressed
    /// `not_available`
    case notAvailable = "not_available"
    /// `censored`
    case censored
    /// `months`
    case months
    /// `partial_years`
    case partialYears = "partial_years"
    /// `method`
    case method
    /// `disclosure`
    case disclosure
    /// `sheet_title`
    case sheetTitle = "sheet_title"

    /// The heading of aim `aim` (1–5).
    public static func aim(_ aim: Int) -> CompareTextKey? { CompareTextKey(rawValue: "aim_\(aim)") }

    /// The name of a group of networks.
    public static func group(_ group: ComparisonGroup) -> CompareTextKey {
        switch group {
        case .adult: .groupAdult
        case .child: .groupChild
        case .all: .groupAll
        }
    }

    /// What `better` means for an indicator.
    public static func direction(_ better: Direction) -> CompareTextKey {
        switch better {
        case .higher: .directionHigher
        case .lower: .directionLower
        case .neither: .directionNeither
        }
    }

    /// The word for an outlier's side.
    public static func side(_ side: OutlierSide) -> CompareTextKey {
        switch side {
        case .better: .better
        case .worse: .worse
        case .high: .high
        case .low: .low
        }
    }
}

/// The texts and page template of `fiveaim compare` (`Exports/compare/`): one texts file per language,
/// `texts.<lang>.yaml`, read by `TextFiles`, and `compare.html.mustache`.
public struct ComparisonTexts: Sendable {
    /// Texts per language.
    public var languages: [Language: LanguageTexts<CompareTextKey>]
    /// The parsed page template.
    let template: MustacheLibrary

    /// The codes a comparison texts file reports its problems with.
    public static let codes = TextFileCodes(unreadable: .compareTextsUnreadable, key: .compareTextKey)

    /// The HTML page template's name (`compare.html.mustache`).
    static let templateName = "compare.html"

    /// `key` in `language` with each `{name}` replaced by its value.
    public func text(_ key: CompareTextKey, _ language: Language, _ values: [String: String] = [:]) -> String {
        guard let texts = languages[language] else { preconditionFailure("texts are loaded for every language") }
        return texts.text(key, values)
    }

    /// Reads `<exports>/compare/texts.<lang>.yaml` for every language FiveAim writes (`Language`); every problem of
    /// every file is reported at once (FA4201, FA4202).
    public static func load(exports: URL) throws(DiagnosticError) -> ComparisonTexts {
        try load(folder: exports.appendingPathComponent("compare").path)
    }

    /// Reads the texts files of a compare folder (one per `Language`, each with every key) and its page template.
    public static func load(folder: String) throws(DiagnosticError) -> ComparisonTexts {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var problems: [Diagnostic] = []
        var languages: [Language: LanguageTexts<CompareTextKey>] = [:]
        do { languages = try TextFiles.load(folder: base, languages: Language.allCases, codes: codes) } catch {
            problems += error.diagnostics
        }
        FiveAimHTMLContentType.registerOnce()
        var library = MustacheLibrary()
        let path = "\(base)/\(templateName).mustache"
        let top = SourceLocation(file: path, line: 0, column: 0)
        if let text = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) {
            do { try library.register(text, named: templateName) } catch {
                problems.append(
                    Diagnostic(.error, .compareTemplateInvalid, at: top, "the template does not parse: \(error); expected Mustache"))
            }
        } else {
            problems.append(Diagnostic(.error, .compareTemplateInvalid, at: top, "cannot read the page template as UTF-8 text"))
        }
        guard problems.isEmpty else { throw DiagnosticError(problems, exitCode: .software) }
        return ComparisonTexts(languages: languages, template: library)
    }

    /// Checks the text of one language's file (`file` names it in diagnostics).
    public static func parse(_ source: String, file: String, language: Language) throws(DiagnosticError)
        -> LanguageTexts<CompareTextKey>
    {
        try TextFiles.parse(source, file: file, language: language, codes: codes)
    }
}
