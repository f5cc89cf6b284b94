/// Writes an extract's codebook: `codebook.md` for people, `codebook.json` for programs; both list every
/// column with its name, labels, type, unit, definition and allowed codes in French, Dutch and English.
public enum CodebookWriter {
    /// What an empty cell means in a data file.
    static let missingRule =
        "an empty cell is a grouping column totalled over (see column level), or a number that is suppressed (status suppressed) or not available; it is never 0"

    /// `codebook.md`.
    public static func markdown(_ result: ExtractResult, dataFile: String) -> String {
        let spec = result.spec
        var text = "# \(spec.title.en)\n\n"
        text += "- FR: \(spec.title.fr)\n- NL: \(spec.title.nl)\n\n"
        text += "\(spec.description.en)\n\n- FR: \(spec.description.fr)\n- NL: \(spec.description.nl)\n\n"
        text +=
            "Data file: `\(dataFile)` — UTF-8, `,` delimiter, `.` decimal separator, one observation per row, "
            + "\(result.rows.count) rows. Empty cells: \(missingRule).\n\n"
        text += "Disclosure control: \(result.disclosure.rule).\n\n"
        text += "## Columns\n\n| column | label (en) | type | unit | definition (en) |\n|---|---|---|---|---|\n"
        for column in result.columns {
            text +=
                "| `\(column.name)` | \(cell(column.label.en)) | \(cell(column.type)) | \(cell(column.unit ?? "")) | \(cell(column.definition.en)) |\n"
        }
        for column in result.columns {
            text += "\n### `\(column.name)`\n\n"
            text += "- label: FR \(column.label.fr) · NL \(column.label.nl) · EN \(column.label.en)\n"
            text += "- definition: FR \(column.definition.fr) · NL \(column.definition.nl) · EN \(column.definition.en)\n"
            guard let codes = column.codes else { continue }
            let withDefinitions = codes.contains { $0.definition != nil }
            text +=
                "\n| code | FR | NL | EN |" + (withDefinitions ? " definition (en) |" : "") + "\n|---|---|---|---|"
                + (withDefinitions ? "---|" : "") + "\n"
            for code in codes {
                text += "| `\(code.code)` | \(cell(code.label.fr)) | \(cell(code.label.nl)) | \(cell(code.label.en)) |"
                if withDefinitions { text += " \(cell(code.definition?.en ?? "")) |" }
                text += "\n"
            }
        }
        return text
    }

    /// `codebook.json`.
    public static func json(_ result: ExtractResult, dataFile: String) -> String {
        var json = JSONText()
        json.open("{")
        json.string(result.spec.id, key: "extract")
        labels(&json, result.spec.title, key: "title")
        labels(&json, result.spec.description, key: "description")
        json.string(dataFile, key: "file")
        json.value(String(result.rows.count), key: "rows")
        json.string("UTF-8, comma-delimited, '.' decimal separator, RFC 4180 quoting, LF line ends", key: "encoding")
        json.string(missingRule, key: "missing")
        json.string(result.disclosure.rule, key: "disclosure")
        json.open("[", key: "columns")
        for column in result.columns {
            json.open("{")
            json.string(column.name, key: "name")
            labels(&json, column.label, key: "label")
            json.string(column.type, key: "type")
            json.string(column.unit, key: "unit")
            labels(&json, column.definition, key: "definition")
            if let codes = column.codes {
                json.open("[", key: "codes")
                for code in codes {
                    json.open("{")
                    json.string(code.code, key: "code")
                    labels(&json, code.label, key: "label")
                    if let definition = code.definition { labels(&json, definition, key: "definition") }
                    json.close("}")
                }
                json.close("]")
            } else {
                json.value("null", key: "codes")
            }
            json.close("}")
        }
        json.close("]")
        json.close("}")
        return json.text + "\n"
    }

    static func labels(_ json: inout JSONText, _ labels: Labels, key: String) {
        json.open("{", key: key)
        json.string(labels.fr, key: "fr")
        json.string(labels.nl, key: "nl")
        json.string(labels.en, key: "en")
        json.close("}")
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
