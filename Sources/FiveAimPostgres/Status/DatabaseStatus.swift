import FiveAim

/// What the warehouse holds: schema version, rows per table, networks × months coverage, last import.
public struct DatabaseStatus: Sendable {
    /// The schema version recorded (nil: no FiveAim schema).
    public var schemaVersion: Int?
    /// Codes of the networks in force.
    public var networksInForce: [String]
    /// Whether the networks in force come from an imported networks.csv.
    public var networksFromDatabase: Bool
    /// Months with activity, per network.
    public var coverage: [String: Set<YearMonth>]
    /// Stored rows per table, in contract order.
    public var tableRows: [(table: String, rows: Int64)]
    /// Imports committed so far.
    public var importCount: Int
    /// The latest import.
    public var lastImport: ImportRecord?

    /// A committed import as the log records it.
    public struct ImportRecord: Sendable, Hashable {
        /// Its number.
        public var id: Int64
        /// When it committed (UTC, ISO 8601).
        public var importedAt: String
        /// The role that imported it.
        public var importedBy: String
        /// The dataset directory as given.
        public var source: String
        /// Files read.
        public var files: Int
        /// Rows inserted.
        public var rows: Int64
        /// Networks whose slices it replaced.
        public var networks: Int
    }

    /// Reads the status (needs only fiveaim_reader).
    public static func load(connection: PostgresConnection, reference: ReferenceData) throws(DiagnosticError) -> DatabaseStatus {
        let migrator = SchemaMigrator(connection: connection)
        return try diagnosing {
            guard let version = try migrator.currentVersion() else {
                return DatabaseStatus(
                    schemaVersion: nil, networksInForce: [], networksFromDatabase: false, coverage: [:],
                    tableRows: [], importCount: 0, lastImport: nil)
            }
            try migrator.requireCurrent()
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? connection.execute("COMMIT") }
            let stored = try connection.execute("SELECT network FROM fiveaim.networks ORDER BY network").rows.compactMap { $0[0] }
            var coverage: [String: Set<YearMonth>] = [:]
            try connection.forEachRow("SELECT DISTINCT network, to_char(month, 'YYYY-MM') FROM fiveaim.activity ORDER BY 1, 2") { row in
                guard let network = row.text(0), let text = row.text(1) else { return }
                let parts = text.split(separator: "-")
                if parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) {
                    coverage[network, default: []].insert(YearMonth(year: year, month: month))
                }
            }
            let tables = ["networks", "tariffs"] + WarehouseTable.allCases.map(\.name)
            let counts = tables.map { "SELECT \(quoted($0)) AS t, count(*) AS n FROM fiveaim.\($0)" }.joined(separator: " UNION ALL ")
            var rows: [String: Int64] = [:]
            try connection.forEachRow(SQLQuery(unsafeRaw: counts)) { row in rows[row.text(0) ?? ""] = row.int64(1) }
            let ordered = TableKind.allCases.compactMap { kind in rows[kind.name].map { (kind.name, $0) } }
            let count = try connection.execute("SELECT count(*) FROM fiveaim.imports").rows.first?[0].flatMap { Int($0) } ?? 0
            let last = try connection.execute(
                """
                SELECT i.import_id, to_char(i.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), i.imported_by, i.source,
                       (SELECT count(*) FROM fiveaim.import_files f WHERE f.import_id = i.import_id),
                       (SELECT coalesce(sum(rows_inserted), 0) FROM fiveaim.import_tables t WHERE t.import_id = i.import_id),
                       (SELECT count(*) FROM fiveaim.import_networks n WHERE n.import_id = i.import_id)
                FROM fiveaim.imports i ORDER BY i.import_id DESC LIMIT 1
                """
            ).rows.first.map { row in
                ImportRecord(
                    id: Int64(row[0] ?? "") ?? 0, importedAt: row[1] ?? "", importedBy: row[2] ?? "", source: row[3] ?? "",
                    files: Int(row[4] ?? "") ?? 0, rows: Int64(row[5] ?? "") ?? 0, networks: Int(row[6] ?? "") ?? 0)
            }
            return DatabaseStatus(
                schemaVersion: version, networksInForce: stored.isEmpty ? reference.networks.map(\.code) : stored,
                networksFromDatabase: !stored.isEmpty, coverage: coverage, tableRows: ordered,
                importCount: count, lastImport: last)
        }
    }

    /// The printed form of `fiveaim db status`.
    public func render() -> String {
        guard let schemaVersion else { return "no FiveAim schema in this database; run `fiveaim db init --db URL`" }
        var lines = ["schema version: \(schemaVersion)"]
        let source = networksFromDatabase ? "from an imported networks.csv" : "the shipped list"
        lines.append("networks in force: \(networksInForce.count) (\(source)); with activity: \(coverage.count)")
        lines.append("rows:")
        for entry in tableRows { lines.append("  \(entry.table.padded(16)) \(String(entry.rows).leftPadded(10))") }
        let months = coverage.values.reduce(into: Set<YearMonth>()) { $0.formUnion($1) }
        if let first = months.min(), let last = months.max() {
            lines.append("activity: \(first) to \(last)")
            lines.append("coverage (# activity loaded, . none), months January to December:")
            let width = max(16, (networksInForce + Array(coverage.keys)).map(\.count).max() ?? 0)
            lines.append(
                ("  " + "".padded(width) + " " + (first.year...last.year).map { String($0).padded(13) }.joined(separator: " "))
                    .trimmingTrailingSpaces())
            let codes = Set(networksInForce).union(coverage.keys).sorted()
            for code in codes {
                let loaded = coverage[code] ?? []
                let grid = (first.year...last.year).map { year in
                    String(
                        (1...12).map { month -> Character in
                            let value = YearMonth(year: year, month: month)
                            if value < first || value > last { return " " }
                            return loaded.contains(value) ? "#" : "."
                        }) + " "
                }.joined(separator: " ")
                let marker = Set(networksInForce).contains(code) ? "" : "  (not in force)"
                // A code read back from a database edited by hand is untrusted: shown with its controls escaped.
                lines.append("  " + UntrustedText.escaped(code).padded(width) + " " + grid.trimmingTrailingSpaces() + marker)
            }
        } else {
            lines.append("activity: none loaded")
        }
        if let lastImport {
            lines.append(
                "imports: \(importCount); last: #\(lastImport.id) at \(lastImport.importedAt) by \(UntrustedText.escaped(lastImport.importedBy)) from \(UntrustedText.escaped(lastImport.source)) (\(lastImport.files) files, \(lastImport.rows) rows, \(lastImport.networks) networks)"
            )
        } else {
            lines.append("imports: none")
        }
        return lines.joined(separator: "\n")
    }
}

/// A SQL string literal of a program constant (table names).
private func quoted(_ constant: String) -> String { "'" + constant.replacingAll("'", with: "''") + "'" }

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
