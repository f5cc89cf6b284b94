import ArgumentParser
import FiveAim
import FiveAimDemo
import Foundation

/// `fiveaim demo --out DIR`: writes the deterministic demo dataset (all networks, every table).
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write the deterministic demo dataset: all networks, every table, planted breaches (docs/demo-dataset.md).",
        discussion: """
            The same seed, --until and --scale always give byte-identical files. The folder is written \
            beside the target and swapped in once complete; an existing target is replaced only when it \
            holds exactly a previous demo dataset (the files its fiveaim-output.json lists, unchanged).
            """
    )

    @Option(help: "The dataset folder to write (created, or replaced when it holds exactly a previous demo dataset).")
    var out: String

    @Option(help: "The seed of every random draw.")
    var seed: UInt64 = DemoOptions.defaultSeed

    @Option(help: "The last month with data (YYYY-MM). Default: the last complete month before today.")
    var until: String?

    @Option(help: "Copies of the 32 networks, for benchmarks (N > 1 also writes networks.csv).")
    var scale: Int = 1

    @OptionGroup var catalogOptions: CatalogOptions

    @Flag(help: ArgumentHelp("Also print the tallied figures per network and year (for docs/demo-dataset.md).", visibility: .hidden))
    var printFigures = false

    func validate() throws {
        if let until {
            guard let month = parseMonth(until) else { throw ValidationError("--until expects YYYY-MM, e.g. 2026-10") }
            if month < YearMonth.conventionStart {
                throw ValidationError("--until must be \(YearMonth.conventionStart) or later, the first month of the convention's codes")
            }
        }
        if !(1...1000).contains(scale) { throw ValidationError("--scale must be between 1 and 1000") }
    }

    func run() throws {
        let lastMonth = until.flatMap(parseMonth) ?? CalendarMonth.current().adding(months: -1)
        let options = DemoOptions(seed: seed, until: lastMonth, scale: scale)
        let reference = try catalogOptions.loadReference()
        let clock = ContinuousClock()
        let started = clock.now
        let report = try printingDiagnostics { () throws(DiagnosticError) in
            try DemoDataset.write(to: out, reference: reference, options: options)
        }
        let elapsed = clock.now - started
        print(Self.summary(report, options: options, folder: out, elapsed: elapsed))
        if printFigures { print(Self.figures(report)) }
    }

    /// What was written, and the national magnitudes per year.
    static func summary(_ report: DemoReport, options: DemoOptions, folder: String, elapsed: Duration) -> String {
        var lines = [
            "demo dataset written to \(folder) (seed \(options.seed), \(YearMonth.conventionStart) to \(options.until), "
                + "\(report.networks.count) networks)"
        ]
        for file in report.files {
            lines.append("  \(file.name.padded(22)) \(String(file.rows).leftPadded(9)) rows  \(megabytes(file.bytes).leftPadded(7)) MB")
        }
        let rows = report.files.reduce(0) { $0 + $1.rows }, bytes = report.files.reduce(0) { $0 + $1.bytes }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        lines.append(
            "  \("total".padded(22)) \(String(rows).leftPadded(9)) rows  \(megabytes(bytes).leftPadded(7)) MB  in \(fixed(seconds, 2)) s")
        lines.append("national figures (sums over networks; people from the BE rows):")
        for year in report.national {
            let sessions = year.supportSessions + year.treatmentSessions
            let group = year.participations[1] + year.participations[2]
            lines.append(
                "  \(year.year) (\(year.months) months): \(year.beneficiaries) people "
                    + "(\(percent(year.beneficiaries, year.population)) of \(year.population) inhabitants; "
                    + "BIM \(percent(year.beneficiariesBIM, year.beneficiaries)), under 24 \(percent(year.beneficiariesUnder24, year.beneficiaries))); "
                    + "\(sessions) individual sessions (function 3 \(percent(year.treatmentSessions, sessions)), "
                    + "outreach \(percent(year.outreachSessions, sessions)), remote \(percent(year.remoteSessions, sessions)), "
                    + "home \(percent(year.homeSessions, sessions))); group participations \(group) "
                    + "(\(percent(group, group + sessions))) + community \(year.participations[0]); "
                    + "mission hours \(year.missionHours); first sessions within 30 days \(fixed(year.within30Share * 100, 1)) %; "
                    + "net care spending \(euros(year.netCareCents)) of a budget of \(euros(year.budgetCents))")
        }
        return lines.joined(separator: "\n")
    }

    /// One line per network and year with the figures the planted breaches are about.
    static func figures(_ report: DemoReport) -> String {
        var lines = [
            "network\tyear\tsessions\tpeople\tf3_of_care_base\tcare_use\tmission_share\tf1_size\tf23_size\twithin30\toutreach\tbim_share"
        ]
        for f in report.figures {
            lines.append(
                [
                    f.network, String(f.year), String(f.individualSessions), String(f.beneficiaries),
                    fixed(f.treatmentShareOfCareBase, 4), fixed(f.careSpendingOverCareLines, 4), fixed(f.missionShare, 4),
                    fixed(f.communityGroupSize, 2), fixed(f.therapyGroupSize, 2), fixed(f.within30Share, 4),
                    fixed(f.outreachShare, 4), fixed(f.bimShare, 4),
                ].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n")
    }

    private static func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576, 2) }
    private static func percent(_ part: Int64, _ whole: Int64) -> String {
        whole == 0 ? "–" : fixed(Double(part) * 100 / Double(whole), 1) + " %"
    }
    private static func euros(_ cents: Int64) -> String { fixed(Double(cents) / 100_000_000, 1) + " M€" }
    private static func fixed(_ value: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", value) }
}

private extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
