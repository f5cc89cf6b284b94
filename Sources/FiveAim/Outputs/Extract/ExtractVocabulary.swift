/// What every extract column means: type, unit, definition and the labels of its codes in French, Dutch
/// and English. Pseudocode labels come from `Indicators/reference/pseudocodes.csv`, network names from the
/// networks in force, indicator titles and definitions from the catalogue.
public enum ExtractVocabulary {
    /// A code of a column with its labels.
    public struct Code: Sendable, Hashable {
        /// The value as written in the data file.
        public var code: String
        /// Its labels.
        public var label: Labels
        /// What it means, when a label is not enough (indicators: the catalogue's definition).
        public var definition: Labels? = nil
    }

    /// The description of one output column.
    public struct Column: Sendable, Hashable {
        /// The column name.
        public var name: String
        /// The label the spec gives (or FiveAim's, for `level` and `status`).
        public var label: Labels
        /// `code`, `month (YYYY-MM)`, `integer` …
        public var type: String
        /// What a number counts, when the column holds numbers.
        public var unit: String?
        /// The allowed codes, when the column holds codes from a list.
        public var codes: [Code]?
        /// What the column means.
        public var definition: Labels
    }

    /// The values a filter on `dimension` accepts, or nil when any value is accepted (network codes).
    static func values(of dimension: ExtractDimension, table: ExtractTable, reference: ReferenceData) -> [String]? {
        switch dimension {
        case .network, .year, .quarter, .month: nil
        case .pseudocode: reference.pseudocodes.keys.sorted().map(String.init)
        // Activity has no function column: every function a pseudocode can have.
        case .function: table == .activity ? PseudocodeAttribute.function.values : table.tableKind.column(.function)?.type.codes
        case .modality, .setting, .unit, .providerRole, .firstSession, .withRelatives: dimension.attribute!.values
        case .ageBand: AgeBand.allCases.map(\.rawValue)
        case .bim: BimStatus.allCases.map(\.rawValue)
        case .bucket: WaitBucket.allCases.map(\.rawValue)
        case .siteType: OutreachSiteType.allCases.map(\.rawValue)
        }
    }

    /// The position of a value in its column's natural order (age bands by age, buckets by wait, functions 1, 2, 3 …).
    static func order(_ dimension: ExtractDimension, _ value: String) -> Int {
        switch dimension {
        case .function: value == "all" ? -1 : PseudocodeAttribute.function.values.firstIndex(of: value) ?? 99
        case .modality, .setting, .unit, .providerRole, .firstSession, .withRelatives:
            dimension.attribute!.values.firstIndex(of: value) ?? 99
        case .ageBand: AgeBand.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .bim: BimStatus.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .bucket: WaitBucket.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .siteType: OutreachSiteType.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .network: value == Network.nationalCode ? 1 : 0
        case .year, .quarter, .month, .pseudocode: 0
        }
    }

    /// The codes of `dimension` with their labels (nil for dates and years); `networks` are those in force.
    static func codes(
        of dimension: ExtractDimension, table: ExtractTable, reference: ReferenceData, networks: [Network],
        kept: Set<String>?, texts: ExtractTexts
    ) -> [Code]? {
        var result: [Code]
        switch dimension {
        case .year, .quarter, .month: return nil
        case .network:
            result = networks.sorted { $0.code < $1.code }.map { Code(code: $0.code, label: .same($0.name)) }
            if table.hasNationalRows {
                result.append(
                    Code(
                        code: Network.nationalCode,
                        label: texts.labels("code.network.national")))
            }
        case .pseudocode:
            result = reference.pseudocodes.keys.sorted().map { Code(code: String($0), label: reference.pseudocodes[$0]!.labels) }
        case .siteType:
            // Labels of the code list (`Indicators/reference/outreach_site_types.csv`).
            result = OutreachSiteType.allCases.map { type in
                Code(code: type.rawValue, label: reference.outreachSiteTypes.info(type)?.labels ?? .same(type.rawValue))
            }
        default:
            let values = Self.values(of: dimension, table: table, reference: reference) ?? []
            result = values.map { Code(code: $0, label: label(dimension, $0, texts: texts)) }
        }
        if let kept { result = result.filter { kept.contains($0.code) } }
        return result
    }

