import FiveAim
import FiveAimPostgres
import Foundation
import Testing

/// `fiveaim db import` against a real server: what goes in comes back out, twice is once, and
/// a failure anywhere leaves the database as it was.
@Suite(.enabled(if: PostgresTestSupport.enabled))
struct ImportTests {
    typealias Support = PostgresTestSupport

    @Test func anImportedDatasetReadsBackEqualToTheDirectory() throws {
        let directory = try Support.dataset(Fixtures.small)
        try Support.withFreshDatabase { url in
            let summary = try Support.importDirectory(directory, into: url)
            #expect(summary.networks == ["ADS", "BRUMENTA"])
            #expect(summary.tables.first { $0.table == "activity" } == TableChange(table: "activity", deleted: 0, inserted: 5))
            #expect(summary.files.count == 8)
            #expect(summary.files.allSatisfy { $0.sha256.count == 64 })
            Support.expectSameContent(try Support.readDatabase(url), try Support.readDirectory(directory))
        }
    }

    @Test func twoPsychologistSessionsRoundTripPresentAndAbsent() throws {
        // Without the column (the small fixture): stored as NULL, read back as not reported.
        try Support.withFreshDatabase { url in
            try Support.importDirectory(try Support.dataset(Fixtures.small), into: url)
            let stored = try PostgresConnection(url).execute(
                "SELECT sessions, sessions_two_psychologists IS NULL FROM fiveaim.group_sessions")
            #expect(stored.rows == [["3", "t"]])
            let dataset = try Support.readDatabase(url)
            #expect(!dataset.twoPsychologistSessionsReported)
            #expect(dataset.groupSessions?.map(\.sessionsTwoPsychologists) == [0])
        }
        // With it: 1 of the 3 sessions co-led, read back as reported.
        var files = Fixtures.small
        files["group_sessions.csv"] = "network,month,function,sessions,sessions_two_psychologists\nADS,2025-04,1,3,1\n"
        let directory = try Support.dataset(files)
        try Support.withFreshDatabase { url in
            try Support.importDirectory(directory, into: url)
            let dataset = try Support.readDatabase(url)
            #expect(dataset.twoPsychologistSessionsReported)
            #expect(dataset.groupSessions?.map(\.sessionsTwoPsychologists) == [1])
            Support.expectSameContent(dataset, try Support.readDirectory(directory))
        }
    }

    @Test func aTextValueHoldingSQLIsStoredAndReadBackAsText() throws {
        let directory = try Support.dataset(Fixtures.small)
        try Support.withFreshDatabase { url in
            try Support.importDirectory(directory, into: url)
            let dataset = try Support.readDatabase(url)
            #expect(dataset.outcomes?.contains { $0.instrument == "'); DROP TABLE activity; --" } == true)
            #expect(dataset.experience?.first?.instrument == "pipe|here \"quoted\" back\\\\slash")
            let stored = try PostgresConnection(url).execute("SELECT instrument FROM fiveaim.outcomes WHERE network = \("ADS")")
            #expect(stored.rows == [["'); DROP TABLE activity; --"]])
            let activity = try PostgresConnection(url).execute("SELECT count(*) FROM fiveaim.activity")
            #expect(activity.rows == [["5"]])
        }
    }

    @Test func aSecondIdenticalImportChangesNoContent() throws {
        let directory = try Support.dataset(Fixtures.small)
        try Support.withFreshDatabase { url in
            try Support.importDirectory(directory, into: url)
            let first = try Support.contentDigest(url)
            let again = try Support.importDirectory(directory, into: url)
            #expect(try Support.contentDigest(url) == first)
            #expect(again.tables.first { $0.table == "activity" } == TableChange(table: "activity", deleted: 5, inserted: 5))
            let imports = try PostgresConnection(url).execute("SELECT count(*) FROM fiveaim.imports")
            #expect(imports.rows == [["2"]])
        }
    }

