import Foundation

/// A key of the extracts' texts files (`Exports/extracts/texts.<lang>.yaml`), e.g. `code.function.1`, `level.row_total`.
public struct ExtractTextKey: TextKey {
    /// The dotted key.
    public let rawValue: String

    /// Creates a key.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Every key a texts file must give.
    public static let allCases: [ExtractTextKey] =
        [
            "code.age_band.0-11", "code.age_band.12-14", "code.age_band.15-17", "code.age_band.18-23",
            "code.age_band.24-64", "code.age_band.65+", "code.age_band.unknown", "code.bim.no", "code.bim.unknown",
            "code.bim.yes", "code.bucket.0-7", "code.bucket.15-30", "code.bucket.31-60", "code.bucket.61-90",
            "code.bucket.8-14", "code.bucket.91+", "code.bucket.unknown", "code.function.1", "code.function.2",
            "code.function.3", "code.function.administrative", "code.function.all", "code.function.mission",
            "code.function.postcovid", "code.modality.administrative", "code.modality.cofacilitation",
            "code.modality.group", "code.modality.individual", "code.modality.mission", "code.network.national",
            "code.provider_role.care_coordinator", "code.provider_role.other_provider", "code.provider_role.physician",
            "code.provider_role.professional", "code.provider_role.psychologist", "code.setting.home",
            "code.setting.outreach", "code.setting.practice", "code.setting.remote", "code.setting.unspecified",
            "code.unit.cofacilitated_session", "code.unit.coordination_fee", "code.unit.hour", "code.unit.participation",
            "code.unit.professional_participation", "code.unit.session", "code.unit.trajectory_fee", "code.yes_no.no",
            "code.yes_no.yes", "codebook.data_file", "codebook.disclosure", "codebook.encoding", "codebook.heading.code",
            "codebook.heading.column", "codebook.heading.columns", "codebook.heading.definition",
            "codebook.heading.label", "codebook.heading.type", "codebook.heading.unit", "codebook.missing",
            "codebook.table_rule", "codebook.table_rule_given", "datapackage.licence", "definition.age_band",
            "definition.age_band_beneficiaries", "definition.bim",
            "definition.bucket", "definition.first_session", "definition.function", "definition.modality",
            "definition.month", "definition.month_waits", "definition.network", "definition.network_national",
            "definition.provider_role", "definition.pseudocode", "definition.quarter", "definition.setting", "definition.site_type",
            "definition.unit", "definition.with_relatives", "definition.year", "indicators.aim.1", "indicators.aim.2",
            "indicators.aim.3", "indicators.aim.4", "indicators.aim.5", "indicators.definition.aim",
            "indicators.definition.ci_high", "indicators.definition.ci_low", "indicators.definition.denominator",
            "indicators.definition.indicator", "indicators.definition.network", "indicators.definition.numerator",
            "indicators.definition.status", "indicators.definition.unit", "indicators.definition.value",
            "indicators.definition.year", "indicators.network.national", "indicators.status.censored",
            "indicators.status.not_available", "indicators.status.ok", "indicators.status.suppressed",
            "indicators.unit.count", "indicators.unit.days", "indicators.unit.eur", "indicators.unit.per_1000",
            "indicators.unit.proportion", "indicators.unit.ratio", "level.cell", "level.column_total",
            "level.definition", "level.grand_total", "level.label", "level.row_total", "measure.activity",
            "measure.beneficiaries", "measure.group_sessions", "measure.outreach_sites.sessions", "measure.outreach_sites.sites",
            "measure.waits", "status.definition", "status.label", "status.label_of",
            "status.ok", "status.suppressed", "type.aim", "type.code", "type.count", "type.decimal", "type.month",
            "type.period", "type.quantity", "type.quarter", "type.year", "unit.activity", "unit.beneficiaries",
            "unit.column_unit", "unit.formula", "unit.group_sessions", "unit.outreach_sites.sessions", "unit.outreach_sites.sites",
            "unit.waits",
        ].map(ExtractTextKey.init(rawValue:))
}

/// The texts of the research extracts' codebooks in every language (`Exports/extracts/texts.<lang>.yaml`, read by
/// `TextFiles`): column and code labels and definitions in every `Language`, and the codebook's sentences, types and
/// units in English, the codebook's language.
public struct ExtractTexts: Sendable {
    /// Texts per language.
    public var languages: [Language: LanguageTexts<ExtractTextKey>]

    /// Creates texts.
    public init(languages: [Language: LanguageTexts<ExtractTextKey>]) { self.languages = languages }

    /// The language the codebook's sentences are written in.
    public static let codebookLanguage = Language.en

    /// The codes an extracts texts file reports its problems with.
    public static let codes = TextFileCodes(unreadable: .extractSpecUnreadable, key: .extractSpecUnknownKey)

    /// `key` in every language, its `{name}` placeholders filled.
    public func labels(_ key: String, _ replacements: [String: String] = [:]) -> Labels {
        Labels(languages.mapValues { $0.text(ExtractTextKey(rawValue: key), replacements) })
    }

    /// `key` in every language when the files have it (codes of a column: a value without a label is its own label).
    func labelsIfPresent(_ key: String) -> Labels? {
        ExtractTextKey.allCases.contains(ExtractTextKey(rawValue: key)) ? labels(key) : nil
    }

    /// `key` in the codebook's language, its `{name}` placeholders filled.
    public func codebook(_ key: String, _ replacements: [String: String] = [:]) -> String {
        guard let texts = languages[Self.codebookLanguage] else { preconditionFailure("texts are loaded for every language") }
        return texts.text(ExtractTextKey(rawValue: key), replacements)
    }

    /// Reads `<folder>/texts.<lang>.yaml` for every `Language`; every problem of every file is reported at once.
    public static func load(folder: String) throws(DiagnosticError) -> ExtractTexts {
        ExtractTexts(languages: try TextFiles.load(folder: folder, languages: Language.allCases, codes: codes))
    }
}
