internal import Yams

/// Step 1 of loading the catalogue: a YAML document as a tree whose every node knows its file, line and column.
///
/// Only Yams is used to parse; nothing outside this file sees a Yams type.
struct YAMLTree: Sendable {
    /// What a node holds.
    enum Kind: Sendable {
        /// Text as written (numbers and booleans stay text until step 2 reads them).
        case scalar(String, plain: Bool)
        /// Keys in file order, each with its own location.
        case mapping([(key: String, keyLocation: SourceLocation, value: YAMLTree)])
        /// Items in file order.
        case sequence([YAMLTree])
    }

    /// The node's content.
    var kind: Kind
    /// Where the node starts.
    var location: SourceLocation

    /// Parses `text` (the content of `file`); a syntax error is an FA1002 diagnostic at the offending line.
    static func parse(_ text: String, file: String) throws(DiagnosticError) -> YAMLTree? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DiagnosticError([syntaxDiagnostic(error, file: file)], exitCode: .dataError)
        } catch {
            throw DiagnosticError(
                [
                    Diagnostic(
                        .error, .catalogueSyntax, at: SourceLocation(file: file, line: 0, column: 0),
                        "not valid YAML; expected a YAML mapping")
                ], exitCode: .dataError)
        }
        guard let node else { return nil }
        return try convert(node, file: file)
    }

    private static func location(_ mark: Mark?, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0)
    }

    private static func convert(_ node: Node, file: String) throws(DiagnosticError) -> YAMLTree {
        let here = location(node.mark, file: file)
        switch node {
        case .scalar(let scalar):
            return YAMLTree(kind: .scalar(scalar.string, plain: scalar.style == .plain), location: here)
        case .sequence(let sequence):
            var items: [YAMLTree] = []
            for item in sequence { items.append(try convert(item, file: file)) }
            return YAMLTree(kind: .sequence(items), location: here)
        case .mapping(let mapping):
            var pairs: [(key: String, keyLocation: SourceLocation, value: YAMLTree)] = []
            var seen: [String: SourceLocation] = [:]
            for (key, value) in mapping {
                let keyLocation = location(key.mark, file: file)
                guard case .scalar(let scalar) = key else {
                    throw DiagnosticError([Diagnostic(.error, .catalogueWrongType, at: keyLocation, "a mapping key must be plain text")])
                }
                if let earlier = seen[scalar.string] {
                    throw DiagnosticError([
                        Diagnostic(
                            .error, .catalogueSyntax, at: keyLocation,
                            "key '\(scalar.string)' appears twice in one mapping (also at \(earlier)); keep one")
                    ])
                }
                seen[scalar.string] = keyLocation
                pairs.append((scalar.string, keyLocation, try convert(value, file: file)))
            }
            return YAMLTree(kind: .mapping(pairs), location: here)
        case .alias:
            throw DiagnosticError([
                Diagnostic(
                    .error, .catalogueSyntax, at: here,
                    "YAML aliases (*name) are not accepted in the catalogue; write the value out")
            ])
        }
    }

    private static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Diagnostic(.error, .catalogueSyntax, at: location(mark, file: file), "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, _):
            return Diagnostic(
                .error, .catalogueSyntax, at: SourceLocation(file: file, line: 0, column: 0),
                "duplicated keys in a mapping: \(duplicates.sorted().joined(separator: ", ")); keep one of each")
        default:
            return Diagnostic(.error, .catalogueSyntax, at: SourceLocation(file: file, line: 0, column: 0), "not valid YAML")
        }
    }
}
