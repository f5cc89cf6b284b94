import Foundation

/// A key of a texts file: nested YAML keys joined by dots (`word.total`, `title`).
public protocol TextKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

/// The codes a product's texts files report their problems with.
public struct TextFileCodes: Sendable {
    /// The file cannot be read, is not UTF-8, or is not valid YAML.
    public var unreadable: DiagnosticCode
    /// A key is unknown, missing, of the wrong shape, or the header is wrong.
    public var key: DiagnosticCode

    /// Creates the codes.
    public init(unreadable: DiagnosticCode, key: DiagnosticCode) {
        self.unreadable = unreadable
        self.key = key
    }
}

/// One language's texts of one product, read from `<folder>/texts.<lang>.yaml`.
///
/// A texts file is `schema_version: 1`, `language: <lang>` (the one in its name), an optional `locale`, the product's
/// lists (e.g. twelve month names) and its texts as nested mappings whose dotted paths are the keys of `Key`: every key,
/// no other. Adding a language is adding one such file per product (and the `Language` case).
public struct LanguageTexts<Key: TextKey>: Sendable {
    /// The language.
    public var language: Language
    /// The file read.
    public var file: String
    /// The `locale` header (a BCP 47 tag such as `fr-BE`), when the file gives one.
    public var locale: String?
    /// Texts by key.
    public var values: [Key: String]
    /// The product's lists by name.
    public var lists: [String: [String]]

    /// Creates texts.
    public init(language: Language, file: String, locale: String?, values: [Key: String], lists: [String: [String]]) {
        self.language = language
        self.file = file
        self.locale = locale
        self.values = values
        self.lists = lists
    }

    /// The text of `key` (every key was checked at load).
    public subscript(_ key: Key) -> String {
        guard let text = values[key] else { preconditionFailure("texts were validated to have '\(key.rawValue)'") }
        return text
    }

    /// `key`'s text with its `{name}` placeholders filled.
    public func text(_ key: Key, _ replacements: [String: String] = [:]) -> String {
        TextPattern.fill(self[key], replacements)
    }
}

/// Reads texts files (`texts.<lang>.yaml`) through `YAMLTree`: YAML with locations, then every dotted key with its
/// location, then the typed texts; every problem is reported at once, with its 1-based line and column.
public enum TextFiles {
    /// The headers every texts file may have besides its texts.
    static let headers = ["schema_version", "language", "locale"]

    /// The file name of `language`'s texts: `texts.<lang>.yaml`.
    public static func fileName(_ language: Language) -> String { "texts.\(language.rawValue).yaml" }

