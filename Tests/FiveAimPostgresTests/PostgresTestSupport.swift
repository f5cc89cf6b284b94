import FiveAim
import FiveAimPostgres
import FiveAimTestFixtures
import Foundation
import Testing

/// Shared helpers for the database tests: a real PostgreSQL server (scripts/postgres-start.sh), one
/// fresh database per test so that tests run in parallel.
enum PostgresTestSupport {
    /// The server's URL, from `FIVEAIM_TEST_DATABASE_URL` (scripts/test.sh always sets it).
    static let serverURL: String? = ProcessInfo.processInfo.environment["FIVEAIM_TEST_DATABASE_URL"]

    /// Whether the database tests run: always in CI (where a missing server is a failure), and
    /// locally when a server was started.
    static let enabled: Bool = serverURL != nil || ProcessInfo.processInfo.environment["CI"] != nil

    /// The project's root folder.
    static var projectRoot: String { ProjectFixtures.root }

    /// The shipped catalogue folder.
    static var catalog: String { ProjectFixtures.catalog }

    /// The shipped reference data.
    static var reference: ReferenceData { ProjectFixtures.reference }

    /// The run month fixtures are validated at.
    static var runMonth: YearMonth { ProjectFixtures.runMonth }

    /// Read options at the test run month.
    static var options: DatasetReadOptions { DatasetReadOptions(problemLimit: 1, runMonth: runMonth) }

    /// The URL of database `name` on the test server.
    static func url(database name: String) throws -> String {
        guard let serverURL else {
            Issue.record("FIVEAIM_TEST_DATABASE_URL is not set: start a server with scripts/postgres-start.sh (scripts/test.sh does)")
            throw TestDatabaseError.noServer
        }
        guard var components = URLComponents(string: serverURL) else { throw TestDatabaseError.noServer }
        components.path = "/" + name
        return components.string!
    }

    /// Runs `body` with the URL of a new, empty database, dropped afterwards.
    static func withFreshDatabase<T>(initialised: Bool = true, _ body: (String) throws -> T) throws -> T {
        let name = "fiveaim_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresConnection(try url(database: "postgres"))
        try admin.execute(SQLQuery(unsafeRaw: "CREATE DATABASE \(name)"))
        defer { _ = try? admin.execute(SQLQuery(unsafeRaw: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")) }
        let databaseURL = try url(database: name)
        if initialised {
            try SchemaMigrator(connection: try PostgresConnection(databaseURL)).migrate()
        }
        return try body(databaseURL)
    }

    /// A fresh empty temporary folder.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fiveaim-pg-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Writes files (name → text) into a fresh folder and returns it.
    static func dataset(_ files: [String: String]) throws -> String {
        let folder = try temporaryFolder()
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return folder
    }

    /// Imports `directory` into the database at `url`.
    @discardableResult
    static func importDirectory(_ directory: String, into url: String, observer: ((ImportEvent) -> Void)? = nil) throws -> ImportSummary {
        let connection = try PostgresConnection(url)
        return try DatasetImporter(connection: connection, observer: observer)
            .importDirectory(directory, reference: reference, options: options)
    }

    /// An md5 per data table of its rows in key order: equal digests mean equal content.
    static func contentDigest(_ url: String) throws -> [String: String] {
        let connection = try PostgresConnection(url)
        let tables = [
            "networks", "tariffs", "population", "activity", "group_sessions", "operating_costs", "beneficiaries", "waits",
            "budget", "outcomes", "experience", "workforce", "outreach_sites",
        ]
        var digests: [String: String] = [:]
        for table in tables {
            let sql = "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM fiveaim.\(table) t"
            digests[table] = try connection.execute(SQLQuery(unsafeRaw: sql)).rows.first?.first ?? nil
        }
        return digests
    }

    /// Reads the dataset stored at `url`.
    static func readDatabase(_ url: String) throws -> Dataset {
        try DatabaseReader.read(connection: try PostgresConnection(url), reference: reference)
    }

    /// Reads a dataset directory as `fiveaim validate` does.
    static func readDirectory(_ directory: String) throws -> Dataset {
        try DatasetReader.read(directory: directory, reference: reference, options: options)
    }

    /// Expects two datasets to hold the same rows in every table (row order aside), the same
    /// networks and tariffs in force, and the same rows per table.
    static func expectSameContent(_ database: Dataset, _ files: Dataset, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(Set(database.networks) == Set(files.networks), "networks", sourceLocation: sourceLocation)
        #expect(database.networksFromDataset == files.networksFromDataset, "networks from dataset", sourceLocation: sourceLocation)
        #expect(Set(database.tariffs) == Set(files.tariffs), "tariffs", sourceLocation: sourceLocation)
        #expect(database.tariffs.count == files.tariffs.count, "tariff count", sourceLocation: sourceLocation)
        #expect(Set(database.activity) == Set(files.activity), "activity", sourceLocation: sourceLocation)
        #expect(database.activity.count == files.activity.count, "activity count", sourceLocation: sourceLocation)
        #expect(database.population.map(Set.init) == files.population.map(Set.init), "population", sourceLocation: sourceLocation)
        #expect(database.groupSessions.map(Set.init) == files.groupSessions.map(Set.init), "group_sessions", sourceLocation: sourceLocation)
        #expect(
            database.twoPsychologistSessionsReported == files.twoPsychologistSessionsReported, "sessions_two_psychologists reported",
            sourceLocation: sourceLocation)
        #expect(
            database.operatingCosts.map(Set.init) == files.operatingCosts.map(Set.init), "operating_costs", sourceLocation: sourceLocation)
        #expect(database.beneficiaries.map(Set.init) == files.beneficiaries.map(Set.init), "beneficiaries", sourceLocation: sourceLocation)
        #expect(database.waits.map(Set.init) == files.waits.map(Set.init), "waits", sourceLocation: sourceLocation)
        #expect(database.budget.map(Set.init) == files.budget.map(Set.init), "budget", sourceLocation: sourceLocation)
        #expect(database.outcomes.map(Set.init) == files.outcomes.map(Set.init), "outcomes", sourceLocation: sourceLocation)
        #expect(database.experience.map(Set.init) == files.experience.map(Set.init), "experience", sourceLocation: sourceLocation)
        #expect(database.workforce.map(Set.init) == files.workforce.map(Set.init), "workforce", sourceLocation: sourceLocation)
        #expect(
            database.outreachSites.map(Set.init) == files.outreachSites.map(Set.init), "outreach_sites", sourceLocation: sourceLocation)
        func rowsPerTable(_ dataset: Dataset) -> [String: Int] {
            dataset.sources.reduce(into: [:]) { $0[$1.table, default: 0] += $1.rows }
        }
        #expect(rowsPerTable(database) == rowsPerTable(files), "rows per table", sourceLocation: sourceLocation)
    }
}

