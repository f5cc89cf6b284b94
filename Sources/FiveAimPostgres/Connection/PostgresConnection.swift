internal import CLibPQ
import Foundation

/// One blocking connection to PostgreSQL through libpq.
///
/// The connection string is a libpq URL (`postgresql://user@host:5432/db?sslmode=require`) or
/// keyword/value string (`host=… dbname=…`); an empty string means the standard `PG*` environment
/// variables and `~/.pgpass`. Every libpq option (sslmode, sslrootcert, connect_timeout …) passes
/// through unchanged. Statements are parameterised (`PQexecParams`); not thread-safe: use one
/// connection per thread.
public final class PostgresConnection {
    private let handle: OpaquePointer
    /// Scrubs the connection's password from every message.
    public let redaction: Redaction

    /// Opens a connection; throws a scrubbed `PostgresError` (FA3001) when it cannot.
    public init(_ connectionString: String) throws(PostgresError) {
        // The connection string is expanded from "dbname"; FiveAim adds its application name (unless
        // the string sets one) and forces UTF-8, in which every text is stored and read back.
        let keywords = ["dbname", "fallback_application_name", "client_encoding"]
        let values = [connectionString, "fiveaim", "UTF8"]
        var secrets: [String] = []
        if let parsed = Self.password(in: connectionString) { secrets.append(parsed) }
        // A URL libpq cannot parse gives no parsed password: its typed pieces are secrets too.
        secrets += Redaction.urlPasswords(in: connectionString)
        let connection: OpaquePointer? = withCStrings(keywords) { keywordPointers in
            withCStrings(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let connection else {
            throw PostgresError(kind: .connection, sqlState: nil, message: "libpq could not allocate a connection")
        }
        if let used = PQpass(connection).map({ String(cString: $0) }), !used.isEmpty { secrets.append(used) }
        let redaction = Redaction(secrets: secrets)
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = redaction.scrub(Self.trimmed(PQerrorMessage(connection)))
            PQfinish(connection)
            throw PostgresError(kind: .connection, sqlState: nil, message: message)
        }
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        handle = connection
        self.redaction = redaction
    }

    deinit { PQfinish(handle) }

    /// The server process serving this connection (for `pg_terminate_backend` and `pg_locks`).
    public var backendPID: Int32 { PQbackendPID(handle) }

    /// Whether the connection is still usable.
    public var isOpen: Bool { PQstatus(handle) == CONNECTION_OK }

    /// The user the connection authenticated as.
    public var user: String { PQuser(handle).map { String(cString: $0) } ?? "" }

    /// The database name.
    public var database: String { PQdb(handle).map { String(cString: $0) } ?? "" }

    // MARK: Statements

    /// Runs one parameterised statement and returns every row, as text.
    @discardableResult
    public func execute(_ query: SQLQuery) throws(PostgresError) -> QueryResult {
        let result = try run(query)
        defer { PQclear(result) }
        var rows: [[String?]] = []
        let count = PQntuples(result), columns = PQnfields(result)
        rows.reserveCapacity(Int(count))
        for row in 0..<count {
            rows.append(
                (0..<columns).map { column in
                    PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
                })
        }
        let names = (0..<columns).map { String(cString: PQfname(result, $0)) }
        let affected = Int(String(cString: PQcmdTuples(result))) ?? 0
        return QueryResult(columns: names, rows: rows, affectedRows: affected)
    }

    /// Runs one parameterised statement and hands each row to `body` without copying the result.
    public func forEachRow(_ query: SQLQuery, _ body: (ResultRow) throws -> Void) throws {
        let result = try run(query)
        defer { PQclear(result) }
        let count = PQntuples(result)
        for row in 0..<count {
            try body(ResultRow(result: result, row: row))
        }
    }

    /// Runs static SQL that may hold several statements (migrations' DDL), with no parameters.
    /// The text must come from the program, never from input.
    public func executeScript(unsafeRaw script: String) throws(PostgresError) {
        let result = PQexec(handle, script)
        defer { PQclear(result) }
        try check(result)
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            if isOpen { _ = try? execute("ROLLBACK") }
            throw error
        }
    }

    // MARK: COPY

    /// Runs `COPY … FROM STDIN` (text format) and streams the rows `body` writes; returns the rows sent.
    ///
    /// `statement` must be a static COPY statement. When `body` throws, the COPY is abandoned
    /// (`PQputCopyEnd` with an error) and the server discards every row of it.
    @discardableResult
    public func copyIn(_ statement: SQLQuery, progress: ((Int) -> Void)? = nil, _ body: (CopyIn) throws -> Void) throws -> Int {
        let result = PQexecParams(handle, statement.sql, 0, nil, nil, nil, nil, 0)
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_COPY_IN else {
            try check(result)
            throw PostgresError(kind: .server, sqlState: nil, message: "the server did not enter COPY mode")
        }
        let copy = CopyIn(connection: self, progress: progress)
        do {
            try body(copy)
            try copy.flush()
        } catch {
            _ = PQputCopyEnd(handle, "abandoned by fiveaim")
            drainResults()
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else { throw lastError() }
        try finishResults()
        return copy.rows
    }

    /// Sends one chunk of COPY data.
    func putCopyData(_ bytes: [UInt8]) throws(PostgresError) {
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        guard status == 1 else { throw lastError() }
    }

    // MARK: Results and errors

    private func run(_ query: SQLQuery) throws(PostgresError) -> OpaquePointer {
        let result: OpaquePointer? = withOptionalCStrings(query.binds) { values in
            PQexecParams(handle, query.sql, Int32(query.binds.count), nil, values, nil, nil, 0)
        }
        guard let result else { throw lastError() }
        do {
            try check(result)
        } catch {
            PQclear(result)
            throw error
        }
        return result
    }

    private func check(_ result: OpaquePointer?) throws(PostgresError) {
        guard let result else { throw lastError() }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY, PGRES_COPY_IN: return
        default: throw error(from: result)
        }
    }

