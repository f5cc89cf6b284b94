import FiveAim

/// Validates a dataset exactly as `fiveaim validate` does, then loads it in one transaction.
///
/// The dataset replaces the (network, month) and (network, year) slices it contains in the tables
/// it carries: within one transaction every such slice is deleted and the dataset's rows are
/// copied in, so either the whole dataset is in or nothing changed. Imports lock their networks
/// (advisory locks, in code order): imports of different networks run side by side, imports of
/// one network run one after the other.
public struct DatasetImporter {
    /// The connection to import through (its role needs fiveaim_writer, or fiveaim_coordinator and its networks).
    public let connection: PostgresConnection
    /// Called at each step (progress, tests).
    public var observer: ((ImportEvent) -> Void)?

    /// Creates an importer.
    public init(connection: PostgresConnection, observer: ((ImportEvent) -> Void)? = nil) {
        self.connection = connection
        self.observer = observer
    }

    /// Advisory-lock class of per-network locks (the second key is `hashtext(network)`).
    static let networkLockClass: Int32 = 0x5AA1
    /// Advisory-lock class of the reference lists (networks and tariffs in force).
    static let referenceLockClass: Int32 = 0x5AA2

    /// Reads and validates `directory` (every problem is a `DiagnosticError`, nothing is written),
    /// records the files' SHA-256, then imports the dataset in one transaction.
    ///
    /// Without its own networks.csv, the dataset is validated against the networks in force in the database (its
    /// stored list, or the shipped one when it holds none), so that a coordinator can import her network's files alone.
    public func importDirectory(_ directory: String, reference: ReferenceData, options: DatasetReadOptions) throws(DiagnosticError)
        -> ImportSummary
    {
        try SchemaMigrator(connection: connection).requireCurrentDiagnosing()
        // Read with no shipped tariffs, so that `tariffs` holds exactly the dataset's own rows
        // (tariffs play no part in validation).
        var ownOnly = reference
        ownOnly.tariffs = []
        if let stored = try diagnosing({ try ImportPermission.storedNetworks(connection: connection) }) { ownOnly.networks = stored }
        let dataset = try DatasetReader.read(directory: directory, reference: ownOnly, options: options)
        var files: [ImportedFile] = []
        for source in dataset.sources { files.append(try ImportedFile.digest(of: source)) }
        return try importDataset(dataset, files: files, source: directory, runMonth: options.runMonth, reference: reference)
    }

    /// Imports a validated dataset whose `tariffs` are the dataset's own rows only.
    public func importDataset(
        _ dataset: Dataset, files: [ImportedFile], source: String, runMonth: YearMonth,
        reference: ReferenceData
    ) throws(DiagnosticError) -> ImportSummary {
        try SchemaMigrator(connection: connection).requireCurrentDiagnosing()
        // A coordinator's dataset is refused here, before the transaction, when it reaches beyond her networks.
        let permission = try diagnosing { try ImportPermission.load(connection: connection) }
        try permission.check(dataset, networks: Slices(dataset).networks)
        return try diagnosing {
            try connection.transaction {
                try load(dataset, files: files, source: source, runMonth: runMonth, reference: reference)
            }
        }
    }