/// Why a test database could not be had.
enum TestDatabaseError: Error {
    case noServer
}

/// Small datasets written inline: they double as documentation of what an import does.
enum Fixtures {
    /// Two adult networks, two months, a text column holding SQL.
    static let small: [String: String] = [
        "activity.csv": """
        network,month,pseudocode,age_band,bim,units
        BRUMENTA,2025-03,726530,24-64,no,10
        BRUMENTA,2025-03,726530,24-64,yes,4
        BRUMENTA,2025-04,726552,18-23,no,6
        ADS,2025-03,726530,65+,unknown,2
        ADS,2025-04,726412,unknown,unknown,12
        """,
        "group_sessions.csv": """
        network,month,function,sessions
        ADS,2025-04,1,3
        """,
        "population.csv": """
        network,year,population,population_bim
        BRUMENTA,2025,1200000,300000
        ADS,2025,500000,90000
        """,
        "outcomes.csv": """
        network,year,function,instrument,pairs,improved,unchanged,deteriorated,recovered
        BRUMENTA,2025,2,core10,20,9,8,3,4
        ADS,2025,3,"'); DROP TABLE activity; --",10,6,3,1,
        """,
        "experience.csv": """
        network,year,instrument,respondents,satisfied
        ADS,2025,"pipe|here ""quoted"" back\\\\slash",30,25
        """,
        "workforce.csv": """
        network,year,providers,fte,trained,intervision_sessions,providers_surveyed,providers_satisfied
        BRUMENTA,2025,40,31.5,30,12,20,15
        ADS,2025,25,,20,6,10,9
        """,
        "outreach_sites.csv": """
        network,year,site_type,sites,sessions
        BRUMENTA,2025,general_practice,6,140
        ADS,2026,employment_service,2,0
        ADS,2025,school,0,0
        """,
        "budget.csv": """
        network,year,line,amount_eur
        BRUMENTA,2025,care_base,1234567.89
        ADS,2025,operating,1000
        """,
    ]

    /// `activity` of one network and month with a given unit count (for slice replacement and concurrency).
    static func activity(network: String, month: String, units: Int, rows: Int = 1) -> [String: String] {
        let codes = [726530, 726552, 726574, 726596, 726611]
        let bands = ["18-23", "24-64", "65+"]
        let statuses = ["yes", "no", "unknown"]
        var lines = ["network,month,pseudocode,age_band,bim,units"]
        var count = 0
        outer: for code in codes {
            for band in bands {
                for status in statuses {
                    if count == rows { break outer }
                    lines.append("\(network),\(month),\(code),\(band),\(status),\(units)")
                    count += 1
                }
            }
        }
        return ["activity.csv": lines.joined(separator: "\n") + "\n"]
    }
}
