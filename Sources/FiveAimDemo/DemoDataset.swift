import FiveAim

/// A file the demo wrote, with its data rows and size.
public struct DemoFile: Sendable, Hashable {
    /// The file's name in the dataset folder.
    public var name: String
    /// Data rows (the header not counted).
    public var rows: Int
    /// Size in bytes.
    public var bytes: Int
}

/// What a demo run wrote, and the figures behind it.
public struct DemoReport: Sendable {
    /// The files, in name order.
    public var files: [DemoFile]
    /// The networks generated.
    public var networks: [Network]
    /// Per network and year, in network then year order.
    public var figures: [DemoNetworkYear]
    /// National totals per year.
    public var national: [DemoNationalYear]

    /// The tally of `network` in `year`.
    public func figures(of network: String, year: Int) -> DemoNetworkYear? {
        figures.first { $0.network == network && $0.year == year }
    }
}

/// The deterministic demo dataset: all networks, every table of the data contract, realistic
/// magnitudes and the planted breaches of `PlantedBreaches` (docs/demo-dataset.md).
public enum DemoDataset {
    /// The networks of a run: the reference list, plus `scale − 1` suffixed copies of each (`BRUMENTA-2` …).
    public static func networks(reference: ReferenceData, scale: Int) -> [Network] {
        var result = reference.networks
        if scale > 1 {
            for copy in 2...scale {
                result += reference.networks.map {
                    Network(
                        code: "\($0.code)-\(copy)", name: "\($0.name) (copy \(copy))", targetGroup: $0.targetGroup, region: $0.region,
                        languages: $0.languages)
                }
            }
        }
        return result.sorted { $0.code < $1.code }
    }

    /// Generates the dataset into `directory` (replaced as a whole once complete) and reports it.
    public static func write(to directory: String, reference: ReferenceData, options: DemoOptions) throws(DiagnosticError) -> DemoReport {
        try options.validate()
        try DemoCodes.check(against: reference)
        guard !reference.networks.isEmpty else { throw DiagnosticError.demoReference("the reference data lists no networks") }
        let folder = try OutputFolder(target: directory, kind: .demo)
        do throws(DiagnosticError) {
            let report = try DemoRun(reference: reference, options: options).generate(into: folder)
            try folder.commit()
            return report
        } catch {
            folder.discard()
            throw error
        }
    }
}

/// One generation run: plans every network, then streams the tables network by network.
struct DemoRun {
    let reference: ReferenceData
    let options: DemoOptions
    let tariffs: DemoTariffs
    let networks: [Network]
    let profiles: [NetworkProfile]
    let budget: BudgetPlan
    let spending: SpendingModel

    /// Plans the run.
    init(reference: ReferenceData, options: DemoOptions) {
        self.reference = reference
        self.options = options
        tariffs = DemoTariffs(reference.tariffs)
        networks = DemoDataset.networks(reference: reference, scale: options.scale)
        let baseCodes = Set(reference.networks.map(\.code))
        profiles = networks.map { network in
            let base = baseCodes.contains(network.code) ? network.code : String(network.code[..<network.code.lastIndex(of: "-")!])
            return NetworkProfile(network: network, baseCode: base, seed: options.seed)
        }
        let baseProfiles = profiles.filter { baseCodes.contains($0.network.code) }
        budget = BudgetPlan(profiles: baseProfiles, years: options.years)
        spending = SpendingModel(profiles: profiles, budget: budget, tariffs: tariffs, years: options.years)
    }

    /// The open files of a run.
    private struct Files {
        var networks: CSVTableWriter?
        var population: CSVTableWriter
        var activity: [Int: CSVTableWriter]
        var groupSessions: CSVTableWriter
        var operatingCosts: CSVTableWriter
        var beneficiaries: CSVTableWriter
        var waits: CSVTableWriter
        var budget: CSVTableWriter
        var outcomes: CSVTableWriter
        var experience: CSVTableWriter
        var workforce: CSVTableWriter
        var outreachSites: CSVTableWriter

        var all: [CSVTableWriter] {
            [networks].compactMap { $0 } + [population] + activity.keys.sorted().map { activity[$0]! }
                + [groupSessions, operatingCosts, beneficiaries, waits, budget, outcomes, experience, workforce, outreachSites]
        }
    }

