import FiveAim

extension DiagnosticError {
    /// A database-level failure (FA3xxx) with no file location.
    static func database(_ code: DiagnosticCode, exitCode: ExitStatus, _ message: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, code, message)], exitCode: exitCode)
    }
}

/// Runs `body`, turning a `PostgresError` into the `DiagnosticError` the command line prints.
func diagnosing<T>(_ body: () throws -> T) throws(DiagnosticError) -> T {
    do {
        return try body()
    } catch let error as DiagnosticError {
        throw error
    } catch let error as PostgresError {
        throw error.diagnosticError
    } catch {
        throw DiagnosticError.database(.databaseStatementFailed, exitCode: .software, "unexpected failure: \(error)")
    }
}
