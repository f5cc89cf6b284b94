import FiveAim
import Foundation

/// Prints a warning (FA2091) to standard error for each year among `years` whose services are priced at an earlier year's
/// tariffs (art. 17); the exit status is unchanged. `validate`, `indicators`, `checks` and `report` call it.
func warnTariffFallbacks(_ dataset: Dataset, years: some Sequence<Int>) {
    let warnings = TariffYears(dataset).warnings(for: years)
    guard !warnings.isEmpty else { return }
    FileHandle.standardError.write(Data((DiagnosticPrinter.format(warnings) + "\n").utf8))
}

extension ReportPeriod {
    /// The calendar years the period touches.
    var years: ClosedRange<Int> { first.year...last.year }
}
