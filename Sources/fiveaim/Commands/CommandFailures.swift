import ArgumentParser
import FiveAim
import Foundation

/// Prints one coded diagnostic (`error: [FAnnnn] message`) through `DiagnosticPrinter` to standard error and exits with
/// `status`. The message may echo a command-line value (an indicator id, a network code): the printer escapes its
/// control and invisible characters (`UntrustedText`).
func fail(_ code: DiagnosticCode, _ message: String, status: ExitStatus) throws -> Never {
    throw printed(DiagnosticError([Diagnostic(.error, code, message)], exitCode: status))
}

/// Runs `body`; a `DiagnosticError` is printed to standard error (after `whenFailing`, e.g. ending a progress bar)
/// and becomes the exit code.
func printingDiagnostics<T>(whenFailing: () -> Void = {}, _ body: () throws(DiagnosticError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        whenFailing()
        throw printed(error)
    }
}

/// Writes `error` to standard error (`DiagnosticPrinter`, one line per diagnostic) and returns its exit code.
func printed(_ error: DiagnosticError) -> ExitCode {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    return ExitCode(error.exitCode.rawValue)
}

extension DiagnosticCode {
    // MARK: Values given on the command line (docs/errors/FA1xxx.md, FA2xxx.md)
    /// `explain ID` or `indicators --indicator ID` names no indicator or rule of the catalogue (exit 64).
    static let unknownIndicatorID = DiagnosticCode(rawValue: "FA1302")
    /// `report --year` or `compare --year` asks for a year the dataset has no data for (exit 64).
    static let yearWithoutData = DiagnosticCode(rawValue: "FA2101")
    /// `--network` names a network absent from the dataset's networks table (exit 64).
    static let networkNotInDataset = DiagnosticCode(rawValue: "FA2102")
    /// `report --lang` names a language the report folder has no texts and templates for (exit 64).
    static let reportLanguageWithoutTexts = DiagnosticCode(rawValue: "FA4402")
}
