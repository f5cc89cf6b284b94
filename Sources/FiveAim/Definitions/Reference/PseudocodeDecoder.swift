/// Decodes `Indicators/reference/pseudocodes.csv`: one row per Annex 1 code with its attributes.
struct PseudocodeDecoder: TableDecoder {
    var schema: TableSchema {
        TableSchema(
            name: "pseudocodes",
            columns: [
                "pseudocode", "function", "modality", "setting", "first_session", "with_relatives",
                "provider_role", "unit", "valid_from",
            ].map { ColumnSpec($0) } + Labels.columns.map { ColumnSpec($0) })
    }
    var keyColumns: [String] { ["pseudocode"] }

    func decode(_ cells: CellReader) -> Pseudocode? {
        let code = cells.count("pseudocode").map(Int.init)
        let function = cells.code("function", as: CareFunction.self)
        let modality = cells.code("modality", as: Modality.self)
        let setting = cells.code("setting", as: Setting.self)
        let first = cells.code("first_session", as: YesNo.self)
        let relatives = cells.code("with_relatives", as: YesNo.self)
        let role = cells.code("provider_role", as: ProviderRole.self)
        let unit = cells.code("unit", as: UnitKind.self)
        let validFrom = cells.month("valid_from", earliest: YearMonth(year: 2000, month: 1))
        let labels = cells.labels()
        guard let code, let function, let modality, let setting, let first, let relatives, let role, let unit,
            let validFrom, let labels
        else { return nil }
        return Pseudocode(
            code: code, function: function, modality: modality, setting: setting, isFirstSession: first == .yes,
            withRelatives: relatives == .yes, providerRole: role, unit: unit, validFrom: validFrom,
            labels: labels)
    }

    func key(of row: Pseudocode) -> Int { row.code }
}

extension Labels {
    /// The label columns of a reference file, one per language: `label_fr`, `label_nl`, `label_de`, `label_en`.
    static var columns: [String] { Language.allCases.map { "label_" + $0.rawValue } }
}

extension CellReader {
    /// The labels of a reference row (`label_<lang>` of every language), nil when one is missing.
    func labels() -> Labels? {
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            guard let text = text("label_" + language.rawValue) else { return nil }
            texts[language] = text
        }
        return Labels(texts)
    }
}

/// A yes/no flag of a reference file.
enum YesNo: String, CaseIterable {
    case yes
    case no
}