    @Test func anImportReplacesOnlyTheSlicesItContains() throws {
        try Support.withFreshDatabase { url in
            try Support.importDirectory(try Support.dataset(Fixtures.small), into: url)
            // A correction for BRUMENTA, March 2025: one row where there were two.
            let correction = try Support.dataset(Fixtures.activity(network: "BRUMENTA", month: "2025-03", units: 99))
            let summary = try Support.importDirectory(correction, into: url)
            #expect(summary.tables == [TableChange(table: "activity", deleted: 2, inserted: 1)])
            let rows = try PostgresConnection(url).execute(
                """
                SELECT network, to_char(month, 'YYYY-MM'), units FROM fiveaim.activity ORDER BY network, month, pseudocode, age_band, bim
                """
            ).rows
            #expect(
                rows == [
                    ["ADS", "2025-03", "2"], ["ADS", "2025-04", "12"], ["BRUMENTA", "2025-03", "99"], ["BRUMENTA", "2025-04", "6"],
                ])
            // Tables the correction does not carry are untouched.
            #expect(try PostgresConnection(url).execute("SELECT count(*) FROM fiveaim.population").rows == [["2"]])
        }
    }

    @Test func aBadRowLateInTheLastFileIsRefusedBeforeAnyWrite() throws {
        var files = Fixtures.small
        // Sessions at no site (FA2072), on the last line of the last file.
        files["outreach_sites.csv"] = files["outreach_sites.csv"]! + "\nADS,2024,school,0,5"
        let bad = try Support.dataset(files)
        try Support.withFreshDatabase { url in
            try Support.importDirectory(try Support.dataset(Fixtures.activity(network: "ADS", month: "2025-03", units: 7)), into: url)
            let before = try Support.contentDigest(url)
            let error = #expect(throws: DiagnosticError.self) { try Support.importDirectory(bad, into: url) }
            #expect(error?.diagnostics.map(\.code) == [.outreachSessionsWithoutSites])
            #expect(error?.diagnostics.first?.location?.line == 5)
            #expect(try Support.contentDigest(url) == before)
            #expect(try PostgresConnection(url).execute("SELECT count(*) FROM fiveaim.imports").rows == [["1"]])
        }
    }

    @Test func aConnectionKilledDuringCopyLeavesTheDatabaseAsBefore() throws {
        try Support.withFreshDatabase { url in
            try Support.importDirectory(try Support.dataset(Fixtures.small), into: url)
            let before = try Support.contentDigest(url)
            let killer = try PostgresConnection(url)
            let victim = try PostgresConnection(url)
            let pid = victim.backendPID
            var killed = false
            let importer = DatasetImporter(connection: victim) { event in
                if case .copying(table: "activity", _) = event, !killed {
                    killed = true
                    _ = try? killer.execute("SELECT pg_terminate_backend(\(pid))")
                }
            }
            let changed = try Support.dataset(Fixtures.activity(network: "BRUMENTA", month: "2025-03", units: 1, rows: 40))
            let error = #expect(throws: DiagnosticError.self) {
                try importer.importDirectory(changed, reference: Support.reference, options: Support.options)
            }
            #expect(killed)
            #expect(error?.diagnostics.first?.code == .databaseConnectionLost)
            #expect(!victim.isOpen)
            #expect(try Support.contentDigest(url) == before)
            #expect(try PostgresConnection(url).execute("SELECT count(*) FROM fiveaim.imports").rows == [["1"]])
        }
    }

    @Test func aDatasetWithItsOwnNetworksAndTariffsReplacesThoseInForce() throws {
        let files = [
            "networks.csv": "network,name,target_group,region\nNETA,Adult test network,adult,VL\nNETB,Child test network,child,W\n",
            "tariffs.csv": "year,pseudocode,amount_eur,copay_bim_eur,copay_other_eur\n2025,726530,80.00,4.00,11.00\n",
            "activity.csv":
                "network,month,pseudocode,age_band,bim,units\nNETA,2025-03,726530,24-64,no,10\nNETB,2025-03,726530,12-14,yes,3\n",
        ]
        let directory = try Support.dataset(files)
        try Support.withFreshDatabase { url in
            let summary = try Support.importDirectory(directory, into: url)
            #expect(summary.networksReplaced)
            #expect(summary.tariffYears == [2025])
            let dataset = try Support.readDatabase(url)
            Support.expectSameContent(dataset, try Support.readDirectory(directory))
            #expect(dataset.networks.map(\.code) == ["NETA", "NETB"])
            #expect(dataset.tariffs.filter { $0.year == 2025 }.count == 1)
        }
    }

    @Test func anImportWhoseNetworksAreNotInForceIsRefused() throws {
        let own = [
            "networks.csv": "network,name,target_group,region\nNETA,Adult test network,adult,VL\n",
            "activity.csv": "network,month,pseudocode,age_band,bim,units\nNETA,2025-03,726530,24-64,no,10\n",
        ]
        try Support.withFreshDatabase { url in
            try Support.importDirectory(try Support.dataset(Fixtures.small), into: url)
            let before = try Support.contentDigest(url)
            // NETA's list would leave ADS and BRUMENTA rows without a network in force.
            let error = #expect(throws: DiagnosticError.self) { try Support.importDirectory(try Support.dataset(own), into: url) }
            #expect(error?.diagnostics.first?.code == .databaseUnknownNetwork)
            #expect(error?.diagnostics.first?.message.contains("ADS, BRUMENTA") == true)
            #expect(try Support.contentDigest(url) == before)
        }
    }

    @Test func anImportIntoADatabaseWithoutSchemaAsksForInit() throws {
        let directory = try Support.dataset(Fixtures.small)
        try Support.withFreshDatabase(initialised: false) { url in
            let error = #expect(throws: DiagnosticError.self) { try Support.importDirectory(directory, into: url) }
            #expect(error?.diagnostics.first?.code == .databaseSchemaMissing)
            #expect(
                error?.description
                    == "error: [FA3010] the database has no FiveAim schema, this fiveaim needs version \(Migration.latestVersion); run `fiveaim db init --db URL` first"
            )
        }
    }
}
