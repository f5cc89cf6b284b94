import Foundation
import Testing

@testable import FiveAim

/// The one text system: every `texts.<lang>.yaml` under `Indicators/` and `Exports/` is read by `TextFiles`, with every
/// key in every language, and a malformed file is reported at its line and column.
struct TextFilesTests {
    /// The products with texts files, each with the languages it must have.
    static let products: [(folder: String, required: [Language])] = [
        ("compare", Language.allCases), ("extracts", Language.allCases), ("report", [.fr, .nl, .de]),
    ]

    /// Every texts file of every family: discovered from `Indicators/` and `Exports/`, so a new language's file is
    /// checked too.
    static let files: [String] = ["Indicators", "Exports"].flatMap { top in
        let folder = EngineFixture.root.appendingPathComponent(top).path
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []
        return names.filter { ($0 as NSString).lastPathComponent.hasPrefix("texts.") && $0.hasSuffix(".yaml") }.sorted()
            .map { top + "/" + $0 }
    }

    static func language(of file: String) -> Language? {
        Language(rawValue: String((file as NSString).lastPathComponent.dropFirst("texts.".count).dropLast(".yaml".count)))
    }

    @Test func everyProductHasATextsFilePerLanguageItNeeds() throws {
        for product in Self.products {
            let folder = EngineFixture.root.appendingPathComponent("Exports/\(product.folder)").path
            let found = try TextFiles.languages(in: folder, codes: ComparisonTexts.codes)
            #expect(Set(product.required).isSubset(of: Set(found)), "\(product.folder): \(found)")
        }
        #expect(Self.files.count >= 11)
    }

    @Test(arguments: files) func everyTextKeyExistsInEveryLanguageFile(_ file: String) throws {
        let path = EngineFixture.root.appendingPathComponent(file).path
        let language = try #require(Self.language(of: file), "\(file) names no known language")
        if file.hasPrefix("Indicators/"), !file.dropFirst("Indicators/".count).contains("/") {
            let texts = try TextFiles.load(
                path: path, language: language, lists: CatalogueLoader.textLists, codes: CatalogueLoader.textCodes,
                as: CatalogueTextKey.self)
            #expect(Set(texts.values.keys) == Set(CatalogueTextKey.allCases))
        } else if file.hasPrefix("Exports/compare/") {
            let texts = try TextFiles.load(path: path, language: language, codes: ComparisonTexts.codes, as: CompareTextKey.self)
            #expect(Set(texts.values.keys) == Set(CompareTextKey.allCases))
        } else if file.hasPrefix("Exports/extracts/") {
            let texts = try TextFiles.load(path: path, language: language, codes: ExtractTexts.codes, as: ExtractTextKey.self)
            #expect(Set(texts.values.keys) == Set(ExtractTextKey.allCases))
        } else if file.hasPrefix("Exports/report/") {
            let texts = try ReportTexts.load(path: path, language: language)
            #expect(Set(texts.values.keys) == Set(ReportTextKey.allCases))
        } else {
            Issue.record("\(file): a texts file of no known product")
        }
    }

    @Test func theCatalogueHasATextsFileWithEveryKeyInEveryLanguage() throws {
        let found = try TextFiles.languages(in: EngineFixture.catalogFolder, codes: CatalogueLoader.textCodes)
        #expect(found == Language.allCases)
        for language in Language.allCases {
            let texts = EngineFixture.catalogue.texts(language)
            #expect(Set(texts.values.keys) == Set(CatalogueTextKey.allCases), "\(language)")
            #expect(texts.lists["months"]?.count == 12, "\(language)")
        }
    }

    /// Every key of every family is in every language's file: the keys each language gives are the same set, and every
    /// family has a file for each language it must have (the catalogue's and compare's: every `Language`).
    @Test func everyFamilyHasTheSameKeysInEveryLanguage() throws {
        var keys: [String: [Language: Set<String>]] = [:]
        for file in Self.files {
            let language = try #require(Self.language(of: file))
            let family = (file as NSString).deletingLastPathComponent
            let path = EngineFixture.root.appendingPathComponent(file).path
            let tree = try #require(try YAMLTree.parse(String(contentsOfFile: path, encoding: .utf8), file: path))
            keys[family, default: [:]][language] = Self.dottedKeys(tree, prefix: "")
        }
        #expect(Set(keys.keys) == ["Indicators", "Exports/compare", "Exports/extracts", "Exports/report"])
        for family in ["Indicators", "Exports/compare", "Exports/extracts"] {
            #expect(Set(keys[family, default: [:]].keys) == Set(Language.allCases), "\(family)")
        }
        #expect(Set(keys["Exports/report", default: [:]].keys) == [.fr, .nl, .de])
        for (family, languages) in keys {
            let all = languages.values.reduce(Set<String>()) { $0.union($1) }
            for (language, given) in languages {
                #expect(all.subtracting(given).isEmpty, "\(family) \(language.rawValue) lacks \(all.subtracting(given).sorted())")
            }
        }
    }

