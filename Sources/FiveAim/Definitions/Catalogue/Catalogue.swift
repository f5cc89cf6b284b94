/// The validated indicator catalogue: code sets, indicator definitions and convention rules, ready for the engine.
public struct Catalogue: Sendable {
    /// The schema version of `catalog.yaml`.
    public var schemaVersion: Int
    /// Named code sets, by name.
    public var codeSets: [String: CodeSet]
    /// Indicators sorted by id.
    public var indicators: [IndicatorDefinition]
    /// Convention rules of `checks.yaml`, sorted by id (empty when the file is absent).
    public var rules: [ConventionRule]
    /// Annex 1 pseudocodes the code sets were resolved against (the engine needs their attributes for spending).
    public var pseudocodes: [Int: Pseudocode]
    /// The budget lines of art. 14 year by year (`reference/budget_lines.csv`): which lines a year and a network have.
    public var budgetLines: BudgetLineTable
    /// The kinds of outreach site of art. 8 §2 and of the 2026 amendment (`reference/outreach_site_types.csv`).
    public var outreachSiteTypes: OutreachSiteTypeTable = OutreachSiteTypeTable([])
    /// The 2026 amendment's return-to-work budget per network and year (`reference/return_to_work_budget.csv`).
    public var returnToWork: ReturnToWorkBudgetTable = ReturnToWorkBudgetTable([])
    /// The catalogue's texts per language (`texts.<lang>.yaml`): month names and the notes of the rules' findings.
    public var texts: [Language: LanguageTexts<CatalogueTextKey>]

    /// Creates a catalogue.
    public init(
        schemaVersion: Int, codeSets: [String: CodeSet], indicators: [IndicatorDefinition], rules: [ConventionRule] = [],
        pseudocodes: [Int: Pseudocode], budgetLines: BudgetLineTable = BudgetLineTable([]),
        texts: [Language: LanguageTexts<CatalogueTextKey>] = [:]
    ) {
        self.texts = texts
        self.schemaVersion = schemaVersion
        self.codeSets = codeSets
        self.indicators = indicators.sorted { $0.id < $1.id }
        self.rules = rules.sorted { $0.id < $1.id }
        self.pseudocodes = pseudocodes
        self.budgetLines = budgetLines
    }

    /// The texts of `language` (loaded for every `Language` with the catalogue's folder).
    public func texts(_ language: Language) -> LanguageTexts<CatalogueTextKey> {
        guard let texts = texts[language] else {
            preconditionFailure("the catalogue's texts.\(language.rawValue).yaml was loaded with the catalogue")
        }
        return texts
    }

    /// The schema versions this build reads.
    public static let supportedSchemaVersions = [1]

    /// The indicator with `id`.
    public func indicator(_ id: String) -> IndicatorDefinition? { indicators.first { $0.id == id } }

    /// The indicator or rule id closest to `word`, for a "did you mean".
    public func closestID(to word: String) -> String? {
        Suggestion.closest(to: word, among: indicators.map(\.id) + rules.map(\.id))
    }

    /// The ids of the indicators that need `table`, sorted: what `fiveaim validate` lists as disabled when it is missing.
    public func indicatorIDs(requiring table: TableKind) -> [String] {
        indicators.filter { $0.requires.contains(table) }.map(\.id)
    }

    /// For each optional table the dataset lacks, the indicators it disables.
    public func disabledIndicators(for dataset: Dataset) -> [TableKind: [String]] {
        var result: [TableKind: [String]] = [:]
        for table in TableKind.allCases where !dataset.isPresent(table) {
            let ids = indicatorIDs(requiring: table)
            if !ids.isEmpty { result[table] = ids }
        }
        return result
    }
}

/// A named set of Annex 1 pseudocodes, defined once in `catalog.yaml` from the pseudocode attributes.
public struct CodeSet: Sendable, Hashable {
    /// Its name, e.g. `individual_f23`.
    public var name: String
    /// What it holds, in three languages.
    public var label: Labels
    /// The codes, sorted.
    public var codes: [Int]
}

