import Foundation

/// Loads the indicator catalogue of a folder (`Indicators/` or `--catalog DIR`) in three steps:
/// YAML with locations → raw shapes → validated definitions. Every problem is reported, sorted, with file and key.
public enum CatalogueLoader {
    /// A catalogue file's path and text.
    public struct SourceText: Sendable {
        /// The path as shown in diagnostics.
        public var path: String
        /// The file's content.
        public var text: String

        /// Creates a source text.
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Reads `<folder>/catalog.yaml`, every `<folder>/indicators/*.yaml`, `<folder>/checks.yaml` when present, and the
    /// catalogue's texts, `<folder>/texts.<lang>.yaml` for every `Language`.
    public static func load(folder: String, reference: ReferenceData) throws(DiagnosticError) -> Catalogue {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let catalogue = try read(base + "catalog.yaml")
        let indicatorFolder = base + "indicators"
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: indicatorFolder)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, .catalogueUnreadable, at: SourceLocation(file: indicatorFolder, line: 0, column: 0),
                        "cannot list the indicator folder; expected a folder of <id>.yaml files")
                ], exitCode: .noInput)
        }
        if names.count > CatalogueLimits.maxIndicatorFiles {
            throw tooManyIndicators(names.count, at: indicatorFolder)
        }
        var indicators: [SourceText] = []
        var failures: [Diagnostic] = []
        for name in names {
            do { indicators.append(try read(indicatorFolder + "/" + name)) } catch { failures += error.diagnostics }
        }
        var rules: SourceText?
        if FileManager.default.fileExists(atPath: base + "checks.yaml") {
            do { rules = try read(base + "checks.yaml") } catch { failures += error.diagnostics }
        }
        var texts: [Language: LanguageTexts<CatalogueTextKey>] = [:]
        do {
            texts = try TextFiles.load(folder: base, languages: Language.allCases, lists: textLists, codes: textCodes)
        } catch { failures += error.diagnostics }
        if !failures.isEmpty { throw DiagnosticError(failures, exitCode: .dataError) }
        var loaded = try load(catalogue: catalogue, indicators: indicators, rules: rules, reference: reference)
        loaded.texts = texts
        return loaded
    }

    /// The lists of a catalogue texts file and their sizes: the twelve month names.
    public static let textLists = ["months": 12]

    /// The codes a catalogue texts file (`texts.<lang>.yaml`) reports its problems with.
    public static let textCodes = TextFileCodes(unreadable: .catalogueUnreadable, key: .catalogueTextKey)

    /// Validates catalogue texts already in memory (tests, other front ends).
    public static func load(
        catalogue: SourceText, indicators: [SourceText], rules: SourceText? = nil,
        reference: ReferenceData
    ) throws(DiagnosticError) -> Catalogue {
        if indicators.count > CatalogueLimits.maxIndicatorFiles {
            throw tooManyIndicators(indicators.count, at: indicators[CatalogueLimits.maxIndicatorFiles].path)
        }
        let oversized = ([catalogue] + indicators + (rules.map { [$0] } ?? [])).filter { $0.text.utf8.count > CatalogueLimits.maxFileBytes }
        if !oversized.isEmpty { throw DiagnosticError(oversized.map { tooLarge($0.path) }, exitCode: .dataError) }
        var reader = RawReader()
        var validator = CatalogueValidator(reference: reference)
        var failures: [Diagnostic] = []

        var version: Int?
        do {
            if let tree = try YAMLTree.parse(catalogue.text, file: catalogue.path), let raw = reader.catalogue(tree, file: catalogue.path) {
                version = validator.validate(raw)
            } else if reader.diagnostics.isEmpty {
                failures.append(
                    Diagnostic(
                        .error, .catalogueSchemaVersion, at: SourceLocation(file: catalogue.path, line: 0, column: 0),
                        "the file is empty; expected schema_version and code_sets"))
            }
        } catch { failures += error.diagnostics }

        var definitions: [IndicatorDefinition] = []
        var seen: [String: String] = [:]
        for source in indicators {
            do {
                guard let tree = try YAMLTree.parse(source.text, file: source.path) else {
                    failures.append(
                        Diagnostic(
                            .error, .catalogueMissingKey, at: SourceLocation(file: source.path, line: 0, column: 0),
                            "the file is empty; expected an indicator definition"))
                    continue
                }
                guard let raw = reader.indicator(tree, file: source.path), let definition = validator.validate(raw) else { continue }
                if let earlier = seen[definition.id] {
                    failures.append(
                        Diagnostic(
                            .error, .catalogueDuplicateID, at: raw.id?.location,
                            "key 'id': indicator '\(definition.id)' is also defined in \(earlier)"))
                    continue
                }
                seen[definition.id] = source.path
                definitions.append(definition)
            } catch { failures += error.diagnostics }
        }
        if indicators.isEmpty {
            failures.append(
                Diagnostic(
                    .error, .catalogueUnreadable, at: SourceLocation(file: catalogue.path, line: 0, column: 0),
                    "the catalogue has no indicator; expected indicators/<id>.yaml files"))
        }

        var conventionRules: [ConventionRule] = []
        if let rules {
            do {
                if let tree = try YAMLTree.parse(rules.text, file: rules.path), let raw = reader.rules(tree, file: rules.path) {
                    conventionRules = validator.validate(raw, indicators: definitions)
                }
            } catch { failures += error.diagnostics }
        }

        failures += reader.diagnostics + validator.diagnostics
        guard failures.isEmpty, let version else {
            throw DiagnosticError(failures, exitCode: .dataError)
        }
        var catalogue = Catalogue(
            schemaVersion: version, codeSets: validator.codeSets, indicators: definitions, rules: conventionRules,
            pseudocodes: reference.pseudocodes, budgetLines: reference.budgetLines)
        catalogue.outreachSiteTypes = reference.outreachSiteTypes
        catalogue.returnToWork = reference.returnToWork
        return catalogue
    }

    private static func tooManyIndicators(_ count: Int, at path: String) -> DiagnosticError {
        DiagnosticError(
            [
                Diagnostic(
                    .error, .catalogueTooLarge, at: SourceLocation(file: path, line: 0, column: 0),
                    "the catalogue has \(count) indicator files; at most \(CatalogueLimits.maxIndicatorFiles) are read")
            ],
            exitCode: .dataError)
    }

    private static func tooLarge(_ path: String) -> Diagnostic {
        Diagnostic(
            .error, .catalogueTooLarge, at: SourceLocation(file: path, line: 0, column: 0),
            "the file is larger than \(CatalogueLimits.size(CatalogueLimits.maxFileBytes)), the limit for one catalogue file; an indicator definition takes a few kilobytes"
        )
    }

    private static func read(_ path: String) throws(DiagnosticError) -> SourceText {
        let bounded = CatalogueLimits.read(path, limit: CatalogueLimits.maxFileBytes)
        if case .tooLarge = bounded { throw DiagnosticError([tooLarge(path)], exitCode: .dataError) }
        guard case .data(let data) = bounded else {
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, .catalogueUnreadable, at: SourceLocation(file: path, line: 0, column: 0),
                        "cannot read this catalogue file; check that it exists and is readable")
                ], exitCode: .noInput)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError([
                Diagnostic(
                    .error, .catalogueUnreadable, at: SourceLocation(file: path, line: 0, column: 0),
                    "not valid UTF-8; save the file as UTF-8")
            ])
        }
        return SourceText(path: path, text: text)
    }
}
