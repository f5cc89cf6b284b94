import FiveAimCSV

/// Reads tables, one way or another: one after the other (`SequentialLoading`) or side by side (`ConcurrentLoading`).
protocol TableLoading {
    /// The table, its rows decoded by decoders from `makeDecoder`; nil when the dataset has no file of that table.
    mutating func load<D: TableDecoder>(_ table: TableKind, _ makeDecoder: @escaping () -> D, keepLocations: Bool) throws -> LoadedTable<D>?
}

/// The data tables of a dataset (every table but `networks` and `tariffs`, which shape how the others are read),
/// asked for in the contract's order: the order in which a sequential read reports their problems.
struct DataTables {
    var activity: LoadedTable<ActivityDecoder>?
    var population: LoadedTable<PopulationDecoder>?
    /// Read keeping where each key was (the cross-table check points at the session row).
    var groupSessions: LoadedTable<GroupSessionsDecoder>?
    var operatingCosts: LoadedTable<OperatingCostsDecoder>?
    var beneficiaries: LoadedTable<BeneficiariesDecoder>?
    var waits: LoadedTable<WaitsDecoder>?
    var budget: LoadedTable<BudgetDecoder>?
    var outcomes: LoadedTable<OutcomesDecoder>?
    var experience: LoadedTable<ExperienceDecoder>?
    var workforce: LoadedTable<WorkforceDecoder>?
    var outreachSites: LoadedTable<OutreachSitesDecoder>?

    /// Asks `loading` for every data table, in order.
    init(using loading: inout some TableLoading) throws {
        activity = try loading.load(.activity, ActivityDecoder.init, keepLocations: false)
        population = try loading.load(.population, PopulationDecoder.init, keepLocations: false)
        groupSessions = try loading.load(.groupSessions, GroupSessionsDecoder.init, keepLocations: true)
        operatingCosts = try loading.load(.operatingCosts, OperatingCostsDecoder.init, keepLocations: false)
        beneficiaries = try loading.load(.beneficiaries, BeneficiariesDecoder.init, keepLocations: false)
        waits = try loading.load(.waits, WaitsDecoder.init, keepLocations: false)
        budget = try loading.load(.budget, BudgetDecoder.init, keepLocations: false)
        outcomes = try loading.load(.outcomes, OutcomesDecoder.init, keepLocations: false)
        experience = try loading.load(.experience, ExperienceDecoder.init, keepLocations: false)
        workforce = try loading.load(.workforce, WorkforceDecoder.init, keepLocations: false)
        outreachSites = try loading.load(.outreachSites, OutreachSitesDecoder.init, keepLocations: false)
    }

    /// The files read, table by table in the order above.
    var sources: [SourceFile] {
        let tables: [[SourceFile]?] = [
            activity?.sources, population?.sources, groupSessions?.sources, operatingCosts?.sources,
            beneficiaries?.sources, waits?.sources, budget?.sources, outcomes?.sources,
            experience?.sources, workforce?.sources, outreachSites?.sources,
        ]
        return tables.flatMap { $0 ?? [] }
    }
}

/// Reads each table in turn, file after file, into the dataset's one sink: the reference behaviour, whose
/// diagnostics (which, in what order, where a problem limit stops the reading) every other way must equal.
struct SequentialLoading: TableLoading {
    let folder: DatasetDirectory
    let context: ValidationContext
    let sink: DiagnosticSink
    let limits: CSVLimits

    func load<D: TableDecoder>(_ table: TableKind, _ makeDecoder: @escaping () -> D, keepLocations: Bool) throws -> LoadedTable<D>? {
        guard let files = folder.files[table] else { return nil }
        return try TableLoader(decoder: makeDecoder(), context: context, sink: sink, limits: limits).load(
            files: files, keepLocations: keepLocations)
    }
}