    private func load(
        _ dataset: Dataset, files: [ImportedFile], source: String, runMonth: YearMonth,
        reference: ReferenceData
    ) throws -> ImportSummary {
        let slices = Slices(dataset)
        let replacesReference = dataset.networksFromDataset || !dataset.tariffs.isEmpty
        try lock(networks: slices.networks, exclusiveReference: replacesReference)
        observer?(.locked(networks: slices.networks))

        try connection.execute(
            "CREATE TEMPORARY TABLE import_month_slices (network text, month date, PRIMARY KEY (network, month)) ON COMMIT DROP")
        try connection.execute(
            "CREATE TEMPORARY TABLE import_year_slices (network text, year integer, PRIMARY KEY (network, year)) ON COMMIT DROP")
        try connection.copyIn("COPY pg_temp.import_month_slices (network, month) FROM STDIN") { copy in
            for slice in slices.months {
                copy.text(slice.network); copy.date(year: slice.month.year, month: slice.month.month, day: 1); try copy.endRow()
            }
        }
        try connection.copyIn("COPY pg_temp.import_year_slices (network, year) FROM STDIN") { copy in
            for slice in slices.years { copy.text(slice.network); copy.integer(slice.year); try copy.endRow() }
        }

        var changes: [TableChange] = []
        if dataset.networksFromDataset {
            let deleted = try connection.execute("DELETE FROM fiveaim.networks").affectedRows
            let inserted = try copy(TableKind.networks.name, columns: TableKind.networks.columnNames) { copy in
                for network in dataset.networks {
                    copy.text(network.code); copy.text(network.name); copy.text(network.targetGroup.rawValue);
                    copy.text(network.region.rawValue)
                    try copy.endRow()
                }
            }
            changes.append(TableChange(table: TableKind.networks.name, deleted: deleted, inserted: inserted))
        }
        for table in WarehouseTable.allCases where dataset.isPresent(table.kind) {
            let deleted = try connection.execute(table.deleteSlicesStatement).affectedRows
            let inserted = try copy(table.name, columns: table.columns) { copy in try RowEncoder.encode(table, of: dataset, into: copy)
            }
            changes.append(TableChange(table: table.name, deleted: deleted, inserted: inserted))
        }
        let tariffYears = Array(Set(dataset.tariffs.map(\.year))).sorted()
        if !tariffYears.isEmpty {
            let deleted = try connection.execute("DELETE FROM fiveaim.tariffs WHERE year = ANY(\(tariffYears.map(String.init))::integer[])")
                .affectedRows
            let inserted = try copy(TableKind.tariffs.name, columns: TableKind.tariffs.columnNames) { copy in
                for tariff in dataset.tariffs {
                    copy.integer(tariff.year); copy.integer(tariff.pseudocode)
                    copy.literal(tariff.amount.description); copy.literal(tariff.copayBim.description);
                    copy.literal(tariff.copayOther.description)
                    try copy.endRow()
                }
            }
            changes.append(TableChange(table: TableKind.tariffs.name, deleted: deleted, inserted: inserted))
        }
        changes.sort { (TableKind(rawValue: $0.table) ?? .networks) < (TableKind(rawValue: $1.table) ?? .networks) }

        try checkNetworksInForce(dataset, slices: slices, reference: reference)

        let record = try connection.execute(
            """
            INSERT INTO fiveaim.imports (source, run_month, networks_replaced, tariff_years)
            VALUES (\(source), \(runMonth.description), \(dataset.networksFromDataset), \(tariffYears.map(String.init))::integer[])
            RETURNING import_id, to_char(imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), imported_by
            """)
        guard let row = record.rows.first, let id = row[0].flatMap({ Int64($0) }) else {
            throw PostgresError(kind: .server, sqlState: nil, message: "the import record returned no id")
        }
        let idText = String(id)
        try connection.execute(
            """
            INSERT INTO fiveaim.import_files (import_id, file, table_name, sha256, bytes, rows)
            SELECT \(idText)::bigint, f, t, s, b::bigint, r::bigint
            FROM unnest(\(files.map(\.path))::text[], \(files.map(\.table))::text[], \(files.map(\.sha256))::text[],
                        \(files.map { String($0.bytes) })::text[], \(files.map { String($0.rows) })::text[]) AS u(f, t, s, b, r)
            """)
        try connection.execute(
            """
            INSERT INTO fiveaim.import_tables (import_id, table_name, rows_deleted, rows_inserted)
            SELECT \(idText)::bigint, t, d::bigint, i::bigint
            FROM unnest(\(changes.map(\.table))::text[], \(changes.map { String($0.deleted) })::text[],
                        \(changes.map { String($0.inserted) })::text[]) AS u(t, d, i)
            """)
        try connection.execute(
            """
            INSERT INTO fiveaim.import_networks (import_id, network)
            SELECT \(idText)::bigint, n FROM unnest(\(slices.networks)::text[]) AS n
            """)
        observer?(.committing)
        return ImportSummary(
            importID: id, importedAt: row[1] ?? "", importedBy: row[2] ?? "", tables: changes, files: files,
            networks: slices.networks, networksReplaced: dataset.networksFromDataset, tariffYears: tariffYears)
    }

    /// Takes the reference lock (exclusive when the dataset replaces networks or tariffs, shared
    /// otherwise), then one lock per network in code order, so that two imports never wait on each
    /// other in a cycle.
    private func lock(networks: [String], exclusiveReference: Bool) throws {
        if exclusiveReference {
            try connection.execute("SELECT pg_advisory_xact_lock(\(Self.referenceLockClass), 0)")
        } else {
            try connection.execute("SELECT pg_advisory_xact_lock_shared(\(Self.referenceLockClass), 0)")
        }
        for network in networks {
            try connection.execute("SELECT pg_advisory_xact_lock(\(Self.networkLockClass), hashtext(\(network)))")
        }
    }

