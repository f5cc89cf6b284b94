import FiveAim
import FiveAimPostgres
import Foundation
import Testing

/// Issue 18: row-level security. Every test logs in with non-superuser roles (a superuser bypasses the policies);
/// the test server's `fiveaim` superuser plays the administrator and the loader.
@Suite(.enabled(if: PostgresTestSupport.enabled))
struct RowLevelSecurityTests {
    typealias Support = PostgresTestSupport

    /// Login roles created for one test, dropped afterwards.
    final class Roles {
        let admin: PostgresConnection
        let url: String
        private(set) var names: [String] = []

        init(url: String) throws {
            self.url = url
            admin = try PostgresConnection(url)
        }

        /// Creates a login role `<prefix>_<random>` (password = its name) and returns its name.
        func create(_ prefix: String) throws -> String {
            let name = "\(prefix)_\(UUID().uuidString.lowercased().prefix(8))"
            try admin.execute(SQLQuery(unsafeRaw: "CREATE ROLE \(name) LOGIN PASSWORD '\(name)'"))
            names.append(name)
            return name
        }

        /// The database's URL as `role` (password = its name).
        func url(as role: String) throws -> String {
            var components = try #require(URLComponents(string: url))
            components.user = role
            components.password = role
            return components.string!
        }

        /// A connection as `role`.
        func login(_ role: String) throws -> PostgresConnection { try PostgresConnection(try url(as: role)) }

        deinit {
            for name in names {
                _ = try? admin.execute(SQLQuery(unsafeRaw: "REASSIGN OWNED BY \(name) TO CURRENT_USER"))
                _ = try? admin.execute(SQLQuery(unsafeRaw: "DROP OWNED BY \(name)"))
                _ = try? admin.execute(SQLQuery(unsafeRaw: "DROP ROLE \(name)"))
            }
        }
    }

    static let shippedCodes = Set(Support.reference.networks.map(\.code))

    /// Fixtures.small (ADS, BRUMENTA) plus national beneficiaries (`BE`) and ADS's, imported by the administrator.
    static func loadTwoNetworksAndNational(_ url: String) throws {
        var files = Fixtures.small
        files["beneficiaries.csv"] = """
            network,year,function,age_band,bim,beneficiaries
            BE,2025,all,24-64,no,900
            ADS,2025,all,24-64,no,40
            """
        try Support.importDirectory(try Support.dataset(files), into: url)
    }