    /// The languages that have a texts file in `folder`, in `Language` order; a `texts.<code>.yaml` whose code is no
    /// `Language` is an error.
    public static func languages(in folder: String, codes: TextFileCodes) throws(DiagnosticError) -> [Language] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var found: Set<Language> = []
        var problems: [Diagnostic] = []
        for name in names.sorted() where name.hasPrefix("texts.") && name.hasSuffix(".yaml") {
            let code = String(name.dropFirst("texts.".count).dropLast(".yaml".count))
            if let language = Language(rawValue: code) {
                found.insert(language)
            } else {
                let known = Language.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(
                    Diagnostic(
                        .error, codes.key, at: SourceLocation(file: folder + "/" + name, line: 0, column: 0),
                        "'\(code)' is not a language FiveAim knows; expected one of \(known)"))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems, exitCode: .software) }
        return Language.allCases.filter(found.contains)
    }

    /// Reads the texts of every language in `required` from `folder`; every problem of every file is reported at once.
    public static func load<Key: TextKey>(
        folder: String, languages required: [Language], lists: [String: Int] = [:], codes: TextFileCodes,
        as: Key.Type = Key.self
    ) throws(DiagnosticError) -> [Language: LanguageTexts<Key>] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var result: [Language: LanguageTexts<Key>] = [:]
        var problems: [Diagnostic] = []
        for language in required {
            do {
                result[language] = try load(
                    path: base + "/" + fileName(language), language: language, lists: lists, codes: codes, as: Key.self)
            } catch { problems += error.diagnostics }
        }
        if !problems.isEmpty { throw DiagnosticError(problems, exitCode: .software) }
        return result
    }

    /// Reads one texts file.
    public static func load<Key: TextKey>(
        path: String, language: Language, lists: [String: Int] = [:], codes: TextFileCodes, as: Key.Type = Key.self
    ) throws(DiagnosticError) -> LanguageTexts<Key> {
        guard let data = FileManager.default.contents(atPath: path), let source = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, codes.unreadable, at: SourceLocation(file: path, line: 0, column: 0),
                        "cannot read the texts file; expected a UTF-8 YAML file")
                ], exitCode: .software)
        }
        return try parse(source, file: path, language: language, lists: lists, codes: codes, as: Key.self)
    }

    /// Checks the text of a texts file (`file` names it in diagnostics). `lists` names the list keys and the number
    /// of items each must have.
    public static func parse<Key: TextKey>(
        _ source: String, file: String, language: Language, lists listSizes: [String: Int] = [:], codes: TextFileCodes,
        as: Key.Type = Key.self
    ) throws(DiagnosticError) -> LanguageTexts<Key> {
        let top = SourceLocation(file: file, line: 0, column: 0)
        let tree: YAMLTree?
        do {
            tree = try YAMLTree.parse(source, file: file)
        } catch {
            throw DiagnosticError(
                error.diagnostics.map { Diagnostic(.error, codes.unreadable, at: $0.location, $0.message) }, exitCode: .software)
        }
        guard let tree, case .mapping = tree.kind else {
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, codes.key, at: tree?.location ?? top,
                        "expected a mapping with schema_version, language and the texts")
                ], exitCode: .software)
        }
        var reader = TextTreeReader<Key>(file: file, listSizes: listSizes, code: codes.key)
        reader.walk(tree, prefix: "")
        return try reader.finish(language: language, top: top)
    }
}

/// Step 2 and 3 of reading a texts file: collects every dotted key with its location, then checks them against `Key`.
private struct TextTreeReader<Key: TextKey> {
    let file: String
    let listSizes: [String: Int]
    let code: DiagnosticCode
    let known: Set<String> = Set(Key.allCases.map(\.rawValue))
    var problems: [Diagnostic] = []
    var values: [Key: String] = [:]
    var lists: [String: [String]] = [:]
    var headers: [String: (text: String, location: SourceLocation)] = [:]
    /// Where each mapping key was written, so that a missing key is reported at its parent.
    var parents: [String: SourceLocation] = [:]
    /// The keys already reported as badly written, so that they are not reported as missing too.
    var keysWithProblems: Set<String> = []

    init(file: String, listSizes: [String: Int], code: DiagnosticCode) {
        self.file = file
        self.listSizes = listSizes
        self.code = code
    }

    /// Every key a file may have at `prefix`'s level, for a "did you mean".
    func candidates(under prefix: String) -> [String] {
        let all = Array(known) + (prefix.isEmpty ? TextFiles.headers + listSizes.keys : [])
        let start = prefix.isEmpty ? "" : prefix + "."
        return Set(all.filter { $0.hasPrefix(start) }.map { String($0.dropFirst(start.count).prefix { $0 != "." }) }).sorted()
    }

    mutating func problem(_ location: SourceLocation, _ message: String, key: String? = nil) {
        problems.append(Diagnostic(.error, code, at: location, message))
        if let key { keysWithProblems.insert(key) }
    }

