/// A minimal JSON writer with a fixed key order, so that outputs are byte-identical from run to run.
struct JSONText {
    private(set) var text = ""
    private var indent = 0
    private var needsComma: [Bool] = [false]

    /// A JSON string literal.
    static func quote(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private mutating func prefix(key: String?) {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if indent > 0 || !text.isEmpty { text += "\n" }
        text += String(repeating: "  ", count: indent)
        if let key { text += Self.quote(key) + ": " }
    }

    /// Writes a raw JSON token (number, `null`, `true`, a quoted string).
    mutating func value(_ token: String, key: String? = nil) {
        prefix(key: key)
        text += token
    }

    /// Writes a string.
    mutating func string(_ value: String?, key: String? = nil) {
        self.value(value.map(Self.quote) ?? "null", key: key)
    }

    /// Opens an object or array.
    mutating func open(_ bracket: Character, key: String? = nil) {
        prefix(key: key)
        text.append(bracket)
        indent += 1
        needsComma.append(false)
    }

    /// Closes the innermost object or array.
    mutating func close(_ bracket: Character) {
        let hadItems = needsComma.removeLast()
        indent -= 1
        if hadItems { text += "\n" + String(repeating: "  ", count: indent) }
        text.append(bracket)
    }

    /// An array of `{file, bytes, sha256}` objects under `key`: the file list of manifests and output records.
    mutating func fileList(_ files: [(name: String, bytes: Int64, sha256: String)], key: String) {
        open("[", key: key)
        for file in files {
            open("{")
            string(file.name, key: "file")
            value(String(file.bytes), key: "bytes")
            string(file.sha256, key: "sha256")
            close("}")
        }
        close("]")
    }
}
