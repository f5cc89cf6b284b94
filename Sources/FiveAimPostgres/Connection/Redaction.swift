import Foundation

/// Removes passwords from text before it is shown: connection URLs, `password=` keywords and any
/// known password value. Every message FiveAimPostgres produces goes through it.
public struct Redaction: Sendable {
    /// Password values known to this connection (from the connection string, the environment or `.pgpass`).
    var secrets: [String]

    /// A redaction that knows the given secrets (empty strings are ignored).
    public init(secrets: [String] = []) {
        self.secrets = secrets.filter { $0.count >= 1 }
    }

    /// What is shown in place of a password.
    public static let mask = "***"

    /// `text` with every password replaced by `***`.
    public func scrub(_ text: String) -> String {
        var result = Self.scrubURLPasswords(Self.scrubKeywordPasswords(Self.scrubQuotedURLTokens(text)))
        for secret in secrets.sorted(by: { $0.count > $1.count }) where !secret.isEmpty {
            result = result.replacingAll(secret, with: Self.mask)
        }
        return result
    }

    /// `postgresql://user:secret@host` → `postgresql://user:***@host`.
    static func scrubURLPasswords(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            output += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first '/', '?', '#' or whitespace.
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" || $0.isWhitespace } ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                output += authority[...colon] + mask + authority[at...]
            } else {
                output += authority
            }
            rest = rest[authorityEnd...]
        }
        return output + rest
    }

    /// `password=secret`, `password='a b'`, `?password=secret&…` → `password=***`.
    static func scrubKeywordPasswords(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let found = rest.range(of: "password", options: .caseInsensitive) {
            output += rest[..<found.upperBound]
            rest = rest[found.upperBound...]
            // libpq allows any white space around `=` (isspace: space, tab, line ends).
            var cursor = rest.startIndex
            while cursor < rest.endIndex, rest[cursor].isWhitespace { cursor = rest.index(after: cursor) }
            guard cursor < rest.endIndex, rest[cursor] == "=" else { continue }
            cursor = rest.index(after: cursor)
            while cursor < rest.endIndex, rest[cursor].isWhitespace { cursor = rest.index(after: cursor) }
            output += rest[rest.startIndex..<cursor] + mask
            var end = cursor
            if end < rest.endIndex, rest[end] == "'" {
                end = rest.index(after: end)
                while end < rest.endIndex, rest[end] != "'" {
                    if rest[end] == "\\" { end = rest.index(after: end); if end == rest.endIndex { break } }
                    end = rest.index(after: end)
                }
                if end < rest.endIndex { end = rest.index(after: end) }
            } else {
                while end < rest.endIndex, !rest[end].isWhitespace, rest[end] != "&" { end = rest.index(after: end) }
            }
            rest = rest[end...]
        }
        return output + rest
    }
}

extension Redaction {
    /// The phrases after which libpq quotes a raw piece of the connection URL it could not parse (fe-connect.c:
    /// `invalid percent-encoded token: "…"` and its siblings). The piece may be the password, still percent-encoded,
    /// so no known secret matches it: the quoted text is masked whole.
    static let urlTokenPhrases = [
        "percent-encoded token:", "URI query parameter:", "in URI:", "unexpected spaces found in", "internal parser routine:",
        "invalid URI", "URI:",
    ]

    /// `invalid percent-encoded token: "s3cr%ZZet"` → `invalid percent-encoded token: "***"`.
    static func scrubQuotedURLTokens(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let phrase = urlTokenPhrases.compactMap({ rest.range(of: $0, options: .caseInsensitive) }).min(by: {
            $0.lowerBound < $1.lowerBound
        }) {
            output += rest[..<phrase.upperBound]
            rest = rest[phrase.upperBound...]
            var cursor = rest.startIndex
            while cursor < rest.endIndex, rest[cursor] == " " { cursor = rest.index(after: cursor) }
            guard cursor < rest.endIndex, rest[cursor] == "\"" else { continue }
            let open = rest.index(after: cursor)
            // libpq does not escape quotes inside the token: the token ends at the last quote of the line.
            let lineEnd = rest[open...].firstIndex(where: \.isNewline) ?? rest.endIndex
            guard let close = rest[open..<lineEnd].lastIndex(of: "\"") else {
                output += rest[..<open] + mask
                rest = rest[lineEnd...]
                continue
            }
            output += rest[..<open] + mask + "\""
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    /// The password pieces a connection URL carries, as typed (percent-encoded or not) and decoded where that works:
    /// libpq echoes the typed form when it cannot decode it, so both must be known secrets. Empty for a keyword string.
    public static func urlPasswords(in connectionString: String) -> [String] {
        guard let scheme = connectionString.range(of: "://") else { return [] }
        var found: [String] = []
        let rest = connectionString[scheme.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
            found.append(String(authority[authority.index(after: colon)..<at]))
        }
        if let query = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: query)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                if parts.count == 2, parts[0].lowercased() == "password" { found.append(String(parts[1])) }
            }
        }
        found += found.compactMap { $0.removingPercentEncoding }
        return found.filter { !$0.isEmpty }
    }
}

extension String {
    /// The string with every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var output = ""
        var rest = Substring(self)
        while let found = rest.range(of: target) {
            output += rest[..<found.lowerBound] + replacement
            rest = rest[found.upperBound...]
        }
        return output + rest
    }
}
