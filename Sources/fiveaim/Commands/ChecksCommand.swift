import ArgumentParser
import FiveAim
import Foundation

/// `fiveaim checks DIR`: evaluates the convention's rules per network and year.
struct ChecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checks",
        abstract: "Check each network against the convention's rules (Indicators/checks.yaml).",
        discussion:
            "Prints rule,network,year,severity,observed,limit,article,message for every breach, and a note for rules a missing table prevents."
    )

    @Argument(help: "The dataset directory (CSV files); omit it with --db URL.")
    var directory: String?

    @Option(help: "Check this calendar year only (default: every year present).")
    var year: Int?

    @Option(help: "Target share of first sessions within 30 days of the request (default: the rule's limit in checks.yaml).")
    var waitTarget: Double?

    @Option(help: "Language of the messages: fr, nl, de or en.")
    var lang: Language = .en

    @Option(
        help:
            "Whom the output is for: network (exact figures), committee or research (small counts suppressed, counts rounded down to a multiple of 5)."
    )
    var audience: Audience = .network

    @Option(help: "Suppress counts from 1 to this value minus one for committee and research audiences (never below 5).")
    var suppressionThreshold = 5

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        try dataOptions.validateSource(directory: directory)
        if let waitTarget, !(0...1).contains(waitTarget) { throw ValidationError("--wait-target is a share from 0 to 1, e.g. 0.8") }
        if suppressionThreshold < 1 { throw ValidationError("--suppression-threshold must be at least 1") }
        do { _ = try DisclosurePolicy.validated(audience: audience, threshold: Int64(suppressionThreshold)) } catch {
            throw ValidationError("--suppression-threshold: \(error.description)")
        }
    }

    func run() throws {
        let (dataset, reference) = try dataOptions.loadDataset(directory: directory)
        let catalogue = try dataOptions.loadCatalogue(reference: reference)
        let years = year.map { [$0] } ?? ReportPeriod.yearsPresent(in: dataset).compactMap(\.calendarYear)
        warnTariffFallbacks(dataset, years: years)
        var limits: [String: Double] = [:]
        if let waitTarget {
            for rule in catalogue.rules where rule.indicator == "wait_within_30d" { limits[rule.id] = waitTarget }
        }
        let findings = ConventionChecks.evaluate(
            dataset, catalogue: catalogue, years: years, limits: limits, language: lang,
            disclosure: DisclosurePolicy(audience: audience, threshold: Int64(suppressionThreshold)))
        let reasons = ReasonTexts(catalogue.texts(lang))  // loaded with the catalogue
        FileHandle.standardOutput.write(Data(ChecksCSVWriter.write(findings, reasons: reasons).utf8))
    }
}
