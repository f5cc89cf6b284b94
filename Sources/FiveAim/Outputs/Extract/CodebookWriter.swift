/// Writes an extract's codebook: `codebook.md` for people, `codebook.json` for programs; both list every
/// column with its name, labels, type, unit, definition and allowed codes in every language. Its own sentences are
/// in the codebook's language (`ExtractTexts.codebookLanguage`), from `Exports/extracts/texts.<lang>.yaml`.
public enum CodebookWriter {

    /// `codebook.md`.
    public static func markdown(_ result: ExtractResult, dataFile: String) -> String {
        let spec = result.spec
        let texts = result.texts
        let main = ExtractTexts.codebookLanguage
        let others = Language.allCases.filter { $0 != main }
        func translations(_ labels: Labels) -> String {
            others.map { "- \($0.rawValue.uppercased()): \(labels[$0])\n" }.joined() + "\n"
        }
        func word(_ key: String) -> String { texts.codebook("codebook.heading." + key) }
        let tag = " (\(main.rawValue))"
        var text = "# \(spec.title[main])\n\n" + translations(spec.title)
        text += "\(spec.description[main])\n\n" + translations(spec.description)
        text +=
            texts.codebook(
                "codebook.data_file",
                ["file": dataFile, "rows": String(result.rows.count), "missing": texts.codebook("codebook.missing")]) + "\n\n"
        text += texts.codebook("codebook.disclosure", ["rule": result.disclosure.rule]) + "\n\n"
        text += "## \(word("columns"))\n\n| \(word("column")) | \(word("label"))\(tag) | \(word("type")) | \(word("unit")) | "
        text += "\(word("definition"))\(tag) |\n|---|---|---|---|---|\n"
        for column in result.columns {
            text +=
                "| `\(column.name)` | \(cell(column.label[main])) | \(cell(column.type)) | \(cell(column.unit ?? "")) | \(cell(column.definition[main])) |\n"
        }
        for column in result.columns {
            text += "\n### `\(column.name)`\n\n"
            func all(_ labels: Labels) -> String {
                Language.allCases.map { "\($0.rawValue.uppercased()) \(labels[$0])" }.joined(separator: " · ")
            }
            text += "- \(word("label")): \(all(column.label))\n"
            text += "- \(word("definition")): \(all(column.definition))\n"
            guard let codes = column.codes else { continue }
            let withDefinitions = codes.contains { $0.definition != nil }
            text +=
                "\n| \(word("code")) |" + Language.allCases.map { " \($0.rawValue.uppercased()) |" }.joined()
                + (withDefinitions ? " \(word("definition"))\(tag) |" : "") + "\n|---|"
                + String(repeating: "---|", count: Language.allCases.count)
                + (withDefinitions ? "---|" : "") + "\n"
            for code in codes {
                text += "| `\(code.code)` |" + Language.allCases.map { " \(cell(code.label[$0])) |" }.joined()
                if withDefinitions { text += " \(cell(code.definition?[main] ?? "")) |" }
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
        json.string(result.texts.codebook("codebook.encoding"), key: "encoding")
        json.string(result.texts.codebook("codebook.missing"), key: "missing")
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
        for language in Language.allCases { json.string(labels[language], key: language.rawValue) }
        json.close("}")
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
