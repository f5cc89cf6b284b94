import FiveAim

/// A failure reported by libpq or the PostgreSQL server, with its SQLSTATE; passwords are scrubbed.
///
/// `description` holds the code, SQLSTATE and primary message; the server's DETAIL and HINT
/// (which may quote row values) are kept for `debugDescription` only.
public struct PostgresError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What kind of failure this is.
    public enum Kind: Sendable, Hashable {
        /// The connection could not be opened (bad address, refused, authentication failed).
        case connection
        /// The server refused a statement; the connection is still usable.
        case server
        /// The connection broke while a statement or a COPY was under way.
        case connectionLost
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// The five-character SQLSTATE, when the server sent one (e.g. `42501`, `57P01`).
    public var sqlState: String?
    /// The primary message, passwords scrubbed.
    public var message: String
    /// The server's DETAIL field, passwords scrubbed (may quote values: never printed by default).
    public var detail: String?
    /// The server's HINT field, passwords scrubbed.
    public var hint: String?

    /// Creates an error; `message`, `detail` and `hint` must already be scrubbed.
    public init(kind: Kind, sqlState: String?, message: String, detail: String? = nil, hint: String? = nil) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
    }

    /// The FA3xxx code of this failure.
    public var code: DiagnosticCode {
        switch kind {
        case .connection: return .databaseConnectionFailed
        case .connectionLost: return .databaseConnectionLost
        case .server:
            if sqlState == "42501" { return .databasePermissionDenied }
            if sqlState == "3F000" || sqlState == "42P01" { return .databaseSchemaMissing }
            return .databaseStatementFailed
        }
    }

    /// The text after the code: what failed, with the SQLSTATE.
    var summary: String {
        let state = sqlState.map { " (sqlstate \($0))" } ?? ""
        switch kind {
        case .connection: return "cannot connect to the database\(state): \(message); check --db URL or the PG* environment variables"
        case .connectionLost: return "the connection to the database was lost\(state): \(message)"
        case .server:
            if sqlState == "42501" {
                return
                    "the database refused the statement\(state): \(message); this needs the fiveaim_writer role (imports) or fiveaim_reader (reading), see docs/database.md"
            }
            if sqlState == "3F000" || sqlState == "42P01" {
                return "the database has no FiveAim schema\(state): \(message); run `fiveaim db init --db URL` first"
            }
            return "the database refused the statement\(state): \(message)"
        }
    }

    /// `[FA30xx] …` with SQLSTATE and primary message.
    public var description: String { "[\(code.rawValue)] \(summary)" }

    /// The description with the server's DETAIL and HINT.
    public var debugDescription: String {
        var text = description
        if let detail { text += "\ndetail: \(detail)" }
        if let hint { text += "\nhint: \(hint)" }
        return text
    }

    /// The diagnostic the command line prints.
    public var diagnostic: Diagnostic { Diagnostic(.error, code, summary) }

    /// A `DiagnosticError` carrying this failure, with the exit status it maps to.
    public var diagnosticError: DiagnosticError {
        let status: ExitStatus =
            switch kind {
            case .connection, .connectionLost: .ioError
            case .server: sqlState == "3F000" || sqlState == "42P01" ? .noInput : .ioError
            }
        return DiagnosticError([diagnostic], exitCode: status)
    }
}