    /// Writes every table into the writer's staging folder.
    func generate(into folder: OutputFolder) throws(DiagnosticError) -> DemoReport {
        func open(_ table: TableKind, _ name: String? = nil) throws(DiagnosticError) -> CSVTableWriter {
            try CSVTableWriter(folder: folder.staging, fileName: (name ?? table.name) + ".csv", header: table.columnNames)
        }
        var activityFiles: [Int: CSVTableWriter] = [:]
        for year in options.years { activityFiles[year] = try open(.activity, "activity-\(year)") }
        let files = Files(
            networks: options.scale > 1 ? try open(.networks) : nil,
            population: try open(.population), activity: activityFiles, groupSessions: try open(.groupSessions),
            operatingCosts: try open(.operatingCosts), beneficiaries: try open(.beneficiaries), waits: try open(.waits),
            budget: try open(.budget), outcomes: try open(.outcomes), experience: try open(.experience), workforce: try open(.workforce),
            outreachSites: try open(.outreachSites)
        )
        if let file = files.networks {
            for network in networks {
                file.text(network.code); file.text(network.name); file.text(network.targetGroup.rawValue);
                file.text(network.region.rawValue)
                try file.endRow()
            }
        }

        let activityGenerator = ActivityGenerator(seed: options.seed, tariffs: tariffs)
        let waitsGenerator = WaitsGenerator(seed: options.seed)
        let operatingGenerator = OperatingCostGenerator(seed: options.seed)
        let yearly = YearlyGenerator(seed: options.seed)
        var figures: [DemoNetworkYear] = []
        var national: [Int: [Int64]] = [:]  // year → BE cells of function `all`
        var nationalRows: [(year: Int, function: String, cells: [Int64])] = []
        var populations: [Int: (Int64, Int64)] = [:]

        for profile in profiles {
            let code = profile.network.code
            var tallies: [Int: DemoNetworkYear] = [:]
            for month in options.months {
                let year = month.year
                let expected = ActivityGenerator.expectedSessions(annual: spending.annualSessions(of: code, year: year), month: month)
                let activity = activityGenerator.month(profile, month, expected: expected, cost: spending.cost(of: code, year: year))
                let file = files.activity[year]!
                for cell in activity.cells {
                    file.text(code); file.month(month); file.integer(cell.code)
                    file.text(DemoCells.band(cell.cell).rawValue); file.text(DemoCells.bim(cell.cell).rawValue); file.integer(cell.units)
                    try file.endRow()
                }
                for group in activity.groupSessions {
                    files.groupSessions.text(code); files.groupSessions.month(month)
                    files.groupSessions.text(group.function.rawValue); files.groupSessions.integer(group.sessions)
                    files.groupSessions.integer(group.twoPsychologists)
                    try files.groupSessions.endRow()
                }
                let waits = waitsGenerator.month(profile, month, firstSessions: activity)
                for entry in waits {
                    files.waits.text(code); files.waits.month(month); files.waits.text(entry.function.rawValue)
                    files.waits.text(entry.band.rawValue); files.waits.text(entry.bucket.rawValue); files.waits.integer(entry.count)
                    try files.waits.endRow()
                }
                let operating = budget.lines(of: profile.baseCode, year: year)[.operating] ?? 0
                for invoice in operatingGenerator.month(profile, month, operatingBudget: operating) {
                    files.operatingCosts.text(code); files.operatingCosts.month(month)
                    files.operatingCosts.integer(invoice.code); files.operatingCosts.hundredths(invoice.cents)
                    try files.operatingCosts.endRow()
                }
                var tally = tallies[year] ?? DemoNetworkYear(network: code, year: year)
                tally.record(activity, reference: reference, tariffs: tariffs)
                tally.record(waits)
                tallies[year] = tally
            }

            for year in options.years {
                var tally = tallies[year] ?? DemoNetworkYear(network: code, year: year)
                let people = yearly.population(profile, year: year)
                files.population.text(code); files.population.integer(year)
                files.population.integer(people.population); files.population.integer(people.bim)
                try files.population.endRow()
                if profile.network.targetGroup != .child {
                    let sum = populations[year] ?? (0, 0)
                    populations[year] = (sum.0 + people.population, sum.1 + people.bim)
                }

                tally.budget = budget.lines(of: profile.baseCode, year: year)
                for line in BudgetLine.allCases {
                    guard let cents = tally.budget[line] else { continue }
                    files.budget.text(code); files.budget.integer(year); files.budget.text(line.rawValue); files.budget.hundredths(cents)
                    try files.budget.endRow()
                }

                let distinct = yearly.beneficiaries(profile, year: year, tally: tally)
                for (function, cells) in [("2", distinct.support), ("3", distinct.treatment), ("all", distinct.all)] {
                    for (cell, count) in cells.enumerated() where count > 0 {
                        files.beneficiaries.text(code); files.beneficiaries.integer(year); files.beneficiaries.text(function)
                        files.beneficiaries.text(DemoCells.band(cell).rawValue); files.beneficiaries.text(DemoCells.bim(cell).rawValue)
                        files.beneficiaries.integer(count)
                        try files.beneficiaries.endRow()
                    }
                    if let index = nationalRows.firstIndex(where: { $0.year == year && $0.function == function }) {
                        for cell in 0..<DemoCells.count { nationalRows[index].cells[cell] += cells[cell] }
                    } else {
                        nationalRows.append((year, function, cells))
                    }
                }
                tally.supportBeneficiaries = distinct.support.reduce(0, +)
                tally.treatmentBeneficiaries = distinct.treatment.reduce(0, +)
                tally.beneficiaries = distinct.all.reduce(0, +)
                for cell in 0..<DemoCells.count {
                    if DemoCells.bim(cell) == .yes { tally.beneficiariesBIM += distinct.all[cell] }
                    if DemoCells.bim(cell) != .unknown { tally.beneficiariesKnownBIM += distinct.all[cell] }
                }

                for outcome in yearly.outcomes(profile, year: year, beneficiaries: distinct) {
                    let file = files.outcomes
                    file.text(code); file.integer(year); file.text(outcome.function.rawValue); file.text(outcome.instrument)
                    file.integer(outcome.pairs); file.integer(outcome.improved); file.integer(outcome.unchanged)
                    file.integer(outcome.deteriorated); file.integer(outcome.recovered)
                    try file.endRow()
                }
                let survey = yearly.experience(profile, year: year, beneficiaries: tally.beneficiaries)
                if survey.respondents > 0 {
                    files.experience.text(code); files.experience.integer(year); files.experience.text("CSQ-8")
                    files.experience.integer(survey.respondents); files.experience.integer(survey.satisfied)
                    try files.experience.endRow()
                }
                let staff = yearly.workforce(
                    profile, year: year, annualSessions: spending.annualSessions(of: code, year: year),
                    months: tally.months)
                let file = files.workforce
                file.text(code); file.integer(year); file.integer(staff.providers); file.hundredths(staff.fteHundredths)
                file.integer(staff.trained); file.integer(staff.intervision); file.integer(staff.surveyed); file.integer(staff.satisfied)
                try file.endRow()
                for outreach in yearly.outreachSites(profile, year: year, months: tally.months) {
                    let file = files.outreachSites
                    file.text(code); file.integer(year); file.text(outreach.siteType.rawValue); file.integer(outreach.sites)
                    file.integer(outreach.sessions)
                    try file.endRow()
                }
                figures.append(tally)
            }
        }

        // National distinct totals: a few people were seen in two networks (about 0.6 %).
        for row in nationalRows.sorted(by: { ($0.year, $0.function) < ($1.year, $1.function) }) {
            var cells = row.cells
            for cell in 0..<DemoCells.count {
                cells[cell] -= cells[cell] * 6 / 1000
                guard cells[cell] > 0 else { continue }
                files.beneficiaries.text(Network.nationalCode); files.beneficiaries.integer(row.year);
                files.beneficiaries.text(row.function)
                files.beneficiaries.text(DemoCells.band(cell).rawValue); files.beneficiaries.text(DemoCells.bim(cell).rawValue)
                files.beneficiaries.integer(cells[cell])
                try files.beneficiaries.endRow()
            }
            if row.function == "all" { national[row.year] = cells }
        }

        for file in files.all {
            try file.close()
            try folder.stage(name: file.fileName)
        }
        let written = files.all.map { DemoFile(name: $0.fileName, rows: $0.rows, bytes: $0.bytes) }.sorted { $0.name < $1.name }
        let totals = options.years.map { year in
            Self.nationalYear(
                year, figures: figures.filter { $0.year == year }, beCells: national[year] ?? [],
                population: populations[year] ?? (0, 0))
        }
        return DemoReport(files: written, networks: networks, figures: figures, national: totals)
    }

