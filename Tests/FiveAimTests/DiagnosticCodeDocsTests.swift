import FiveAimTestFixtures
import Foundation
import Testing

/// Every `DiagnosticCode` the sources define is documented exactly once in `docs/errors/` (a table row of the file of
/// its range, `FA2xxx.md` for FA2093), and every documented code exists. Codes are defined as static members in several
/// files (`DiagnosticCode.swift`, `ReportResources.swift`, `OutputFolder.swift` …), so the sources are read as text.
@Suite struct DiagnosticCodeDocsTests {
    /// `code → files defining it`, from every `DiagnosticCode(rawValue: "FAnnnn")` under `Sources/`.
    static func definedCodes() throws -> [String: [String]] {
        let sources = ProjectFixtures.root + "/Sources"
        let pattern = try Regex(#"DiagnosticCode\(rawValue:\s*"(FA[0-9]{4})"\)"#)
        var codes: [String: [String]] = [:]
        let files = FileManager.default.enumerator(atPath: sources)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let code = match.output[1].substring { codes[String(code), default: []].append(file) }
            }
        }
        return codes
    }

    /// `(code, doc file)` of every table row `| FAnnnn | …` of `docs/errors/*.md`.
    static func documentedRows() throws -> [(code: String, file: String)] {
        let folder = ProjectFixtures.root + "/docs/errors"
        let pattern = try Regex(#"^\|\s*(FA[0-9]{4})\s*\|"#)
        var rows: [(String, String)] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".md") }).sorted() {
            for line in try String(contentsOfFile: folder + "/" + file, encoding: .utf8).split(separator: "\n") {
                if let match = line.firstMatch(of: pattern), let code = match.output[1].substring { rows.append((String(code), file)) }
            }
        }
        return rows
    }

    @Test func everyCodeIsDefinedOnceAndDocumentedOnce() throws {
        let defined = try Self.definedCodes()
        let rows = try Self.documentedRows()
        // The project has over a hundred codes; a scan that finds few means the pattern broke, not that all is well.
        #expect(defined.count > 100)
        #expect(defined.filter { $0.value.count > 1 }.isEmpty, "codes defined twice")
        var documented: [String: Int] = [:]
        for row in rows { documented[row.code, default: 0] += 1 }
        let missing = defined.keys.filter { documented[$0] == nil }.sorted()
        let twice = documented.filter { $0.value > 1 }.keys.sorted()
        let unknown = documented.keys.filter { defined[$0] == nil }.sorted()
        #expect(missing.isEmpty, "codes without a row in docs/errors: \(missing)")
        #expect(twice.isEmpty, "codes with two rows in docs/errors: \(twice)")
        #expect(unknown.isEmpty, "docs/errors rows for codes the sources do not define: \(unknown)")
        // FA4301 belongs in FA4xxx.md: the file is named after the code's first digit.
        let misplaced = rows.filter { $0.file != String($0.code.prefix(3)) + "xxx.md" }.map(\.code)
        #expect(misplaced.isEmpty, "codes in the file of another range: \(misplaced)")
    }
}