    /// Every leaf key of a texts file, dotted, without the `language` header.
    static func dottedKeys(_ node: YAMLTree, prefix: String) -> Set<String> {
        guard case .mapping(let pairs) = node.kind else { return [prefix] }
        var keys: Set<String> = []
        for pair in pairs where !(prefix.isEmpty && pair.key == "language") {
            keys.formUnion(dottedKeys(pair.value, prefix: prefix.isEmpty ? pair.key : prefix + "." + pair.key))
        }
        return keys
    }

    @Test func aMisspelledNestedKeyIsReportedAtItsLineAndColumnWithASuggestion() {
        let source = """
            schema_version: 1
            language: fr
            word:
              totl: Total
            """
        let messages = diagnostics { () throws(DiagnosticError) in
            _ = try ReportTexts.parse(source, file: "texts.fr.yaml", language: .fr)
        }
        #expect(messages.contains("texts.fr.yaml:4:3: error: [FA4002] unknown key 'word.totl'; did you mean 'total'?"))
        #expect(
            messages.contains(
                "texts.fr.yaml:3:1: error: [FA4002] missing key 'word.total'; every text needs a value in every language"))
        #expect(messages.contains("texts.fr.yaml: error: [FA4002] missing key 'months'; expected a list of 12 texts"))
    }

    @Test func aYAMLSyntaxErrorIsReportedAtItsLineAndColumn() {
        let source = """
            schema_version: 1
            language: nl
            title: "unclosed
            subtitle: x
            """
        let messages = diagnostics { () throws(DiagnosticError) in
            _ = try ComparisonTexts.parse(source, file: "texts.nl.yaml", language: .nl)
        }
        // The unclosed quote runs to the end of the file: libyaml reports it there, after `subtitle: x`.
        #expect(messages == ["texts.nl.yaml:4:12: error: [FA4201] not valid YAML: found unexpected end of stream"])
    }

    @Test func aFileWhoseLanguageDiffersFromItsNameIsRefusedAtTheValue() {
        let source = "schema_version: 2\nlanguage: fr\n"
        let messages = diagnostics { () throws(DiagnosticError) in
            _ = try ComparisonTexts.parse(source, file: "texts.nl.yaml", language: .nl)
        }
        #expect(messages.contains("texts.nl.yaml:1:17: error: [FA4202] key 'schema_version': expected 1"))
        #expect(
            messages.contains("texts.nl.yaml:2:11: error: [FA4202] key 'language': expected 'nl', the language in the file name"))
    }

    @Test func aTextsFileForALanguageFiveAimDoesNotKnowIsReported() throws {
        let folder = try TestSupport.temporaryFolder()
        try "language: xx\n".write(toFile: folder + "/texts.xx.yaml", atomically: true, encoding: .utf8)
        let messages = diagnostics { () throws(DiagnosticError) in
            _ = try TextFiles.languages(in: folder, codes: ComparisonTexts.codes)
        }
        #expect(
            messages == ["\(folder)/texts.xx.yaml: error: [FA4202] 'xx' is not a language FiveAim knows; expected one of fr, nl, de, en"])
    }

    @Test func theFillerReplacesKnownPlaceholdersAndKeepsUnknownOnes() {
        #expect(TextPattern.fill("{a} and {b} of {c", ["a": "x", "b": "{a}"]) == "x and {a} of {c")
        #expect(TextPattern.fill("{year} ({months} mois)", ["year": "2024"]) == "2024 ({months} mois)")
    }

    private func diagnostics(_ body: () throws(DiagnosticError) -> Void, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        -> [String]
    {
        do {
            try body()
        } catch {
            return error.diagnostics.map { DiagnosticPrinter.format($0) }
        }
        Issue.record("expected diagnostics", sourceLocation: sourceLocation)
        return []
    }
}
