import FiveAimCSV
import Foundation

/// What `fiveaim extract --verify` found.
public struct ExtractVerification: Sendable {
    /// Every problem found; empty when the extract is intact.
    public var problems: [Diagnostic]
    /// The files whose digests matched.
    public var checkedFiles: [String]
    /// What the disclosure re-check covered.
    public var disclosureChecks: [String]

    /// Whether the extract is exactly as written and keeps its disclosure rule.
    public var isIntact: Bool { problems.isEmpty }
}

/// Re-checks an extract folder against its manifest: the manifest's own digest, every file's size and
/// SHA-256, no missing or extra file, the spec's digest, and the disclosure rule on the data themselves.
public enum ExtractVerifier {
    /// Verifies `folder`; `catalogue` lets an indicator extract's small numerators be re-checked.
    public static func verify(_ folder: String, catalogue: Catalogue? = nil) -> ExtractVerification {
        var report = ExtractVerification(problems: [], checkedFiles: [], disclosureChecks: [])
        func problem(_ code: DiagnosticCode, _ file: String, _ message: String) {
            report.problems.append(Diagnostic(.error, code, at: SourceLocation(file: folder + "/" + file, line: 0, column: 0), message))
        }
        let manifestPath = folder + "/manifest.json"
        guard let data = FileManager.default.contents(atPath: manifestPath), let text = String(data: data, encoding: .utf8) else {
            problem(.extractManifestUnreadable, "manifest.json", "no readable manifest.json; is this a FiveAim extract folder?")
            return report
        }
        guard let manifest = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            manifest["format"] as? String == ExtractWriter.manifestFormat
        else {
            problem(.extractManifestUnreadable, "manifest.json", "not a FiveAim extract manifest (invalid JSON or another format)")
            return report
        }
        // The manifest's own digest.
        if let recorded = manifest["self_sha256"] as? String {
            let draft = text.replacingOccurrences(
                of: "\"self_sha256\": \"\(recorded)\"", with: "\"self_sha256\": \"\(ManifestWriter.selfPlaceholder)\"")
            if draft == text || SHA256Digest.hex(of: Data(draft.utf8)) != recorded {
                problem(.extractFileChanged, "manifest.json", "the manifest differs from what was written (its self_sha256 does not match)")
            } else {
                report.checkedFiles.append("manifest.json")
            }
        } else {
            problem(.extractFileChanged, "manifest.json", "the manifest has no self_sha256")
        }
        // Every output file.
        let outputs = manifest["outputs"] as? [[String: Any]] ?? []
        var listed: Set<String> = ["manifest.json"]
        for output in outputs {
            guard let name = output["file"] as? String, !name.contains("/") else { continue }
            listed.insert(name)
            guard let digest = SHA256Digest.file(folder + "/" + name) else {
                problem(.extractFileChanged, name, "missing: the manifest lists this file")
                continue
            }
            if digest.sha256 != output["sha256"] as? String || digest.bytes != (output["bytes"] as? NSNumber)?.int64Value {
                problem(.extractFileChanged, name, "changed: its SHA-256 or size differs from the manifest")
            } else {
                report.checkedFiles.append(name)
            }
        }
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in present.sorted() where !listed.contains(name) {
            problem(.extractFileChanged, name, "extra: the manifest does not list this file")
        }
        // The Data Package descriptor.
        if !listed.contains(DataPackageWriter.fileName) {
            problem(.extractFileChanged, DataPackageWriter.fileName, "missing: the manifest lists no Data Package descriptor")
        } else {
            let format = (manifest["parameters"] as? [String: Any])?["format"] as? String
            let dataFile = ExtractFormat(rawValue: format ?? "")?.dataFile ?? "data.csv"
            let recorded = outputs.first { $0["file"] as? String == dataFile }?["sha256"] as? String
            for message in checkDescriptor(folder, dataFile: dataFile, dataSHA256: recorded) {
                problem(.extractFileChanged, DataPackageWriter.fileName, message)
            }
        }
        // The spec recorded.
        let spec = manifest["spec"] as? [String: Any]
        let specContent = spec?["content"] as? String
        if specContent.map({ SHA256Digest.hex(of: Data($0.utf8)) }) != spec?["sha256"] as? String || specContent == nil {
            problem(.extractFileChanged, "manifest.json", "the recorded spec does not match its SHA-256")
        }
        // The disclosure rule, on the data.
        guard let disclosure = manifest["disclosure"] as? [String: Any], let threshold = (disclosure["threshold"] as? NSNumber)?.int64Value,
            disclosure["audience"] as? String == Audience.research.rawValue
        else {
            problem(.extractDisclosureBroken, "manifest.json", "the manifest records no research disclosure rule")
            return report
        }
        if threshold < ExtractSpec.minimumThreshold {
            problem(.extractDisclosureBroken, "manifest.json", "the threshold is below the project default \(ExtractSpec.minimumThreshold)")
        }
        let base = (disclosure["rounding_base"] as? NSNumber)?.int64Value ?? 0
        if base != DisclosurePolicy.countBase {
            problem(.extractDisclosureBroken, "manifest.json", "the manifest records no rounding to base \(DisclosurePolicy.countBase)")
        }
        let parameters = manifest["parameters"] as? [String: Any] ?? [:]
        guard parameters["format"] as? String == ExtractFormat.csv.rawValue else {
            report.disclosureChecks.append("rule and threshold recorded; the xlsx data file is checked by digest only")
            return report
        }
        guard let rows = readCSV(folder + "/data.csv"), let header = rows.first else {
            problem(.extractDisclosureBroken, "data.csv", "cannot read the data file to re-check disclosure")
            return report
        }
        let body = Array(rows.dropFirst())
        let suppressed = (disclosure["suppressed"] as? NSNumber)?.intValue
        var found: [(DiagnosticCode, String)] = []
        let check: String? =
            if parameters["source"] as? String == "indicators" {
                recheckIndicators(header: header, rows: body, threshold: threshold, catalogue: catalogue, suppressed: suppressed) {
                    found.append(($0, $2))
                }
            } else {
                recheckTable(
                    header: header, rows: body, parameters: parameters, threshold: threshold, base: DisclosurePolicy.countBase,
                    suppressed: suppressed
                ) { found.append(($0, $2)) }
            }
        for (code, message) in found { problem(code, "data.csv", message) }
        if let check { report.disclosureChecks.append(check) }
        return report
    }

