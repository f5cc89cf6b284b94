/// An indicator's calculation in words, in one language (`Indicators/texts.<lang>.yaml`, keys `calculation.*`): each
/// measure of the table vocabulary (`MeasureTable.measures`), each filter key (`FilterKey`) and each coded filter value
/// has a text, so that the report's annex never shows the catalogue's machine formula (`IndicatorDefinition.formula`).
///
/// Code sets are named by their label in `catalog.yaml`; pseudocodes and instruments are shown as written.
public struct CalculationWords: Sendable {
    /// The catalogue's texts in the language.
    public let texts: LanguageTexts<CatalogueTextKey>
    /// The catalogue's code sets, for their labels.
    public let codeSets: [String: CodeSet]

    /// Creates the words of `language` from the catalogue.
    public init(catalogue: Catalogue, language: Language) {
        self.texts = catalogue.texts(language)
        self.codeSets = catalogue.codeSets
    }

    /// The calculation of `definition`, e.g. `bénéficiaires distincts de la table « beneficiaries » (fonction : toutes ;
    /// intervention majorée : oui) ÷ …`.
    public func formula(_ definition: IndicatorDefinition) -> String {
        let numerator = measure(definition.numerator)
        let denominator = definition.denominator.map(measure) ?? ""
        switch definition.method {
        case .sum:
            return numerator
        case .ratio:
            return texts.text(
                definition.unit == .per1000 ? .calculationPer1000 : .calculationRatio,
                ["numerator": numerator, "denominator": denominator])
        case .histogramMedian:
            return texts.text(.calculationMedian, ["measure": numerator])
        case .ratioOfRatios:
            return texts.text(
                .calculationRatioOfRatios,
                [
                    "numerator": numerator, "denominator": denominator,
                    "reference_numerator": definition.referenceNumerator.map(measure) ?? "",
                    "reference_denominator": definition.referenceDenominator.map(measure) ?? "",
                ])
        }
    }

    /// One measure with its table and filters in words.
    public func measure(_ spec: MeasureSpec) -> String {
        let named = texts.text(
            .calculationTable, ["measure": texts[.calculationMeasure(spec.table, spec.measure.name)], "table": spec.table.name])
        guard !spec.filters.isEmpty else { return named }
        let filters = spec.filters.map { filter in
            texts.text(
                .calculationFilterPattern,
                [
                    "key": texts[.calculationFilter(filter.key)],
                    "values": filter.values.map { value(filter.key, $0) }.joined(separator: texts[.calculationValueSeparator]),
                ])
        }
        return texts.text(
            .calculationFiltered, ["measure": named, "filters": filters.joined(separator: texts[.calculationFilterSeparator])])
    }

    /// A filter value in words: a code set's label, a coded value's text, or the value as written (pseudocodes, instruments).
    func value(_ key: FilterKey, _ value: String) -> String {
        if key == .codeSet, let set = codeSets[value], let label = set.label.texts[texts.language] { return label }
        let coded = Self.values[key] ?? []
        if coded.contains(value) { return texts[.calculationValue(key, value)] }
        if coded.contains(value.lowercased()) { return texts[.calculationValue(key, value.lowercased())] }
        return value
    }

    /// The coded values of each filter that has words for its values (the others show their values as written).
    static let values: [FilterKey: [String]] = {
        var functions: [String] = []
        for table in MeasureTable.allCases {
            for value in table.functionValues where !functions.contains(value) { functions.append(value) }
        }
        let yesNo = ["yes", "no"]
        return [
            .function: functions, .modality: Modality.allCases.map(\.rawValue), .setting: Setting.allCases.map(\.rawValue),
            .firstSession: yesNo, .withRelatives: yesNo, .providerRole: ProviderRole.allCases.map(\.rawValue),
            .ageBand: AgeBand.allCases.map(\.rawValue), .bim: BimStatus.allCases.map(\.rawValue),
            .bucket: WaitBucket.allCases.map(\.rawValue), .line: BudgetLine.allCases.map(\.rawValue),
            .siteType: OutreachSiteType.allCases.map(\.rawValue),
        ]
    }()

    /// Every key of the calculation's words, in a stable order.
    static let keys: [CatalogueTextKey] =
        [
            .calculationTable, .calculationFiltered, .calculationFilterPattern, .calculationFilterSeparator,
            .calculationValueSeparator, .calculationRatio, .calculationPer1000, .calculationMedian, .calculationRatioOfRatios,
        ]
        + MeasureTable.allCases.flatMap { table in table.measures.map { CatalogueTextKey.calculationMeasure(table, $0.name) } }
        + FilterKey.allCases.map(CatalogueTextKey.calculationFilter)
        + FilterKey.allCases.flatMap { key in (values[key] ?? []).map { CatalogueTextKey.calculationValue(key, $0) } }
}

extension CatalogueTextKey {
    /// `{measure} de la table « {table} »`.
    public static let calculationTable = Self(rawValue: "calculation.pattern.table")
    /// `{measure} ({filters})`.
    public static let calculationFiltered = Self(rawValue: "calculation.pattern.filtered")
    /// `{key} : {values}`.
    public static let calculationFilterPattern = Self(rawValue: "calculation.pattern.filter")
    /// What separates two filters, e.g. ` ; `.
    public static let calculationFilterSeparator = Self(rawValue: "calculation.pattern.filter_separator")
    /// What separates two values of one filter, e.g. `, `.
    public static let calculationValueSeparator = Self(rawValue: "calculation.pattern.value_separator")
    /// `{numerator} ÷ {denominator}`.
    public static let calculationRatio = Self(rawValue: "calculation.pattern.ratio")
    /// `{numerator} ÷ {denominator} × 1 000`.
    public static let calculationPer1000 = Self(rawValue: "calculation.pattern.per_1000")
    /// The median of a wait histogram, with `{measure}`.
    public static let calculationMedian = Self(rawValue: "calculation.pattern.median")
    /// `({numerator} ÷ {denominator}) ÷ ({reference_numerator} ÷ {reference_denominator})`.
    public static let calculationRatioOfRatios = Self(rawValue: "calculation.pattern.ratio_of_ratios")

    /// The words of measure `measure` of `table`, e.g. `bénéficiaires distincts`.
    public static func calculationMeasure(_ table: MeasureTable, _ measure: String) -> Self {
        Self(rawValue: "calculation.measure.\(table.name).\(measure)")
    }

    /// The name of filter `key`, e.g. `intervention majorée`.
    public static func calculationFilter(_ key: FilterKey) -> Self { Self(rawValue: "calculation.filter.\(key.rawValue)") }

    /// The words of value `value` of filter `key`, e.g. `toutes` for `function all`.
    public static func calculationValue(_ key: FilterKey, _ value: String) -> Self {
        Self(rawValue: "calculation.value.\(key.rawValue).\(value)")
    }
}