    /// Reads every pending result after a COPY; throws the first error.
    private func finishResults() throws(PostgresError) {
        var failure: PostgresError?
        while let result = PQgetResult(handle) {
            if failure == nil, PQresultStatus(result) != PGRES_COMMAND_OK { failure = error(from: result) }
            PQclear(result)
        }
        if let failure { throw failure }
    }

    private func drainResults() {
        while let result = PQgetResult(handle) { PQclear(result) }
    }

    private func error(from result: OpaquePointer) -> PostgresError {
        func field(_ code: Character) -> String? {
            PQresultErrorField(result, Int32(code.asciiValue!)).map { redaction.scrub(String(cString: $0)) }
        }
        let state = field("C")
        let primary = field("M") ?? redaction.scrub(Self.trimmed(PQresultErrorMessage(result)))
        let lost =
            PQstatus(handle) != CONNECTION_OK || state?.hasPrefix("08") == true || state == "57P01" || state == "57P02" || state == "57P03"
        return PostgresError(
            kind: lost ? .connectionLost : .server, sqlState: state,
            message: primary.isEmpty ? "no message from the server" : primary, detail: field("D"), hint: field("H"))
    }

    private func lastError() -> PostgresError {
        let message = redaction.scrub(Self.trimmed(PQerrorMessage(handle)))
        let lost = PQstatus(handle) != CONNECTION_OK
        return PostgresError(
            kind: lost ? .connectionLost : .server, sqlState: nil,
            message: message.isEmpty ? "no message from libpq" : message)
    }

    private static func trimmed(_ message: UnsafePointer<CChar>?) -> String {
        guard let message else { return "" }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
    }

    /// The password a connection string carries, if any (to scrub it from messages).
    private static func password(in connectionString: String) -> String? {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(connectionString, &errorMessage) else {
            if let errorMessage { PQfreemem(errorMessage) }
            return nil
        }
        defer { PQconninfoFree(options) }
        var cursor = options
        while let keyword = cursor.pointee.keyword {
            if String(cString: keyword) == "password", let value = cursor.pointee.val { return String(cString: value) }
            cursor += 1
        }
        return nil
    }
}

/// The rows of a statement, as text (nil is SQL NULL).
public struct QueryResult: Sendable {
    /// Column names.
    public var columns: [String]
    /// Rows of values.
    public var rows: [[String?]]
    /// Rows inserted, updated or deleted (`PQcmdTuples`).
    public var affectedRows: Int
}

/// One row of a result, valid only inside the `forEachRow` call that hands it out.
public struct ResultRow {
    fileprivate let result: OpaquePointer
    fileprivate let row: Int32

    /// Whether column `index` is NULL.
    public func isNull(_ index: Int) -> Bool { PQgetisnull(result, row, Int32(index)) == 1 }

    /// Column `index` as text (nil for NULL).
    public func text(_ index: Int) -> String? {
        isNull(index) ? nil : String(cString: PQgetvalue(result, row, Int32(index)))
    }

    /// Column `index` as a 64-bit integer (nil for NULL or text that is not one).
    public func int64(_ index: Int) -> Int64? {
        guard !isNull(index), var cursor = UnsafePointer(PQgetvalue(result, row, Int32(index))) else { return nil }
        var negative = false
        if cursor.pointee == 0x2D { negative = true; cursor += 1 }
        var value: Int64 = 0
        var digits = 0
        while cursor.pointee != 0 {
            let digit = Int64(cursor.pointee) - 0x30
            guard (0...9).contains(digit) else { return nil }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(negative ? -digit : digit)
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            digits += 1
            cursor += 1
        }
        return digits > 0 ? value : nil
    }

    /// Column `index` as an integer.
    public func int(_ index: Int) -> Int? { int64(index).map(Int.init) }
}

/// Calls `body` with a NULL-terminated-free array of C strings that live for the call.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    let pointers = copies.map { UnsafePointer($0) } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// Like `withCStrings`, with nil for SQL NULL.
private func withOptionalCStrings<R>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    if strings.isEmpty { return body(nil) }
    let copies = strings.map { $0.map { strdup($0) } ?? nil }
    defer { copies.forEach { free($0) } }
    let pointers = copies.map { $0.map { UnsafePointer($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
