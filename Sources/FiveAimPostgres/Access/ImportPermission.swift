import FiveAim

/// What the connected role may import (migration 5): everything (the loader, the schema's owner), or the rows of
/// the networks mapped to it (a coordinator). Checked before an import's transaction opens, so that a refused
/// import changes nothing and says why; the row-level policies enforce the same rule for any other client.
struct ImportPermission: Sendable, Equatable {
    /// The loader or the owner: every network, the networks list, the tariffs.
    var writesAll: Bool
    /// The networks mapped to the role (`fiveaim.role_networks`).
    var networks: Set<String>
    /// The role's name, for messages.
    var role: String

    /// Reads the connected role's permission.
    static func load(connection: PostgresConnection) throws -> ImportPermission {
        let writesAll = try connection.execute("SELECT fiveaim.writes_all_networks()").rows.first?.first == "t"
        let networks = try connection.execute("SELECT network FROM fiveaim.role_networks WHERE role = current_user").rows.compactMap {
            $0[0]
        }
        let role = try connection.execute("SELECT current_user::text").rows.first?.first ?? nil
        return ImportPermission(writesAll: writesAll, networks: Set(networks), role: role ?? "")
    }

    /// Refuses a dataset carrying networks.csv or tariffs.csv (FA3043), or rows of a network not mapped to the role,
    /// `BE` included (FA3042); a role that is neither the loader nor mapped to a network may import nothing (FA3004).
    func check(_ dataset: Dataset, networks touched: [String]) throws(DiagnosticError) {
        if writesAll { return }
        let role = UntrustedText.quoted(self.role)
        guard !networks.isEmpty else {
            throw DiagnosticError.database(
                .databasePermissionDenied, exitCode: .ioError,
                "the role \(role) may import nothing: it is neither the loader (fiveaim_writer) nor a network's coordinator (fiveaim db grant --network); the committee (fiveaim_reader) reads only; nothing was imported"
            )
        }
        var carried: [String] = []
        if dataset.networksFromDataset { carried.append("networks.csv") }
        if !dataset.tariffs.isEmpty { carried.append("tariffs.csv") }
        guard carried.isEmpty else {
            throw DiagnosticError.database(
                .databaseImportReferenceNotGranted, exitCode: .dataError,
                "the dataset carries \(carried.joined(separator: " and ")), which only the loader may replace (the role \(role) is not fiveaim_writer); remove the file(s) from the dataset, or ask the loader to import them; nothing was imported"
            )
        }
        let foreign = touched.filter { !networks.contains($0) }
        guard foreign.isEmpty else {
            let list = foreign.prefix(5).joined(separator: ", ") + (foreign.count > 5 ? " and \(foreign.count - 5) more" : "")
            let mine = networks.sorted().joined(separator: ", ")
            throw DiagnosticError.database(
                .databaseImportNetworkNotGranted, exitCode: .dataError,
                "the dataset holds rows of \(list), and the role \(role) may import \(mine) only (fiveaim db grant --network); remove those rows, or ask the loader to import them; nothing was imported"
            )
        }
    }

    /// The networks stored in the database (the networks in force when an import brought a networks.csv), or nil when
    /// it holds none (the shipped list is in force).
    static func storedNetworks(connection: PostgresConnection) throws -> [Network]? {
        var networks: [Network] = []
        for row in try connection.execute("SELECT network, name, target_group, region FROM fiveaim.networks ORDER BY network").rows {
            guard let code = row[0], NetworkCodePattern.matches(code), let name = row[1],
                let group = row[2].flatMap(TargetGroup.init(rawValue:)),
                let region = row[3].flatMap(Region.init(rawValue:))
            else {
                throw DiagnosticError.database(
                    .databaseInvalidRow, exitCode: .dataError,
                    "table fiveaim.networks: a stored value is outside the data contract; the database was changed outside fiveaim (re-import networks.csv)"
                )
            }
            networks.append(Network(code: code, name: name, targetGroup: group, region: region))
        }
        return networks.isEmpty ? nil : networks
    }
}
