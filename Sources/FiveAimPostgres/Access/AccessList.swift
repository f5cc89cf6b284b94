import FiveAim

/// `fiveaim db roles`: each role with FiveAim access, what it may do, and its networks.
public struct AccessList: Sendable, Equatable {
    /// One role's access.
    public struct Entry: Sendable, Equatable {
        /// The role's name.
        public var role: String
        /// `loader`, `committee`, `coordinator`, in that order, for each group the role belongs to directly.
        public var kinds: [String]
        /// The networks mapped to it (`fiveaim.role_networks`), in code order.
        public var networks: [String]

        /// Creates an entry.
        public init(role: String, kinds: [String], networks: [String]) {
            self.role = role
            self.kinds = kinds
            self.networks = networks
        }
    }

    /// The entries, by role name.
    public var entries: [Entry]

    /// A list of these entries.
    public init(entries: [Entry]) { self.entries = entries }

    /// Reads the groups' direct members and the mapping (the mapping reads whole for the owner and the committee only).
    public static func load(connection: PostgresConnection) throws(DiagnosticError) -> AccessList {
        try SchemaMigrator(connection: connection).requireCurrentDiagnosing()
        return try diagnosing {
            var byRole: [String: Entry] = [:]
            let members = try connection.execute(
                """
                SELECT r.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                WHERE g.rolname IN ('fiveaim_writer', 'fiveaim_reader', 'fiveaim_coordinator') ORDER BY 1, 2
                """
            ).rows
            let kindOf = ["fiveaim_writer": "loader", "fiveaim_reader": "committee", "fiveaim_coordinator": "coordinator"]
            for row in members {
                guard let role = row[0], let group = row[1], let kind = kindOf[group] else { continue }
                byRole[role, default: Entry(role: role, kinds: [], networks: [])].kinds.append(kind)
            }
            for row in try connection.execute("SELECT role, network FROM fiveaim.role_networks ORDER BY role, network").rows {
                guard let role = row[0], let network = row[1] else { continue }
                byRole[role, default: Entry(role: role, kinds: [], networks: [])].networks.append(network)
            }
            let order = ["loader", "committee", "coordinator"]
            let entries = byRole.values.map { entry in
                var entry = entry
                entry.kinds.sort { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }
                return entry
            }
            return AccessList(entries: entries.sorted { $0.role < $1.role })
        }
    }

    /// One line per role: `role: kinds; networks`; a mapped role outside `fiveaim_coordinator` is said to lack
    /// the table privileges, a coordinator without networks to see national rows only.
    public func render() -> String {
        guard !entries.isEmpty else { return "no role has FiveAim access (fiveaim db grant)" }
        return entries.map { entry in
            var text = "\(Self.shown(entry.role)): " + (entry.kinds.isEmpty ? "no FiveAim group" : entry.kinds.joined(separator: ", "))
            if !entry.networks.isEmpty {
                text += "; networks " + entry.networks.joined(separator: ", ")
                if !entry.kinds.contains("coordinator") && !entry.kinds.contains("loader") {
                    text += " (not in fiveaim_coordinator: no table privileges)"
                }
            } else if entry.kinds == ["coordinator"] {
                text += "; no network (national rows only)"
            }
            return text
        }.joined(separator: "\n")
    }

    /// A role name as printed: plain when made of letters, digits, `_`, `.`, `@`, `-`; quoted and escaped otherwise.
    public static func shown(_ role: String) -> String {
        let plain =
            !role.isEmpty
            && role.unicodeScalars.allSatisfy {
                ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "_.@-".unicodeScalars.contains($0)
            }
        return plain ? role : UntrustedText.quoted(role)
    }
}
