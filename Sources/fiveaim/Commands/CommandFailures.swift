import ArgumentParser
import FiveAim
import Foundation

/// Prints `error: message` to standard error and exits with `status`. The message may echo a command-line value (an
/// indicator id, a network code): its control and invisible characters are escaped (`UntrustedText`), as diagnostics are.
func fail(_ message: String, status: ExitStatus) throws -> Never {
    FileHandle.standardError.write(Data("error: \(UntrustedText.escaped(message))\n".utf8))
    throw ExitCode(status.rawValue)
}

/// Runs `body`; a `DiagnosticError` is printed to standard error (after `whenFailing`, e.g. ending a progress bar)
/// and becomes the exit code.
func printingDiagnostics<T>(whenFailing: () -> Void = {}, _ body: () throws(DiagnosticError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        whenFailing()
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(error.exitCode.rawValue)
    }
}

/// The catalogue folder: `given` (`--catalog`), or `Indicators/` of the project; exits with 66 when there is none.
func locateCatalogFolder(_ given: String?) throws -> String {
    if let folder = given ?? CatalogLocator.locate() { return folder }
    try fail("cannot find the Indicators/ folder; run from the project root or pass --catalog DIR", status: .noInput)
}