/// What an indicator's value measures.
public enum IndicatorUnit: String, Sendable, Hashable, CaseIterable {
    /// A share 0–1, with a 95 % Wilson interval when numerator and denominator are counts.
    case proportion
    /// A count.
    case count
    /// A rate per 1000 inhabitants, with an exact Poisson interval.
    case per1000 = "per_1000"
    /// Days.
    case days
    /// Euros.
    case eur
    /// A ratio of two quantities (group size, budget use …).
    case ratio
}

/// How the value is formed from the measures.
public enum IndicatorMethod: String, Sendable, Hashable, CaseIterable {
    /// The numerator itself.
    case sum
    /// Numerator ÷ denominator (× 1000 for `per_1000`).
    case ratio
    /// The median of the wait histogram, linear inside buckets; 91+ gives 91, `censored`.
    case histogramMedian = "histogram_median"
    /// (numerator ÷ denominator) ÷ (reference_numerator ÷ reference_denominator).
    case ratioOfRatios = "ratio_of_ratios"
}

/// Which direction of the value is better.
public enum Direction: String, Sendable, Hashable, CaseIterable {
    case higher
    case lower
    case neither
}

/// Who sets an indicator's target: only a target with an article is the convention's.
public enum TargetSetter: String, Sendable, Hashable, CaseIterable {
    /// The convention sets it (the target carries its article).
    case convention
    /// The network sets it for itself (the convention names no figure).
    case network
    /// The follow-up committee sets it to compare networks (the convention names no figure).
    case committee
}

/// An optional target range for an indicator, with who sets it.
public struct IndicatorTarget: Sendable, Hashable {
    /// The value should be at least this.
    public var min: Double?
    /// The value should be at most this.
    public var max: Double?
    /// Who sets the target.
    public var setBy: TargetSetter
    /// The article that sets it (always present for a convention target, nil otherwise).
    public var article: String?

    /// Creates a target.
    public init(min: Double?, max: Double?, setBy: TargetSetter, article: String?) {
        self.min = min
        self.max = max
        self.setBy = setBy
        self.article = article
    }
}

/// A validated measure: a table, a summed column and resolved filters.
public struct MeasureSpec: Sendable, Hashable {
    /// The table read.
    public var table: MeasureTable
    /// The summed column.
    public var measure: MeasureInfo
    /// Pseudocodes kept (activity: resolved from the code sets and attribute filters; operating costs: cost centres).
    public var pseudocodes: Set<Int>?
    /// Function values kept (`1`, `2`, `3`, `mission`, `administrative`, `all` …, by table).
    public var functions: Set<String>?
    /// Age bands kept.
    public var ageBands: Set<AgeBand>?
    /// Statuses kept.
    public var bims: Set<BimStatus>?
    /// Wait buckets kept.
    public var buckets: Set<WaitBucket>?
    /// Budget lines kept.
    public var lines: Set<BudgetLine>?
    /// Instruments kept.
    public var instruments: Set<String>?
    /// Outreach site types kept (art. 8 §2).
    public var siteTypes: Set<OutreachSiteType>?
    /// The filters as written, e.g. `code_set individual_f23`, `setting outreach`.
    public var filterText: [String]
    /// The filters with their keys, in file order (for writing the calculation in words, `CalculationWords`).
    public var filters: [MeasureFilter] = []

    /// `Σ activity.units [code_set individual_f23; setting outreach]`.
    public var formula: String {
        let sigma = measure.additive ? "Σ " : "distinct "
        let filters = filterText.isEmpty ? "" : " [" + filterText.joined(separator: "; ") + "]"
        return "\(sigma)\(table.name).\(measure.name)\(filters)"
    }

    /// The dataset tables it reads.
    public var sourceTables: [TableKind] {
        if table == .spending, let functions,
            functions.isSubset(of: [SpendingFunction.mission.rawValue, SpendingFunction.administrative.rawValue])
        {
            return [.activity, .tariffs]
        }
        return table.sourceTables
    }
}

/// One filter of a measure: its key and its values as written (YAML booleans read as `yes` / `no`).
public struct MeasureFilter: Sendable, Hashable {
    /// The key.
    public var key: FilterKey
    /// The values, in file order.
    public var values: [String]

