import FiveAim

/// Reads the warehouse into a `Dataset`, the same one `DatasetReader` gives for the same rows.
///
/// Rows come in primary-key order, so the result is deterministic. Networks are the stored list
/// when an import brought one, the shipped list otherwise; tariffs are the shipped ones with the
/// stored years replacing theirs, as `tariffs.csv` does. Optional tables without a row are absent.
/// A stored value outside the data contract (the database changed outside FiveAim) is FA3030.
public enum DatabaseReader {
    /// Reads every table; throws FA3xxx diagnostics (schema missing, empty database, invalid row).
    public static func read(connection: PostgresConnection, reference: ReferenceData) throws(DiagnosticError) -> Dataset {
        try SchemaMigrator(connection: connection).requireCurrentDiagnosing()
        let dataset = try diagnosing {
            // One snapshot for every table.
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? connection.execute("COMMIT") }
            return try TableReads(connection: connection).dataset(reference: reference)
        }
        try StoredTextCheck.check(dataset)
        let beyondBounds = ColumnTotalLimits.check(dataset)
        if !beyondBounds.isEmpty { throw DiagnosticError(beyondBounds) }
        return dataset
    }
}

/// The queries and decoders of each table.
private struct TableReads {
    let connection: PostgresConnection

    func dataset(reference: ReferenceData) throws -> Dataset {
        var sources: [SourceFile] = []
        func source(_ table: TableKind, _ rows: Int) {
            if rows > 0 { sources.append(SourceFile(path: "postgresql:fiveaim.\(table.name)", table: table.name, rows: rows)) }
        }
        let networks = try read(.networks) { r, row in
            Network(code: try r.text(row, 0), name: try r.text(row, 1), targetGroup: try r.code(row, 2), region: try r.code(row, 3))
        }
        source(.networks, networks.count)
        let tariffs = try read(.tariffs) { r, row in
            TariffRow(
                year: try r.int(row, 0), pseudocode: try r.int(row, 1), amount: Money(cents: try r.int64(row, 2)),
                copayBim: Money(cents: try r.int64(row, 3)), copayOther: Money(cents: try r.int64(row, 4)))
        }
        let storedYears = Set(tariffs.map(\.year))
        let activity = try read(.activity) { r, row in
            ActivityRow(
                network: try r.text(row, 0), month: try r.month(row, 1), pseudocode: try r.int(row, 2),
                ageBand: try r.code(row, 3), bim: try r.code(row, 4), units: try r.int64(row, 5))
        }
        guard !activity.isEmpty else {
            throw DiagnosticError.database(
                .databaseEmpty, exitCode: .noInput,
                "the database holds no activity; import a dataset first with `fiveaim db import DIR --db URL`")
        }
        source(.tariffs, tariffs.count)
        var dataset = Dataset(
            networks: networks.isEmpty ? reference.networks : networks, networksFromDataset: !networks.isEmpty,
            tariffs: reference.tariffs.filter { !storedYears.contains($0.year) } + tariffs, activity: activity)
        source(.activity, activity.count)
        func optional<Row>(_ table: TableKind, _ decode: (RowDecoder, ResultRow) throws -> Row) throws -> [Row]? {
            let rows = try read(table, decode)
            source(table, rows.count)
            return rows.isEmpty ? nil : rows
        }
        dataset.population = try optional(.population) { r, row in
            PopulationRow(
                network: try r.text(row, 0), year: try r.int(row, 1), population: try r.int64(row, 2), populationBim: try r.int64(row, 3))
        }
        // Co-led sessions are reported when no row lacks them (NULL: imported without the column): a fact of the table.
        var everyRowReportsTwoPsychologists = true
        dataset.groupSessions = try optional(.groupSessions) { r, row in
            if row.isNull(4) { everyRowReportsTwoPsychologists = false }
            return GroupSessionRow(
                network: try r.text(row, 0), month: try r.month(row, 1), function: try r.code(row, 2), sessions: try r.int64(row, 3),
                sessionsTwoPsychologists: row.isNull(4) ? 0 : try r.int64(row, 4))
        }
        dataset.twoPsychologistSessionsReported = dataset.groupSessions != nil && everyRowReportsTwoPsychologists
        dataset.operatingCosts = try optional(.operatingCosts) { r, row in
            OperatingCostRow(
                network: try r.text(row, 0), month: try r.month(row, 1), pseudocode: try r.int(row, 2),
                amount: Money(cents: try r.int64(row, 3)))
        }
        dataset.beneficiaries = try optional(.beneficiaries) { r, row in
            let function: String = try r.text(row, 2)
            return BeneficiaryRow(
                network: try r.text(row, 0), year: try r.int(row, 1),
                function: function == "all" ? nil : try r.code(row, 2) as CareFunction,
                ageBand: try r.code(row, 3), bim: try r.code(row, 4), beneficiaries: try r.int64(row, 5))
        }
        dataset.waits = try optional(.waits) { r, row in
            WaitRow(
                network: try r.text(row, 0), month: try r.month(row, 1), function: try r.code(row, 2), ageBand: try r.code(row, 3),
                bucket: try r.code(row, 4), count: try r.int64(row, 5))
        }
        dataset.budget = try optional(.budget) { r, row in
            BudgetRow(
                network: try r.text(row, 0), year: try r.int(row, 1), line: try r.code(row, 2), amount: Money(cents: try r.int64(row, 3)))
        }
        dataset.outcomes = try optional(.outcomes) { r, row in
            OutcomeRow(
                network: try r.text(row, 0), year: try r.int(row, 1), function: try r.code(row, 2), instrument: try r.text(row, 3),
                pairs: try r.int64(row, 4), improved: try r.int64(row, 5), unchanged: try r.int64(row, 6),
                deteriorated: try r.int64(row, 7), recovered: row.isNull(8) ? nil : try r.int64(row, 8))
        }
        dataset.experience = try optional(.experience) { r, row in
            ExperienceRow(
                network: try r.text(row, 0), year: try r.int(row, 1), instrument: try r.text(row, 2),
                respondents: try r.int64(row, 3), satisfied: try r.int64(row, 4))
        }
        dataset.workforce = try optional(.workforce) { r, row in
            WorkforceRow(
                network: try r.text(row, 0), year: try r.int(row, 1), providers: try r.int64(row, 2),
                fteHundredths: row.isNull(3) ? nil : try r.int64(row, 3), trained: try r.int64(row, 4),
                intervisionSessions: try r.int64(row, 5), providersSurveyed: try r.int64(row, 6), providersSatisfied: try r.int64(row, 7))
        }
        dataset.outreachSites = try optional(.outreachSites) { r, row in
            OutreachSiteRow(
                network: try r.text(row, 0), year: try r.int(row, 1), siteType: try r.code(row, 2), sites: try r.int64(row, 3),
                sessions: try r.int64(row, 4))
        }
        dataset.sources = TableKind.allCases.compactMap { kind in sources.first { $0.table == kind.name } }
        return dataset
    }