    @Test func aCoordinatorThroughPlainSQLSeesOnlyHerNetworkAndTheNationalRowsAndCannotChangeAnother() throws {
        try Support.withFreshDatabase { url in
            try Self.loadTwoNetworksAndNational(url)
            let roles = try Roles(url: url)
            let alice = try roles.create("coord")
            try RoleGrants(connection: roles.admin).grant(.coordinator(networks: ["ADS"]), to: alice, networksInForce: Self.shippedCodes)
            let before = try Support.contentDigest(url)
            let sql = try roles.login(alice)
            // Fixtures.small: activity ADS 2 rows, BRUMENTA 3 rows; she sees ADS's 2.
            #expect(
                try sql.execute("SELECT network, count(*) FROM fiveaim.activity GROUP BY network ORDER BY network").rows == [["ADS", "2"]])
            // Beneficiaries: ADS 40 and the national BE 900; both readable.
            #expect(
                try sql.execute("SELECT network, beneficiaries FROM fiveaim.beneficiaries ORDER BY network").rows == [
                    ["ADS", "40"], ["BE", "900"],
                ])
            #expect(try sql.execute("SELECT DISTINCT network FROM fiveaim.population ORDER BY 1").rows == [["ADS"]])
            // BRUMENTA's rows are invisible to DELETE: 0 rows affected.
            #expect(try sql.execute("DELETE FROM fiveaim.activity WHERE network = 'BRUMENTA'").affectedRows == 0)
            #expect(try sql.execute("DELETE FROM fiveaim.population WHERE network <> 'ADS'").affectedRows == 0)
            // Neither national rows: visible, but not hers to delete.
            #expect(try sql.execute("DELETE FROM fiveaim.beneficiaries WHERE network = 'BE'").affectedRows == 0)
            // UPDATE is no coordinator's privilege; INSERT of another network's row violates the policy (42501 both).
            let update = #expect(throws: PostgresError.self) {
                try sql.execute("UPDATE fiveaim.activity SET units = 0 WHERE network = 'BRUMENTA'")
            }
            #expect(update?.sqlState == "42501")
            let insert = #expect(throws: PostgresError.self) {
                try sql.execute("INSERT INTO fiveaim.activity VALUES ('BRUMENTA', '2025-05-01', 726530, '24-64', 'no', 99)")
            }
            #expect(insert?.sqlState == "42501")
            let national = #expect(throws: PostgresError.self) {
                try sql.execute("INSERT INTO fiveaim.beneficiaries VALUES ('BE', 2024, 'all', '24-64', 'no', 1)")
            }
            #expect(national?.sqlState == "42501")
            let networks = #expect(throws: PostgresError.self) { try sql.execute("DELETE FROM fiveaim.networks") }
            #expect(networks?.sqlState == "42501")
            // The administrator's import is not hers: the import log shows her none.
            #expect(try sql.execute("SELECT count(*) FROM fiveaim.imports").rows == [["0"]])
            #expect(try sql.execute("SELECT count(*) FROM fiveaim.import_files").rows == [["0"]])
            // The mapping shows her own row only.
            #expect(try sql.execute("SELECT role::text, network FROM fiveaim.role_networks").rows == [[alice, "ADS"]])
            #expect(try Support.contentDigest(url) == before)
        }
    }

    @Test func aCoordinatorSeesAndChangesOnlyHerNetworksOutreachSites() throws {
        try Support.withFreshDatabase { url in
            try Self.loadTwoNetworksAndNational(url)
            let roles = try Roles(url: url)
            let alice = try roles.create("coord")
            try RoleGrants(connection: roles.admin).grant(.coordinator(networks: ["ADS"]), to: alice, networksInForce: Self.shippedCodes)
            let before = try Support.contentDigest(url)
            let sql = try roles.login(alice)
            // Fixtures.small: outreach_sites ADS 2 rows, BRUMENTA 1 row; she sees ADS's.
            #expect(try sql.execute("SELECT network, count(*) FROM fiveaim.outreach_sites GROUP BY network").rows == [["ADS", "2"]])
            #expect(try sql.execute("DELETE FROM fiveaim.outreach_sites WHERE network = 'BRUMENTA'").affectedRows == 0)
            let insert = #expect(throws: PostgresError.self) {
                try sql.execute("INSERT INTO fiveaim.outreach_sites VALUES ('BRUMENTA', 2025, 'school', 1, 1)")
            }
            #expect(insert?.sqlState == "42501")
            #expect(try Support.contentDigest(url) == before)
            // Her own network's rows she may replace.
            #expect(try sql.execute("DELETE FROM fiveaim.outreach_sites WHERE network = 'ADS'").affectedRows == 2)
            try sql.execute("INSERT INTO fiveaim.outreach_sites VALUES ('ADS', 2025, 'school', 2, 9)")
            #expect(try sql.execute("SELECT sites, sessions FROM fiveaim.outreach_sites").rows == [["2", "9"]])
        }
    }

    @Test func aCoordinatorImportsHerNetworkKnownFromTheDatabaseAndIsRefusedAnothersOrTheReferenceLists() throws {
        // NEWNET is in no shipped list: only the database's networks (imported by the loader) make it valid.
        let networks = """
            network,name,target_group,region
            ADS,Netwerk GGZ ADS,adult,VL
            NEWNET,A new network,adult,W
            """
        try Support.withFreshDatabase { url in
            let roles = try Roles(url: url)
            let loader = try roles.create("loader")
            try RoleGrants(connection: roles.admin).grant(.loader, to: loader, networksInForce: Self.shippedCodes)
            var loaderFiles = Fixtures.activity(network: "ADS", month: "2025-03", units: 3, rows: 4)
            loaderFiles["networks.csv"] = networks
            _ = try DatasetImporter(connection: try roles.login(loader)).importDirectory(
                try Support.dataset(loaderFiles),
                reference: Support.reference, options: Support.options)
            let bea = try roles.create("coord")
            try RoleGrants(connection: roles.admin).grant(.coordinator(networks: ["NEWNET"]), to: bea, networksInForce: ["ADS", "NEWNET"])
            let asBea = try roles.login(bea)
            let own = try Support.dataset(Fixtures.activity(network: "NEWNET", month: "2025-03", units: 5, rows: 6))
            let summary = try DatasetImporter(connection: asBea).importDirectory(
                own, reference: Support.reference, options: Support.options)
            // 6 rows of 5 units landed; the log names her.
            #expect(summary.tables == [TableChange(table: "activity", deleted: 0, inserted: 6)])
            #expect(summary.importedBy == bea)
            #expect(
                try roles.admin.execute("SELECT count(*), sum(units) FROM fiveaim.activity WHERE network = 'NEWNET'").rows == [["6", "30"]])
            // She sees her import only (the loader's is #1, hers #2).
            #expect(try asBea.execute("SELECT import_id FROM fiveaim.imports").rows == [["2"]])
            let status = try DatabaseStatus.load(connection: asBea, reference: Support.reference)
            #expect(status.importCount == 1)
            #expect(status.lastImport?.id == 2)

            let before = try Support.contentDigest(url)
            let importsBefore = try roles.admin.execute("SELECT count(*) FROM fiveaim.imports").rows
            // A dataset holding ADS's rows too: refused before the transaction, nothing changed.
            var mixed = Fixtures.activity(network: "NEWNET", month: "2025-04", units: 1, rows: 2)
            mixed["activity.csv"]! += "ADS,2025-04,726530,24-64,no,7\n"
            let refused = #expect(throws: DiagnosticError.self) {
                try DatasetImporter(connection: asBea).importDirectory(
                    try Support.dataset(mixed), reference: Support.reference, options: Support.options)
            }
            #expect(refused?.diagnostics.first?.code == .databaseImportNetworkNotGranted)
            #expect(
                refused?.diagnostics.first?.message
                    == "the dataset holds rows of ADS, and the role '\(bea)' may import NEWNET only (fiveaim db grant --network); remove those rows, or ask the loader to import them; nothing was imported"
            )
            // A dataset carrying networks.csv: the loader's only.
            var withNetworks = Fixtures.activity(network: "NEWNET", month: "2025-04", units: 1, rows: 2)
            withNetworks["networks.csv"] = networks
            let reference = #expect(throws: DiagnosticError.self) {
                try DatasetImporter(connection: asBea).importDirectory(
                    try Support.dataset(withNetworks), reference: Support.reference, options: Support.options)
            }
            #expect(reference?.diagnostics.first?.code == .databaseImportReferenceNotGranted)
            #expect(
                reference?.diagnostics.first?.message.hasPrefix("the dataset carries networks.csv, which only the loader may replace")
                    == true)
            #expect(try Support.contentDigest(url) == before)
            #expect(try roles.admin.execute("SELECT count(*) FROM fiveaim.imports").rows == importsBefore)
        }
    }

    @Test func theCommitteeReadsWhatTheOwnerReadsByteForByteAndImportsNothing() throws {
        try Support.withFreshDatabase { url in
            try Self.loadTwoNetworksAndNational(url)
            let roles = try Roles(url: url)
            let committee = try roles.create("committee")
            try RoleGrants(connection: roles.admin).grant(.committee, to: committee, networksInForce: Self.shippedCodes)
            let catalogue = try CatalogueLoader.load(folder: Support.catalog, reference: Support.reference)
            func indicators(_ connection: PostgresConnection) throws -> String {
                let dataset = try DatabaseReader.read(connection: connection, reference: Support.reference)
                let report = IndicatorEngine(catalogue: catalogue).report(
                    dataset, request: IndicatorRequest(periods: ReportPeriod.yearsPresent(in: dataset)))
                return IndicatorCSVWriter.write(report.results)
            }
            let owners = try indicators(roles.admin)
            let committees = try indicators(try roles.login(committee))
            #expect(owners.contains("BRUMENTA") && owners.contains("ADS"))
            #expect(committees == owners)
            let before = try Support.contentDigest(url)
            let refused = #expect(throws: DiagnosticError.self) {
                try DatasetImporter(connection: try roles.login(committee))
                    .importDirectory(
                        try Support.dataset(Fixtures.activity(network: "ADS", month: "2025-03", units: 1)),
                        reference: Support.reference, options: Support.options)
            }
            #expect(refused?.diagnostics.first?.code == .databasePermissionDenied)
            // Through plain SQL too: no write privilege at all.
            let sql = try roles.login(committee)
            let delete = #expect(throws: PostgresError.self) { try sql.execute("DELETE FROM fiveaim.activity") }
            #expect(delete?.sqlState == "42501")
            #expect(try Support.contentDigest(url) == before)
        }
    }

    @Test func revokingARoleRemovesItsAccessAtItsNextStatement() throws {
        try Support.withFreshDatabase { url in
            try Self.loadTwoNetworksAndNational(url)
            let roles = try Roles(url: url)
            let carol = try roles.create("coord")
            let grants = RoleGrants(connection: roles.admin)
            try grants.grant(.coordinator(networks: ["ADS", "BRUMENTA"]), to: carol, networksInForce: Self.shippedCodes)
            let open = try roles.login(carol)
            // ADS 2 + BRUMENTA 3 activity rows.
            #expect(try open.execute("SELECT count(*) FROM fiveaim.activity").rows == [["5"]])
            try grants.revoke(carol)
            // The same session, next statement: no table privilege left.
            let after = #expect(throws: PostgresError.self) { try open.execute("SELECT count(*) FROM fiveaim.activity") }
            #expect(after?.sqlState == "42501")
            #expect(try AccessList.load(connection: roles.admin).entries.contains { $0.role == carol } == false)
        }
    }

    @Test func aRevokedMappingHidesTheNetworkEvenWhileTheGroupRemains() throws {
        try Support.withFreshDatabase { url in
            try Self.loadTwoNetworksAndNational(url)
            let roles = try Roles(url: url)
            let dan = try roles.create("coord")
            try RoleGrants(connection: roles.admin).grant(.coordinator(networks: ["ADS"]), to: dan, networksInForce: Self.shippedCodes)
            let open = try roles.login(dan)
            #expect(try open.execute("SELECT count(*) FROM fiveaim.activity").rows == [["2"]])
            // The policy reads the mapping at each statement: removing the row hides ADS at once.
            try roles.admin.execute("DELETE FROM fiveaim.role_networks WHERE role = \(dan)")
            #expect(try open.execute("SELECT count(*) FROM fiveaim.activity").rows == [["0"]])
            // The national row stays readable: 1 BE beneficiaries row.
            #expect(try open.execute("SELECT network FROM fiveaim.beneficiaries").rows == [["BE"]])
        }
    }

    @Test func grantQuotesTheRoleAndChecksEveryCodeBeforeAnyStatement() throws {
        try Support.withFreshDatabase { url in
            let roles = try Roles(url: url)
            let grants = RoleGrants(connection: roles.admin)
            // A role whose name would end the statement if spliced in raw.
            let odd = "x\"; DROP TABLE fiveaim.activity; --"
            try roles.admin.execute("CREATE ROLE \(SQLIdentifier(odd)!) LOGIN")
            defer { _ = try? roles.admin.execute("DROP ROLE \(SQLIdentifier(odd)!)") }
            try grants.grant(.coordinator(networks: ["ADS"]), to: odd, networksInForce: Self.shippedCodes)
            #expect(try roles.admin.execute("SELECT to_regclass('fiveaim.activity') IS NOT NULL").rows == [["t"]])
            let list = try AccessList.load(connection: roles.admin)
            #expect(list.entries.first { $0.role == odd } == AccessList.Entry(role: odd, kinds: ["coordinator"], networks: ["ADS"]))
            try grants.revoke(odd)
            #expect(try roles.admin.execute("SELECT count(*) FROM fiveaim.role_networks").rows == [["0"]])

            let someone = try roles.create("coord")
            for (codes, expected) in [
                (["ads"], "--network: the value is not"), (["BE"], "--network BE:"),
                (["NOSUCH"], "--network NOSUCH: not a network in force"),
                (["ADS", "A'B"], "--network: the value is not"),
            ] {
                let refused = #expect(throws: DiagnosticError.self) {
                    try grants.grant(.coordinator(networks: codes), to: someone, networksInForce: Self.shippedCodes)
                }
                #expect(refused?.diagnostics.first?.code == .databaseGrantNetworkInvalid)
                #expect(refused?.diagnostics.first?.message.hasPrefix(expected) == true, "\(codes)")
            }
            // Nothing of the refused grants landed (ADS, valid, came with an invalid code).
            #expect(try roles.admin.execute("SELECT count(*) FROM fiveaim.role_networks").rows == [["0"]])
            let unknown = #expect(throws: DiagnosticError.self) { try grants.grant(.committee, to: "no_such_role_x", networksInForce: []) }
            #expect(unknown?.diagnostics.first?.code == .databaseRoleUnknown)
            let group = #expect(throws: DiagnosticError.self) { try grants.grant(.committee, to: "fiveaim_reader", networksInForce: []) }
            #expect(group?.diagnostics.first?.code == .databaseRoleUnknown)
        }
    }

    @Test func rolesListsEachRoleWithWhatItMayDo() throws {
        try Support.withFreshDatabase { url in
            let roles = try Roles(url: url)
            let grants = RoleGrants(connection: roles.admin)
            let coordinator = try roles.create("a_coord"), committee = try roles.create("b_committee"),
                loader = try roles.create("c_loader")
            try grants.grant(.coordinator(networks: ["BRUMENTA", "ADS"]), to: coordinator, networksInForce: Self.shippedCodes)
            try grants.grant(.committee, to: committee, networksInForce: Self.shippedCodes)
            try grants.grant(.loader, to: loader, networksInForce: Self.shippedCodes)
            let list = try AccessList.load(connection: roles.admin)
            let ours = AccessList(entries: list.entries.filter { [coordinator, committee, loader].contains($0.role) })
            #expect(
                ours.render() == """
                    \(coordinator): coordinator; networks ADS, BRUMENTA
                    \(committee): committee
                    \(loader): loader
                    """)
        }
    }

    @Test func theSchemasOwnerObeysTheForcedPoliciesAndCountsAsTheLoader() throws {
        try Support.withFreshDatabase(initialised: false) { url in
            let roles = try Roles(url: url)
            let owner = try roles.create("owner")
            try roles.admin.execute(
                SQLQuery(unsafeRaw: "DO $o$ BEGIN EXECUTE format('ALTER DATABASE %I OWNER TO \(owner)', current_database()); END $o$"))
            let asOwner = try roles.login(owner)
            try SchemaMigrator(connection: asOwner).migrate()
            #expect(try asOwner.execute("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user").rows == [["f", "f"]])
            // FORCE: the owner is subject to row-level security, so PostgreSQL refuses it a direct COPY FROM (0A000) …
            let copy = #expect(throws: PostgresError.self) {
                try asOwner.copyIn("COPY fiveaim.activity (network, month, pseudocode, age_band, bim, units) FROM STDIN") { _ in }
            }
            #expect(copy?.sqlState == "0A000")
            // … and its imports go through the temporary tables, as the loader's: Fixtures.small's 5 activity rows.
            let summary = try DatasetImporter(connection: asOwner).importDirectory(
                try Support.dataset(Fixtures.small),
                reference: Support.reference, options: Support.options)
            #expect(summary.tables.first { $0.table == "activity" } == TableChange(table: "activity", deleted: 0, inserted: 5))
            #expect(try DatabaseReader.read(connection: asOwner, reference: Support.reference).activity.count == 5)
            // The mapping is the owner's to write.
            let coordinator = try roles.create("coord")
            try asOwner.execute("INSERT INTO fiveaim.role_networks (role, network) VALUES (\(coordinator), 'ADS')")
            #expect(try asOwner.execute("SELECT count(*) FROM fiveaim.role_networks").rows == [["1"]])
        }
    }

    @Test func twoCoordinatorsImportTheirNetworksSideBySide() throws {
        let ads = try Support.dataset(Fixtures.activity(network: "ADS", month: "2025-03", units: 3, rows: 20))
        let brumenta = try Support.dataset(Fixtures.activity(network: "BRUMENTA", month: "2025-03", units: 5, rows: 30))
        try Support.withFreshDatabase { url in
            let roles = try Roles(url: url)
            let first = try roles.create("coord"), second = try roles.create("coord")
            let grants = RoleGrants(connection: roles.admin)
            try grants.grant(.coordinator(networks: ["ADS"]), to: first, networksInForce: Self.shippedCodes)
            try grants.grant(.coordinator(networks: ["BRUMENTA"]), to: second, networksInForce: Self.shippedCodes)
            let held = ConcurrencyTests.HeldImport(ads, into: try roles.url(as: first), hold: true)
            #expect(held.reachedCommit.wait(timeout: .now() + 60) == .success)
            // While ADS's coordinator holds her transaction open, BRUMENTA's runs to the end.
            let other = ConcurrencyTests.HeldImport(brumenta, into: try roles.url(as: second), hold: false)
            let otherFinished = other.finished.wait(timeout: .now() + 30) == .success
            held.release.signal()
            #expect(held.finished.wait(timeout: .now() + 60) == .success)
            if !otherFinished { _ = other.finished.wait(timeout: .now() + 60) }
            #expect(otherFinished, "the second coordinator waited for the first")
            _ = try held.result?.get()
            _ = try other.result?.get()
            // 20 rows × 3 units, 30 rows × 5 units.
            let rows = try roles.admin.execute(
                "SELECT network, count(*), sum(units) FROM fiveaim.activity GROUP BY network ORDER BY network"
            ).rows
            #expect(rows == [["ADS", "20", "60"], ["BRUMENTA", "30", "150"]])
            // Each sees her own network and her own import only.
            #expect(try roles.login(first).execute("SELECT DISTINCT network FROM fiveaim.activity").rows == [["ADS"]])
            #expect(try roles.login(second).execute("SELECT count(*) FROM fiveaim.imports").rows == [["1"]])
        }
    }

    @Test func aCoordinatorsFiguresForHerNetworkEqualTheOwnersForIt() throws {
        try Support.withFreshDatabase { url in
            try Self.loadTwoNetworksAndNational(url)
            let roles = try Roles(url: url)
            let erin = try roles.create("coord")
            try RoleGrants(connection: roles.admin).grant(.coordinator(networks: ["ADS"]), to: erin, networksInForce: Self.shippedCodes)
            let catalogue = try CatalogueLoader.load(folder: Support.catalog, reference: Support.reference)
            func indicators(_ connection: PostgresConnection, _ selection: NetworkSelection) throws -> String {
                let dataset = try DatabaseReader.read(connection: connection, reference: Support.reference)
                let request = IndicatorRequest(periods: ReportPeriod.yearsPresent(in: dataset), networks: selection)
                return IndicatorCSVWriter.write(IndicatorEngine(catalogue: catalogue).report(dataset, request: request).results)
            }
            let owners = try indicators(roles.admin, .network("ADS"))
            #expect(owners.split(separator: "\n").count > 5)
            #expect(try indicators(try roles.login(erin), .network("ADS")) == owners)
            // BRUMENTA's rows are invisible to her: its activity never enters her figures.
            let hers = try DatabaseReader.read(connection: try roles.login(erin), reference: Support.reference)
            #expect(Set(hers.activity.map(\.network)) == ["ADS"])
        }
    }
}