    private static func nationalYear(_ year: Int, figures: [DemoNetworkYear], beCells: [Int64], population: (Int64, Int64))
        -> DemoNationalYear
    {
        func sum(_ value: (DemoNetworkYear) -> Int64) -> Int64 { figures.reduce(0) { $0 + value($1) } }
        var bim: Int64 = 0, under24: Int64 = 0
        for (cell, count) in beCells.enumerated() {
            if DemoCells.bim(cell) == .yes { bim += count }
            if DemoCells.band(cell).isUpTo23 { under24 += count }
        }
        let within = sum(\.waitsWithin30), waits = sum(\.waitsKnown)
        return DemoNationalYear(
            year: year, months: figures.map(\.months).max() ?? 0, population: population.0, populationBIM: population.1,
            beneficiaries: beCells.reduce(0, +), beneficiariesBIM: bim, beneficiariesUnder24: under24,
            supportSessions: sum(\.supportSessions), treatmentSessions: sum(\.treatmentSessions),
            outreachSessions: sum(\.outreachSessions), homeSessions: sum(\.homeSessions), remoteSessions: sum(\.remoteSessions),
            participations: (0..<3).map { index in sum { $0.participations[index] } }, missionHours: sum(\.missionHours),
            netCareCents: sum(\.netCareCents), budgetCents: figures.reduce(0) { $0 + $1.totalBudgetCents },
            within30Share: waits == 0 ? 0 : Double(within) / Double(waits)
        )
    }
}