    /// The stored rows of `table` in key order (`TableKind.selectStatement`), each decoded by `decode`.
    private func read<Row>(_ table: TableKind, _ decode: (RowDecoder, ResultRow) throws -> Row) throws -> [Row] {
        var rows: [Row] = []
        let decoder = RowDecoder(table: table.name)
        try connection.forEachRow(table.selectStatement) { row in rows.append(try decode(decoder, row)) }
        return rows
    }
}

/// Typed access to a stored row's columns; a value outside the contract is FA3030 (naming table and column, not the value).
private struct RowDecoder {
    let table: String

    private func invalid(_ column: Int, _ expected: String) -> DiagnosticError {
        DiagnosticError.database(
            .databaseInvalidRow, exitCode: .dataError,
            "table fiveaim.\(table), column \(column + 1): a stored value is not \(expected); the database was changed outside fiveaim (re-import the dataset)"
        )
    }

    func text(_ row: ResultRow, _ column: Int) throws -> String {
        guard let value = row.text(column) else { throw invalid(column, "present") }
        return value
    }

    func int64(_ row: ResultRow, _ column: Int) throws -> Int64 {
        guard let value = row.int64(column) else { throw invalid(column, "a whole number") }
        return value
    }

    func int(_ row: ResultRow, _ column: Int) throws -> Int { Int(try int64(row, column)) }

    func code<T: RawRepresentable>(_ row: ResultRow, _ column: Int) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try text(row, column)) else { throw invalid(column, "one of the contract's codes") }
        return value
    }

    func month(_ row: ResultRow, _ column: Int) throws -> YearMonth {
        let value = try text(row, column)
        let parts = value.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else {
            throw invalid(column, "a month")
        }
        return YearMonth(year: year, month: month)
    }
}
