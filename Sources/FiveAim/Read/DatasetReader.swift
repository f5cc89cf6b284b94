import FiveAimCSV

/// Reads and validates a dataset directory into a `Dataset`, all or nothing.
public enum DatasetReader {
    /// Reads every table of `directory`; throws every problem found (up to the options' limit).
    public static func read(directory: String, reference: ReferenceData, options: DatasetReadOptions) throws(DiagnosticError) -> Dataset {
        let sink = DiagnosticSink(limit: options.problemLimit)
        let folder = try DatasetDirectory(path: directory, sink: sink)
        if folder.files[.activity] == nil {
            sink.error(
                .missingTable, at: SourceLocation(file: directory, line: 0, column: 0),
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

    private static func readTables(_ folder: DatasetDirectory, reference: ReferenceData, options: DatasetReadOptions, sink: DiagnosticSink)
        throws -> Dataset?
    {
        var context = ValidationContext(
            reference: reference, networks: reference.networks, runMonth: options.runMonth,
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
            context = ValidationContext(
                reference: reference, networks: networks, runMonth: options.runMonth,
                allowExtraColumns: options.allowExtraColumns)
        }
        var tariffs = reference.tariffs
        if let files = folder.files[.tariffs] {
            let read = try loader(TariffsDecoder()).load(files: files)
            let covered = Set(read.rows.map(\.year))
            tariffs = tariffs.filter { !covered.contains($0.year) } + read.rows
            sources += read.sources
        }
        guard folder.files[.activity] != nil else { return nil }
        let tables = try dataTables(folder, context: context, options: options, sink: sink)
        guard let activity = tables.activity else { return nil }
        var dataset = Dataset(
            networks: networks, networksFromDataset: folder.files[.networks] != nil, tariffs: tariffs, activity: activity.rows)
        dataset.population = tables.population?.rows
        dataset.groupSessions = tables.groupSessions?.rows
        if let files = tables.groupSessions?.sources {
            dataset.twoPsychologistSessionsReported = TwoPsychologistColumn.isReported(in: files, sink: sink)
        }
        dataset.operatingCosts = tables.operatingCosts?.rows
        dataset.beneficiaries = tables.beneficiaries?.rows
        dataset.waits = tables.waits?.rows
        dataset.budget = tables.budget?.rows
        dataset.outcomes = tables.outcomes?.rows
        dataset.experience = tables.experience?.rows
        dataset.workforce = tables.workforce?.rows
        dataset.outreachSites = tables.outreachSites?.rows
        dataset.sources = sources + tables.sources
        let groupLocations = tables.groupSessions?.locations ?? [:]
        if !sink.hasErrors {
            ColumnTotalLimits.check(dataset).forEach(sink.report)
        }
        if !sink.hasErrors {
            CrossTableChecks.groupSessionsHaveParticipations(dataset, reference: reference, locations: groupLocations, sink: sink)
        }
        return dataset
    }

    /// The data tables: read side by side while nothing is wrong so far and more than one core can help; read again one
    /// after the other (the reference behaviour, for every diagnostic) as soon as anything is wrong.
    private static func dataTables(
        _ folder: DatasetDirectory, context: ValidationContext, options: DatasetReadOptions,
        sink: DiagnosticSink
    ) throws -> DataTables {
        if options.readsConcurrently, sink.diagnostics.isEmpty, sink.omitted == 0, ConcurrentLoading.isWorthwhile(folder) {
            var concurrent = ConcurrentLoading(folder: folder, context: context, limits: options.limits)
            _ = try DataTables(using: &concurrent)
            if concurrent.run() { return try DataTables(using: &concurrent) }
        }
        var sequential = SequentialLoading(folder: folder, context: context, sink: sink, limits: options.limits)
        return try DataTables(using: &sequential)
    }

    private static func exitStatus(for diagnostics: [Diagnostic]) -> ExitStatus {
        if diagnostics.contains(where: { $0.code == .ioFailure }) { return .ioError }
        if diagnostics.contains(where: { $0.code == .cannotOpen || $0.code == .missingTable }) { return .noInput }
        return .dataError
    }
}