    mutating func walk(_ node: YAMLTree, prefix: String) {
        guard case .mapping(let pairs) = node.kind else { return }
        for pair in pairs {
            let path = prefix.isEmpty ? pair.key : prefix + "." + pair.key
            if prefix.isEmpty, TextFiles.headers.contains(pair.key) {
                guard case .scalar(let text, _) = pair.value.kind else {
                    problem(pair.value.location, "key '\(path)': expected a single value", key: path)
                    continue
                }
                headers[path] = (text, pair.value.location)
            } else if let size = listSizes[path] {
                list(pair.value, path: path, size: size)
            } else if known.contains(path) {
                guard case .scalar(let text, _) = pair.value.kind, !text.isEmpty else {
                    problem(pair.value.location, "key '\(path)': expected a text", key: path)
                    continue
                }
                values[Key(rawValue: path)!] = text
            } else if case .mapping = pair.value.kind, known.contains(where: { $0.hasPrefix(path + ".") }) {
                parents[path] = pair.keyLocation
                walk(pair.value, prefix: path)
            } else {
                let hint = Suggestion.closest(to: pair.key, among: candidates(under: prefix)).map { "; did you mean '\($0)'?" } ?? ""
                problem(pair.keyLocation, "unknown key '\(path)'\(hint)")
            }
        }
    }

    mutating func list(_ node: YAMLTree, path: String, size: Int) {
        guard case .sequence(let items) = node.kind else {
            problem(node.location, "key '\(path)': expected a list of \(size) texts", key: path)
            return
        }
        var texts: [String] = []
        for item in items {
            guard case .scalar(let text, _) = item.kind, !text.isEmpty else {
                problem(item.location, "key '\(path)': expected a text", key: path)
                return
            }
            texts.append(text)
        }
        if texts.count != size {
            problem(node.location, "key '\(path)': expected a list of \(size) texts, found \(texts.count)", key: path)
            return
        }
        lists[path] = texts
    }

    mutating func finish(language: Language, top: SourceLocation) throws(DiagnosticError) -> LanguageTexts<Key> {
        if let version = headers["schema_version"] {
            if version.text != "1" { problem(version.location, "key 'schema_version': expected 1") }
        } else {
            problem(top, "missing key 'schema_version'; expected 1")
        }
        if let written = headers["language"] {
            if written.text != language.rawValue {
                problem(written.location, "key 'language': expected '\(language.rawValue)', the language in the file name")
            }
        } else {
            problem(top, "missing key 'language'; expected '\(language.rawValue)', the language in the file name")
        }
        for name in listSizes.keys.sorted() where lists[name] == nil && !keysWithProblems.contains(name) {
            problem(top, "missing key '\(name)'; expected a list of \(listSizes[name]!) texts")
        }
        for key in Key.allCases where values[key] == nil {
            let path = key.rawValue
            if keysWithProblems.contains(path) { continue }
            var parent = path
            var location = top
            while let dot = parent.lastIndex(of: ".") {
                parent = String(parent[..<dot])
                if let found = parents[parent] {
                    location = found
                    break
                }
            }
            problem(location, "missing key '\(path)'; every text needs a value in every language")
        }
        guard problems.isEmpty else { throw DiagnosticError(problems.sorted(), exitCode: .software) }
        return LanguageTexts(language: language, file: file, locale: headers["locale"]?.text, values: values, lists: lists)
    }
}

/// `{name}` placeholders in texts: the one filler of every texts file.
public enum TextPattern {
    /// `pattern` with each `{name}` replaced; unknown names stay as written.
    public static func fill(_ pattern: String, _ replacements: [String: String]) -> String {
        if replacements.isEmpty { return pattern }
        return pieces(pattern).map { piece in
            switch piece {
            case .text(let text): text
            case .slot(let name): replacements[name] ?? "{\(name)}"
            }
        }.joined()
    }

    /// A pattern split into literal text and `{name}` slots.
    public enum Piece: Sendable, Hashable {
        /// Literal text.
        case text(String)
        /// A placeholder's name.
        case slot(String)
    }

    /// The pieces of `pattern`, in order.
    public static func pieces(_ pattern: String) -> [Piece] {
        var result: [Piece] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { result.append(.text(String(rest[..<open]))) }
            result.append(.slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }
}
