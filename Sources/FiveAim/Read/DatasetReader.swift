import FiveAimCSV

/// Reads and validates a dataset directory into a `Dataset`, all or nothing.
public enum DatasetReader {
    /// Reads every table of `directory`; throws every problem found (up to the options' limit).
    public static func read(directory: String, reference: ReferenceData, options: DatasetReadOptions) throws(DiagnosticError) -> Dataset {
        let sink = DiagnosticSink(limit: options.problemLimit)
        let folder = try DatasetDirectory(path: directory, sink: sink)
        if folder.files[.activity] == nil {
            sink.error(.missingTable, at: SourceLocation(file: directory, line: 0, column: 0),
                       "no activity table; expected activity.csv (or activity-*.csv), the one required table")
        }
        var dataset: Dataset?
        do {
            dataset = try readTables(folder, reference: reference, options: options, sink: sink)
        } catch {
            // The sink is full: what it holds is reported below.
        }
        guard let dataset, !sink.hasErrors else {
            throw DiagnosticError(sink.diagnostics, omitted: sink.omitted, exitCode: exitStatus(for: sink.diagnostics))
        }
        return dataset
    }

    private static func readTables(_ folder: DatasetDirectory, reference: ReferenceData, options: DatasetReadOptions, sink: DiagnosticSink) throws -> Dataset? {
        var context = ValidationContext(reference: reference, networks: reference.networks, runMonth: options.runMonth,
                                        allowExtraColumns: options.allowExtraColumns)
        func loader<D: TableDecoder>(_ decoder: D) -> TableLoader<D> {
            TableLoader(decoder: decoder, context: context, sink: sink, limits: options.limits)
        }
        var sources: [SourceFile] = []
        var networks = reference.networks
        if let files = folder.files[.networks] {
            let read = try loader(NetworksDecoder()).load(files: files)
            networks = read.rows
            sources += read.sources
            context = ValidationContext(reference: reference, networks: networks, runMonth: options.runMonth,
                                        allowExtraColumns: options.allowExtraColumns)
        }
        var tariffs = reference.tariffs
        if let files = folder.files[.tariffs] {
            let read = try loader(TariffsDecoder()).load(files: files)
            let covered = Set(read.rows.map(\.year))
            tariffs = tariffs.filter { !covered.contains($0.year) } + read.rows
            sources += read.sources
        }
        func optional<D: TableDecoder>(_ table: TableKind, _ decoder: D) throws -> [D.Row]? {
            guard let files = folder.files[table] else { return nil }
            let read = try loader(decoder).load(files: files)
            sources += read.sources
            return read.rows
        }
        guard let activityFiles = folder.files[.activity] else { return nil }
        let activity = try loader(ActivityDecoder()).load(files: activityFiles)
        sources += activity.sources
        var dataset = Dataset(networks: networks, networksFromDataset: folder.files[.networks] != nil, tariffs: tariffs, activity: activity.rows)
        dataset.population = try optional(.population, PopulationDecoder())
        var groupLocations: [GroupSessionKey: SourceLocation] = [:]
        if let files = folder.files[.groupSessions] {
            let read = try loader(GroupSessionsDecoder()).load(files: files, keepLocations: true)
            dataset.groupSessions = read.rows
            groupLocations = read.locations
            sources += read.sources
        }
        dataset.operatingCosts = try optional(.operatingCosts, OperatingCostsDecoder())
        dataset.beneficiaries = try optional(.beneficiaries, BeneficiariesDecoder())
        dataset.waits = try optional(.waits, WaitsDecoder())
        dataset.budget = try optional(.budget, BudgetDecoder())
        dataset.outcomes = try optional(.outcomes, OutcomesDecoder())
        dataset.experience = try optional(.experience, ExperienceDecoder())
        dataset.workforce = try optional(.workforce, WorkforceDecoder())
        dataset.sources = sources
        if !sink.hasErrors {
            ColumnTotalLimits.check(dataset).forEach(sink.report)
        }
        if !sink.hasErrors {
            CrossTableChecks.groupSessionsHaveParticipations(dataset, reference: reference, locations: groupLocations, sink: sink)
        }
        return dataset
    }

    private static func exitStatus(for diagnostics: [Diagnostic]) -> ExitStatus {
        if diagnostics.contains(where: { $0.code == .ioFailure }) { return .ioError }
        if diagnostics.contains(where: { $0.code == .cannotOpen || $0.code == .missingTable }) { return .noInput }
        return .dataError
    }
}