    /// Creates a filter.
    public init(key: FilterKey, values: [String]) {
        self.key = key
        self.values = values
    }
}

/// A validated indicator definition.
public struct IndicatorDefinition: Sendable, Hashable {
    /// Stable id, equal to the file name.
    public var id: String
    /// The aim, 1–5.
    public var aim: Int
    /// Title in French, Dutch, German and English.
    public var title: Labels
    /// Plain-language definition in French, Dutch, German and English.
    public var definition: Labels
    /// What the value measures.
    public var unit: IndicatorUnit
    /// How the value is formed.
    public var method: IndicatorMethod
    /// Which direction is better.
    public var better: Direction
    /// Optional target.
    public var target: IndicatorTarget?
    /// The convention article it comes from.
    public var article: String
    /// The dataset tables it needs, in contract order.
    public var requires: [TableKind]
    /// The numerator.
    public var numerator: MeasureSpec
    /// The denominator, for ratios.
    public var denominator: MeasureSpec?
    /// Reference numerator and denominator, for ratios of ratios.
    public var referenceNumerator: MeasureSpec?
    /// See `referenceNumerator`.
    public var referenceDenominator: MeasureSpec?
    /// The file it was read from.
    public var file: String

    /// The rule as one line, e.g. `Σ activity.units [code_set individual_f23; setting outreach] ÷ Σ activity.units [code_set individual_f23]`.
    public var formula: String {
        switch method {
        case .sum: numerator.formula
        case .ratio:
            numerator.formula + " ÷ " + (denominator?.formula ?? "") + (unit == .per1000 ? " × 1000" : "")
        case .histogramMedian:
            "median of " + numerator.formula + " by bucket, linear inside [0,8) [8,15) [15,31) [31,61) [61,91); in 91+: 91, censored"
        case .ratioOfRatios:
            "(\(numerator.formula) ÷ \(denominator?.formula ?? "")) ÷ (\(referenceNumerator?.formula ?? "") ÷ \(referenceDenominator?.formula ?? ""))"
        }
    }

    /// Every measure it reads.
    public var measures: [MeasureSpec] {
        [numerator] + [denominator, referenceNumerator, referenceDenominator].compactMap { $0 }
    }
}

/// The keys of a catalogue texts file (`Indicators/texts.<lang>.yaml`): the notes of the rules' findings
/// (`check_note.*`), the words of every reason (`reason.*`, `not_evaluated`) and of every result note
/// (`result_note.*`); its list `months` holds the twelve month names.
public struct CatalogueTextKey: TextKey {
    /// The dotted key.
    public let rawValue: String

    /// Creates a key.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Two months' names as a range, e.g. `avril–décembre`.
    public static let monthRange = Self(rawValue: "check_note.month_range")
    /// The year the convention's codes start in: its figures cover the months from the start to December.
    public static let conventionStartYear = Self(rawValue: "check_note.convention_start_year")
    /// A year whose data stop before December.
    public static let partialYear = Self(rawValue: "check_note.partial_year")
    /// A rule whose article's text holds until an earlier year.
    public static let articleReplaced = Self(rawValue: "check_note.article_replaced")
    /// A growth rule compared over the same months of two years.
    public static let sameMonths = Self(rawValue: "check_note.same_months")
    /// A rule no network could be checked against, with `{reason}`.
    public static let notEvaluated = Self(rawValue: "not_evaluated")

    /// The words of `reason` (its parameters are the placeholders).
    public static func reason(_ reason: ResultReason) -> Self { Self(rawValue: "reason." + reason.key) }

    /// The words of `note` (its parameters are the placeholders).
    public static func note(_ note: ResultNote) -> Self { Self(rawValue: "result_note." + note.key) }

    /// Every key a texts file must give.
    public static let allCases: [CatalogueTextKey] =
        [.monthRange, .conventionStartYear, .partialYear, .articleReplaced, .sameMonths, .notEvaluated]
        + ResultReason.examples.map(reason) + ResultNote.examples.map(note) + CalculationWords.keys
}