    /// Streams rows into `fiveaim.<table>`: straight in with `COPY` when row-level security does not apply to the role
    /// (a superuser, a role with BYPASSRLS), otherwise through a temporary table of the transaction, since PostgreSQL
    /// refuses `COPY FROM` into a table whose row-level security applies (migration 5) while the `INSERT … SELECT`
    /// that follows obeys the table's policies. `table` and `columns` are the program's constants. Returns the rows inserted.
    private func copy(_ table: String, columns: [String], _ body: (CopyIn) throws -> Void) throws -> Int {
        let observer = self.observer
        let list = columns.joined(separator: ", ")
        let policed = try connection.execute("SELECT row_security_active(\("fiveaim." + table)::regclass)").rows.first?.first == "t"
        guard policed else {
            return try connection.copyIn(
                SQLQuery(unsafeRaw: "COPY fiveaim.\(table) (\(list)) FROM STDIN"),
                progress: { rows in observer?(.copying(table: table, rows: rows)) }, body)
        }
        try connection.execute(SQLQuery(unsafeRaw: "CREATE TEMPORARY TABLE import_rows_\(table) (LIKE fiveaim.\(table)) ON COMMIT DROP"))
        try connection.copyIn(
            SQLQuery(unsafeRaw: "COPY pg_temp.import_rows_\(table) (\(list)) FROM STDIN"),
            progress: { rows in observer?(.copying(table: table, rows: rows)) }, body)
        return try connection.execute(
            SQLQuery(unsafeRaw: "INSERT INTO fiveaim.\(table) (\(list)) SELECT \(list) FROM pg_temp.import_rows_\(table)")
        ).affectedRows
    }

    /// Refuses (FA3020) an import after which stored rows would name networks that are not in force.
    private func checkNetworksInForce(_ dataset: Dataset, slices: Slices, reference: ReferenceData) throws {
        let stored = try connection.execute("SELECT network FROM fiveaim.networks ORDER BY network").rows.compactMap { $0[0] }
        let inForce = Set(stored.isEmpty ? reference.networks.map(\.code) : stored)
        var named: [String]
        if dataset.networksFromDataset {
            let union = WarehouseTable.allCases.map { "SELECT network FROM \($0.qualifiedName)" }.joined(separator: " UNION ")
            named = try connection.execute(SQLQuery(unsafeRaw: "SELECT network FROM (\(union)) AS stored ORDER BY network")).rows.compactMap
            { $0[0] }
        } else {
            named = slices.networks
        }
        named = named.filter { $0 != Network.nationalCode && !inForce.contains($0) }
        guard named.isEmpty else {
            let list = named.prefix(5).joined(separator: ", ") + (named.count > 5 ? " and \(named.count - 5) more" : "")
            throw DiagnosticError.database(
                .databaseUnknownNetwork, exitCode: .dataError,
                "after this import the database would hold rows of networks not in force (\(list)); import a networks.csv that lists them, or remove their rows first; nothing was imported"
            )
        }
    }
}

/// The (network, month) and (network, year) slices a dataset carries.
struct Slices {
    var months: [(network: String, month: YearMonth)] = []
    var years: [(network: String, year: Int)] = []
    var networks: [String] = []

    init(_ dataset: Dataset) {
        var months = Set<MonthSlice>(), years = Set<YearSlice>()
        for row in dataset.activity { months.insert(MonthSlice(network: row.network, month: row.month)) }
        for row in dataset.groupSessions ?? [] { months.insert(MonthSlice(network: row.network, month: row.month)) }
        for row in dataset.operatingCosts ?? [] { months.insert(MonthSlice(network: row.network, month: row.month)) }
        for row in dataset.waits ?? [] { months.insert(MonthSlice(network: row.network, month: row.month)) }
        for row in dataset.population ?? [] { years.insert(YearSlice(network: row.network, year: row.year)) }
        for row in dataset.beneficiaries ?? [] { years.insert(YearSlice(network: row.network, year: row.year)) }
        for row in dataset.budget ?? [] { years.insert(YearSlice(network: row.network, year: row.year)) }
        for row in dataset.outcomes ?? [] { years.insert(YearSlice(network: row.network, year: row.year)) }
        for row in dataset.experience ?? [] { years.insert(YearSlice(network: row.network, year: row.year)) }
        for row in dataset.workforce ?? [] { years.insert(YearSlice(network: row.network, year: row.year)) }
        for row in dataset.outreachSites ?? [] { years.insert(YearSlice(network: row.network, year: row.year)) }
        self.months = months.sorted { ($0.network, $0.month) < ($1.network, $1.month) }.map { ($0.network, $0.month) }
        self.years = years.sorted { ($0.network, $0.year) < ($1.network, $1.year) }.map { ($0.network, $0.year) }
        networks = Array(Set(months.map(\.network)).union(years.map(\.network))).sorted()
    }

    private struct MonthSlice: Hashable { var network: String; var month: YearMonth }
    private struct YearSlice: Hashable { var network: String; var year: Int }
}

extension SchemaMigrator {
    /// `requireCurrent`, with database failures as diagnostics.
    func requireCurrentDiagnosing() throws(DiagnosticError) {
        try diagnosing { try requireCurrent() }
    }
}
