import Foundation

/// Writes `manifest.json`: what was extracted, from what, by which FiveAim, under which disclosure rule,
/// and the SHA-256 of every file, ending with the manifest's own digest (`self_sha256`, computed with
/// that value written as 64 zeros) so that `--verify` notices a change to the manifest itself.
public enum ManifestWriter {
    /// The placeholder `self_sha256` holds while the manifest's digest is computed.
    static let selfPlaceholder = String(repeating: "0", count: 64)

    /// The manifest text.
    static func manifest(
        _ result: ExtractResult, format: ExtractFormat, provenance: ExtractProvenance, inputs: ExtractInputs,
        outputs: [(name: String, bytes: Int64, sha256: String)]
    ) -> String {
        let spec = result.spec
        var json = JSONText()
        json.open("{")
        json.string(ExtractWriter.manifestFormat, key: "format")
        json.value("1", key: "format_version")
        json.string(spec.id, key: "extract")
        CodebookWriter.labels(&json, spec.title, key: "title")
        json.open("{", key: "fiveaim")
        json.string(provenance.version, key: "version")
        json.string(provenance.commit, key: "source_commit")
        json.string(provenance.commitSource, key: "source_commit_from")
        json.close("}")
        json.string(isoDate(provenance.created), key: "created")
        json.string(provenance.createdSource, key: "created_from")

        json.open("{", key: "spec")
        json.string(spec.file.split(separator: "/").last.map(String.init) ?? spec.file, key: "file")
        json.string(SHA256Digest.hex(of: Data(spec.text.utf8)), key: "sha256")
        json.string(spec.text, key: "content")
        json.close("}")

        json.open("{", key: "input")
        json.string(inputs.kind, key: "kind")
        for (key, files) in [("dataset", inputs.dataset), ("reference", inputs.reference), ("catalogue", inputs.catalogue)] {
            json.open("[", key: key)
            for file in files {
                json.open("{")
                json.string(file.name, key: "file")
                if let table = file.table { json.string(table, key: "table") }
                json.value(file.rows.map(String.init) ?? "null", key: "rows")
                json.value(file.bytes.map(String.init) ?? "null", key: "bytes")
                json.string(file.sha256, key: "sha256")
                json.close("}")
            }
            json.close("]")
        }
        json.string(inputs.note, key: "note")
        json.close("}")

        json.open("{", key: "parameters")
        json.string(result.from?.description, key: "from")
        json.string(result.to?.description, key: "to")
        json.string(format.rawValue, key: "format")
        switch spec.source {
        case .table(let table, let layout):
            json.string(table.rawValue, key: "source")
            if table.measures.count == 1 {
                json.string(table.measures[0], key: "measure")
            } else {
                json.open("[", key: "measures")
                for measure in table.measures { json.string(measure) }
                json.close("]")
            }
            json.open("{", key: "layout")
            for (key, dimensions) in [("strata", layout.strata), ("rows", layout.rows), ("columns", layout.columns)] {
                json.open("[", key: key)
                for dimension in dimensions { json.string(dimension.name) }
                json.close("]")
            }
            json.close("}")
            json.open("{", key: "filters")
            for dimension in spec.filters.keys.sorted() {
                json.open("[", key: dimension.name)
                for value in spec.filters[dimension]!.sorted() { json.string(value) }
                json.close("]")
            }
            json.close("}")
        case .indicators(let ids):
            json.string("indicators", key: "source")
            if let ids {
                json.open("[", key: "indicators")
                for id in ids { json.string(id) }
                json.close("]")
            } else {
                json.string("all", key: "indicators")
            }
        }
        json.close("}")

        json.open("{", key: "disclosure")
        json.string(result.disclosure.audience.rawValue, key: "audience")
        json.value(String(result.disclosure.threshold), key: "threshold")
        json.value(String(result.disclosure.roundingBase), key: "rounding_base")
        json.string(result.disclosure.rule, key: "rule")
        json.value(String(result.disclosure.entries), key: "entries")
        json.value(String(result.disclosure.primary), key: "primary_suppressed")
        json.value(String(result.disclosure.complementary), key: "complementary_suppressed")
        json.value(String(result.disclosure.primary + result.disclosure.complementary), key: "suppressed")
        json.close("}")

        json.fileList(outputs, key: "outputs")
        json.string(selfPlaceholder, key: "self_sha256")
        json.close("}")
        let draft = json.text + "\n"
        let digest = SHA256Digest.hex(of: Data(draft.utf8))
        return draft.replacingOccurrences(of: "\"self_sha256\": \"\(selfPlaceholder)\"", with: "\"self_sha256\": \"\(digest)\"")
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    static func isoDate(_ seconds: Int64) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        let year = String(parts.year ?? 1970)
        return
            "\(String(repeating: "0", count: max(0, 4 - year.count)))\(year)-\(two(parts.month))-\(two(parts.day))T\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))Z"
    }
}