    /// The label of a code: `code.<column>.<value>` of the extracts' texts files (`yes_no` for the yes/no columns);
    /// a value without one is its own label.
    static func label(_ dimension: ExtractDimension, _ value: String, texts: ExtractTexts) -> Labels {
        let column = dimension.attribute?.isYesNo == true ? "yes_no" : dimension.name
        return texts.labelsIfPresent("code.\(column).\(value)") ?? .same(value)
    }

    /// The type of a grouping column as written in the codebook.
    static func type(of dimension: ExtractDimension, texts: ExtractTexts) -> String {
        switch dimension {
        case .year: texts.codebook("type.year")
        case .quarter: texts.codebook("type.quarter")
        case .month: texts.codebook("type.month")
        default: texts.codebook("type.code")
        }
    }

    /// What a grouping column means.
    static func definition(of dimension: ExtractDimension, table: ExtractTable, texts: ExtractTexts) -> Labels {
        switch dimension {
        case .network:
            table.hasNationalRows
                ? texts.labels("definition.network_national")
                : texts.labels("definition.network")
        case .year: texts.labels("definition.year")
        case .quarter:
            texts.labels("definition.quarter")
        case .month:
            table == .waits
                ? texts.labels("definition.month_waits")
                : texts.labels("definition.month")
        case .pseudocode:
            texts.labels("definition.pseudocode")
        case .function: texts.labels("definition.function")
        case .modality:
            texts.labels("definition.modality")
        case .setting:
            texts.labels("definition.setting")
        case .unit:
            texts.labels("definition.unit")
        case .providerRole: texts.labels("definition.provider_role")
        case .firstSession: texts.labels("definition.first_session")
        case .withRelatives: texts.labels("definition.with_relatives")
        case .ageBand:
            table == .beneficiaries
                ? texts.labels("definition.age_band_beneficiaries")
                : texts.labels("definition.age_band")
        case .bim:
            texts.labels("definition.bim")
        case .bucket:
            texts.labels("definition.bucket")
        case .siteType: texts.labels("definition.site_type")
        }
    }

    /// What a summed count of a table means, with its unit: `unit.<table>` and `measure.<table>` of the texts files, or
    /// `unit.<table>.<measure>` and `measure.<table>.<measure>` for a table that sums several counts.
    static func measure(_ measure: String, of table: ExtractTable, texts: ExtractTexts) -> (unit: String, definition: Labels) {
        let key = table.measures.count == 1 ? table.rawValue : table.rawValue + "." + measure
        return (texts.codebook("unit." + key), texts.labels("measure." + key))
    }

    /// The `level` column: which entry of the table with margins a row is.
    static func levelColumn(_ layout: ExtractLayout, texts: ExtractTexts) -> Column {
        let rows = layout.rows.map(\.name).joined(separator: ", ")
        let columns = layout.columns.map(\.name).joined(separator: ", ")
        return Column(
            name: "level", label: texts.labels("level.label"), type: texts.codebook("type.code"), unit: nil,
            codes: [
                Code(code: "cell", label: texts.labels("level.cell")),
                Code(
                    code: "row_total",
                    label: texts.labels("level.row_total", ["columns": columns])),
                Code(
                    code: "column_total",
                    label: texts.labels("level.column_total", ["rows": rows])),
                Code(code: "grand_total", label: texts.labels("level.grand_total")),
            ],
            definition: texts.labels("level.definition"))
    }

    /// The status column of `measure` in a table extract (`status`, or `<measure>_status` when the table sums several
    /// counts, labelled with the count's name).
    static func statusColumn(of measure: String, table: ExtractTable, threshold: Int64, texts: ExtractTexts) -> Column {
        Column(
            name: table.statusColumn(of: measure),
            label: table.measures.count == 1 ? texts.labels("status.label") : texts.labels("status.label_of", ["column": measure]),
            type: texts.codebook("type.code"), unit: nil,
            codes: [
                Code(code: "ok", label: texts.labels("status.ok")),
                Code(
                    code: "suppressed",
                    label: texts.labels("status.suppressed", ["threshold": String(threshold)])),
            ],
            definition: texts.labels("status.definition"))
    }
}
