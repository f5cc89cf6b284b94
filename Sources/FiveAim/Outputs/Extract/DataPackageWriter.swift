/// Writes `datapackage.json`, a Frictionless Data Package descriptor (https://specs.frictionlessdata.io/): one tabular
/// resource for the data file with its Table Schema — field names in header order, types, the empty cell as the missing
/// value (suppressed, totalled-over or unavailable), the primary key, labels and definitions in French, Dutch and
/// English from the codebook — plus the licence and the sources. Keys are written in a fixed order, so the same
/// extract gives the same bytes (the creation time is the manifest's, from `SOURCE_DATE_EPOCH` when set).
public enum DataPackageWriter {
    /// The descriptor's file name.
    public static let fileName = "datapackage.json"

    /// The marker of a missing value: an empty cell (docs/extracts.md, "Outputs").
    static let missingValues = [""]

    /// The licence recorded: an extract is not open data, so it names no open licence but the Open Definition's
    /// `other-closed`; what that means for a reader is `datapackage.licence` of the texts files.
    static let licence = "other-closed"

    /// The descriptor text; `data` is the data file's size and SHA-256.
    static func descriptor(
        _ result: ExtractResult, format: ExtractFormat, provenance: ExtractProvenance, inputs: ExtractInputs,
        data: (bytes: Int64, sha256: String)
    ) -> String {
        let spec = result.spec
        var json = JSONText()
        json.open("{")
        json.string("tabular-data-package", key: "profile")
        json.string(spec.id, key: "name")
        json.string(spec.title[.en], key: "title")
        json.string(spec.description[.en], key: "description")
        labels(&json, spec.title, key: "fiveaim:title")
        labels(&json, spec.description, key: "fiveaim:description")
        json.string(ManifestWriter.isoDate(provenance.created), key: "created")
        json.open("[", key: "licenses")
        json.open("{")
        json.string(licence, key: "name")
        json.string(result.texts.codebook("datapackage.licence"), key: "title")
        json.close("}")
        json.close("]")
        json.open("[", key: "sources")
        json.open("{")
        json.string("FiveAim \(provenance.version)" + (provenance.commit.map { " (commit \($0))" } ?? ""), key: "title")
        json.close("}")
        for file in inputs.dataset {
            json.open("{")
            json.string(file.name + (file.table.map { " (\($0))" } ?? ""), key: "title")
            json.close("}")
        }
        json.close("]")

        json.open("[", key: "resources")
        json.open("{")
        json.string("tabular-data-resource", key: "profile")
        json.string("data", key: "name")
        json.string(format.dataFile, key: "path")
        switch format {
        case .csv:
            json.string("csv", key: "format")
            json.string("text/csv", key: "mediatype")
            json.string("utf-8", key: "encoding")
            json.open("{", key: "dialect")
            json.string(",", key: "delimiter")
            json.string("\"", key: "quoteChar")
            json.value("true", key: "header")
            json.close("}")
        case .xlsx:
            json.string("xlsx", key: "format")
            json.string("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key: "mediatype")
        }
        json.value(String(data.bytes), key: "bytes")
        json.string("sha256:" + data.sha256, key: "hash")
        json.open("{", key: "schema")
        json.open("[", key: "fields")
        for column in result.columns { field(&json, column, spec: spec) }
        json.close("]")
        json.open("[", key: "missingValues")
        for marker in missingValues { json.string(marker) }
        json.close("]")
        json.open("[", key: "primaryKey")
        for name in primaryKey(spec) { json.string(name) }
        json.close("]")
        json.close("}")
        json.close("}")
        json.close("]")
        json.close("}")
        return json.text + "\n"
    }

    /// The columns that identify a row: the spec's grouping columns and `level` (a total leaves the grouping columns it
    /// sums over empty), or indicator, network and period for the indicator table.
    static func primaryKey(_ spec: ExtractSpec) -> [String] {
        switch spec.source {
        case .table(_, let layout): layout.dimensions.map(\.name) + ["level"]
        case .indicators: ["indicator", "network", "year"]
        }
    }

    /// The Table Schema type of a column and its format or pattern.
    static func type(of name: String, spec: ExtractSpec) -> (type: String, pattern: String?, minimum: Int?) {
        switch spec.source {
        case .table(let table, _):
            if table.measures.contains(name) { return ("integer", nil, 0) }
            switch ExtractDimension(rawValue: name) {
            case .year?: return ("year", nil, nil)
            case .month?: return ("yearmonth", nil, nil)
            case .quarter?: return ("string", "[0-9]{4}-Q[1-4]", nil)
            default: return ("string", nil, nil)
            }
        case .indicators:
            switch name {
            case "aim": return ("integer", nil, nil)
            case "numerator", "denominator", "value", "ci_low", "ci_high": return ("number", nil, nil)
            case "year": return ("string", "[0-9]{4}|[0-9]{4}-[0-9]{2}/[0-9]{4}-[0-9]{2}", nil)
            default: return ("string", nil, nil)
            }
        }
    }

    private static func field(_ json: inout JSONText, _ column: ExtractVocabulary.Column, spec: ExtractSpec) {
        let kind = type(of: column.name, spec: spec)
        json.open("{")
        json.string(column.name, key: "name")
        json.string(kind.type, key: "type")
        json.string(column.label[.en], key: "title")
        json.string(column.definition[.en], key: "description")
        if kind.pattern != nil || kind.minimum != nil || (column.codes != nil && kind.type == "string") {
            json.open("{", key: "constraints")
            if let minimum = kind.minimum { json.value(String(minimum), key: "minimum") }
            if let pattern = kind.pattern { json.string(pattern, key: "pattern") }
            if let codes = column.codes, kind.type == "string" {
                json.open("[", key: "enum")
                for code in codes { json.string(code.code) }
                json.close("]")
            }
            json.close("}")
        }
        labels(&json, column.label, key: "fiveaim:label")
        labels(&json, column.definition, key: "fiveaim:definition")
        if let unit = column.unit { json.string(unit, key: "fiveaim:unit") }
        json.close("}")
    }

    private static func labels(_ json: inout JSONText, _ labels: Labels, key: String) {
        json.open("{", key: key)
        for language in Language.allCases { json.string(labels[language], key: language.rawValue) }
        json.close("}")
    }
}