    /// What is wrong with `datapackage.json`: its resource must be the data file, with the manifest's digest, and its
    /// fields must be the data file's header (csv; an xlsx header is not read).
    static func checkDescriptor(_ folder: String, dataFile: String, dataSHA256: String?) -> [String] {
        guard let data = FileManager.default.contents(atPath: folder + "/" + DataPackageWriter.fileName) else { return [] }
        guard let descriptor = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let resources = descriptor["resources"] as? [[String: Any]], resources.count == 1, let resource = resources.first,
            let fields = (resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]]
        else { return ["not a Data Package descriptor with one tabular resource"] }
        var messages: [String] = []
        if resource["path"] as? String != dataFile { messages.append("its resource is not the data file \(dataFile)") }
        if let dataSHA256, resource["hash"] as? String != "sha256:" + dataSHA256 {
            messages.append("its resource's hash differs from the data file's SHA-256 in the manifest")
        }
        if dataFile.hasSuffix(".csv"), let header = readHeader(folder + "/" + dataFile),
            fields.map({ $0["name"] as? String ?? "" }) != header
        {
            messages.append("its fields differ from the data file's header")
        }
        return messages
    }

    private static func readHeader(_ path: String) -> [String]? {
        var header: [String]?
        do {
            try CSVReader(path: path).forEachRecord { if header == nil { header = $0.strings } }
        } catch {
            return nil
        }
        return header
    }

    private static func readCSV(_ path: String) -> [[String]]? {
        var rows: [[String]] = []
        do {
            try CSVReader(path: path).forEachRecord { rows.append($0.strings) }
        } catch {
            return nil
        }
        return rows
    }

    /// Rebuilds each stratum's table with margins from the data file and re-checks its rule: no count from 1 to threshold − 1,
    /// every count a multiple of the rounding base, every stratum complete.
    private static func recheckTable(
        header: [String], rows: [[String]], parameters: [String: Any], threshold: Int64, base: Int64, suppressed: Int?,
        problem: (DiagnosticCode, String, String) -> Void
    ) -> String? {
        // One count (`measure`, status in `status`) or several (`measures`, each status in `<measure>_status`).
        let measures = parameters["measures"] as? [String] ?? (parameters["measure"] as? String).map { [$0] } ?? []
        let table = (parameters["source"] as? String).flatMap(ExtractTable.init(rawValue:))
        let given = Set(measures.filter { table?.isDisclosive($0) == false })
        let valueIndices = measures.compactMap { header.firstIndex(of: $0) }
        let statusIndices = measures.compactMap { header.firstIndex(of: measures.count == 1 ? "status" : $0 + "_status") }
        guard let layout = parameters["layout"] as? [String: Any], !measures.isEmpty,
            let strata = layout["strata"] as? [String], let rowNames = layout["rows"] as? [String],
            let columnNames = layout["columns"] as? [String],
            let levelIndex = header.firstIndex(of: "level"), valueIndices.count == measures.count, statusIndices.count == measures.count
        else {
            problem(.extractDisclosureBroken, "data.csv", "the data file's columns do not match the layout in the manifest")
            return nil
        }
        func indices(_ names: [String]) -> [Int]? {
            let found = names.compactMap { header.firstIndex(of: $0) }
            return found.count == names.count ? found : nil
        }
        guard let s = indices(strata), let r = indices(rowNames), let c = indices(columnNames) else {
            problem(.extractDisclosureBroken, "data.csv", "the data file lacks a column of the layout in the manifest")
            return nil
        }
        struct Stratum {
            var rowKeys: [[String]] = []
            var columnKeys: [[String]] = []
            var entries: Set<String> = []
        }
        var order: [[String]] = []
        var tables: [[String]: Stratum] = [:]
        var hiddenCount = 0
        for (line, row) in rows.enumerated() {
            guard row.count == header.count else {
                problem(.extractDisclosureBroken, "data.csv", "line \(line + 2) has \(row.count) fields; expected \(header.count)")
                return nil
            }
            let key = s.map { row[$0] }
            if tables[key] == nil { order.append(key); tables[key] = Stratum() }
            let rowKey = r.map { row[$0] }
            let columnKey = c.map { row[$0] }
            for (measure, (valueIndex, statusIndex)) in zip(measures, zip(valueIndices, statusIndices)) {
                let hidden = row[statusIndex] == "suppressed"
                let value = Int64(row[valueIndex])
                if hidden { hiddenCount += 1 }
                // Counts of places (the contract's non-disclosive measures) are published as given.
                let controlled = !given.contains(measure)
                if controlled, !hidden, let value, value >= 1, value < threshold {
                    problem(.extractDisclosureBroken, "data.csv", "line \(line + 2) publishes a count below the threshold \(threshold)")
                }
                if controlled, !hidden, let value, value % base != 0 {
                    problem(.extractDisclosureBroken, "data.csv", "line \(line + 2) publishes a count that is not rounded to base \(base)")
                }
                if hidden != (value == nil) {
                    problem(
                        .extractDisclosureBroken, "data.csv",
                        "line \(line + 2): a value must be empty exactly when its status is suppressed")
                }
            }
            let level = row[levelIndex]
            if level == "cell" || level == "row_total", !tables[key]!.rowKeys.contains(rowKey) { tables[key]!.rowKeys.append(rowKey) }
            if level == "cell" || level == "column_total", !tables[key]!.columnKeys.contains(columnKey) {
                tables[key]!.columnKeys.append(columnKey)
            }
            tables[key]!.entries.insert(
                level + "\u{0}" + rowKey.joined(separator: "\u{1}") + "\u{0}" + columnKey.joined(separator: "\u{1}"))
        }
        for key in order {
            let table = tables[key]!
            let emptyRow = [String](repeating: "", count: rowNames.count)
            let emptyColumn = [String](repeating: "", count: columnNames.count)
            for i in 0...table.rowKeys.count {
                for j in 0...table.columnKeys.count {
                    let isRowTotal = j == table.columnKeys.count
                    let isColumnTotal = i == table.rowKeys.count
                    let level = isRowTotal ? (isColumnTotal ? "grand_total" : "row_total") : (isColumnTotal ? "column_total" : "cell")
                    let rowKey = isColumnTotal ? emptyRow : table.rowKeys[i], columnKey = isRowTotal ? emptyColumn : table.columnKeys[j]
                    if !table.entries.contains(
                        level + "\u{0}" + rowKey.joined(separator: "\u{1}") + "\u{0}" + columnKey.joined(separator: "\u{1}"))
                    {
                        problem(
                            .extractDisclosureBroken, "data.csv",
                            "a stratum lacks some of its cells or totals: the table cannot be re-checked")
                        return nil
                    }
                }
            }
        }
        if let suppressed, suppressed != hiddenCount {
            problem(
                .extractDisclosureBroken, "data.csv", "\(hiddenCount) suppressed value(s) in the data; the manifest records \(suppressed)")
        }
        let asGiven =
            given.isEmpty ? "" : "; \(measures.filter(given.contains).joined(separator: ", ")) (counts of places) published as given"
        return
            "no published count from 1 to \(threshold - 1); every count rounded to base \(base)\(asGiven); every stratum complete (strata checked: \(order.count))"
    }

    private static func recheckIndicators(
        header: [String], rows: [[String]], threshold: Int64, catalogue: Catalogue?, suppressed: Int?,
        problem: (DiagnosticCode, String, String) -> Void
    ) -> String? {
        guard let id = header.firstIndex(of: "indicator"), let numerator = header.firstIndex(of: "numerator"),
            let denominator = header.firstIndex(of: "denominator"), let status = header.firstIndex(of: "status")
        else {
            problem(.extractDisclosureBroken, "data.csv", "the data file is not an indicator table")
            return nil
        }
        let hidden = rows.count(where: { $0.count == header.count && $0[status] == "suppressed" })
        if let suppressed, suppressed != hidden {
            problem(.extractDisclosureBroken, "data.csv", "\(hidden) suppressed result(s) in the data; the manifest records \(suppressed)")
        }
        guard let catalogue else {
            return "suppressed results counted; give the catalogue to re-check small numerators"
        }
        func disclosive(_ spec: MeasureSpec?) -> Bool { spec.map { $0.measure.disclosive && $0.measure.quantity == .count } ?? false }
        for (line, row) in rows.enumerated() where row.count == header.count && row[status] != "suppressed" {
            guard let definition = catalogue.indicator(row[id]) else { continue }
            for (index, spec) in [(numerator, definition.numerator), (denominator, definition.denominator)] where disclosive(spec) {
                if let value = Int64(row[index]), value >= 1, value < threshold {
                    problem(.extractDisclosureBroken, "data.csv", "line \(line + 2) publishes a count below the threshold \(threshold)")
                }
                if let value = Int64(row[index]), value % DisclosurePolicy.countBase != 0 {
                    problem(
                        .extractDisclosureBroken, "data.csv",
                        "line \(line + 2) publishes a count that is not rounded to base \(DisclosurePolicy.countBase)")
                }
            }
        }
        return
            "no published numerator or denominator counting people or services from 1 to \(threshold - 1); every one rounded to base \(DisclosurePolicy.countBase)"
    }
}
