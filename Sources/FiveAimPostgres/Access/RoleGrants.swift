import FiveAim

/// `fiveaim db grant|revoke`: who may read and write which networks (migration 5, docs/database.md "Access model").
///
/// Run by the schema's owner (the mapping table is the owner's) holding ADMIN on the groups `fiveaim_coordinator`,
/// `fiveaim_reader`, `fiveaim_writer` (a superuser, or the role that created them). Role names go into SQL as quoted
/// identifiers only (`SQLIdentifier`); network codes are checked against the network-code pattern and the networks
/// in force before any statement. Each command runs in one transaction: all of it, or nothing.
public struct RoleGrants {
    /// The connection of the owner or administrator.
    public let connection: PostgresConnection

    /// Creates the grants of `connection`.
    public init(connection: PostgresConnection) { self.connection = connection }

    /// What a role is made.
    public enum Kind: Sendable, Equatable {
        /// Reads and imports these networks (plus reads the national `BE` rows).
        case coordinator(networks: [String])
        /// Reads every network, imports nothing (`fiveaim_reader`).
        case committee
        /// Imports every network and replaces networks and tariffs (`fiveaim_writer`).
        case loader
    }

    /// Makes `role` (an existing login role) a coordinator, the committee or the loader; a coordinator's codes must be
    /// networks in force: the database's stored list, or `reference`'s shipped one when it holds none.
    public func grant(_ kind: Kind, to role: String, reference: ReferenceData) throws(DiagnosticError) {
        try SchemaMigrator(connection: connection).requireCurrentDiagnosing()
        let stored = try diagnosing { try ImportPermission.storedNetworks(connection: connection) }
        try grant(kind, to: role, networksInForce: Set((stored ?? reference.networks).map(\.code)))
    }

    /// Makes `role` (an existing login role) a coordinator, the committee or the loader. `networksInForce`: the
    /// codes a coordinator may be given (the database's networks, or the shipped list when it holds none).
    public func grant(_ kind: Kind, to role: String, networksInForce: Set<String>) throws(DiagnosticError) {
        try SchemaMigrator(connection: connection).requireCurrentDiagnosing()
        let identifier = try loginRole(role)
        if case .coordinator(let networks) = kind { try Self.checkCodes(networks, inForce: networksInForce) }
        try diagnosing {
            try connection.transaction {
                switch kind {
                case .coordinator(let networks):
                    try connection.execute(
                        """
                        INSERT INTO fiveaim.role_networks (role, network) SELECT \(role), n FROM unnest(\(networks)::text[]) AS n
                        ON CONFLICT DO NOTHING
                        """)
                    try connection.execute("GRANT fiveaim_coordinator TO \(identifier)")
                case .committee:
                    try connection.execute("GRANT fiveaim_reader TO \(identifier)")
                case .loader:
                    try connection.execute("GRANT fiveaim_writer TO \(identifier)")
                }
            }
        }
    }

    /// Removes every FiveAim access of `role`: its networks and its membership of the three groups. Takes effect at
    /// the role's next statement (policies read the mapping each time).
    public func revoke(_ role: String) throws(DiagnosticError) {
        try SchemaMigrator(connection: connection).requireCurrentDiagnosing()
        let identifier = try existingRole(role)
        try diagnosing {
            try connection.transaction {
                try connection.execute("DELETE FROM fiveaim.role_networks WHERE role = \(role)")
                for group in ["fiveaim_coordinator", "fiveaim_reader", "fiveaim_writer"] {
                    let member = try connection.execute(
                        """
                        SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                        WHERE g.rolname = \(group) AND r.rolname = \(role)
                        """)
                    if !member.rows.isEmpty { try connection.execute("REVOKE \(SQLIdentifier(group)!) FROM \(identifier)") }
                }
            }
        }
    }

    /// Refuses (FA3041) a code that is not a network code, is `BE` (national rows are the loader's) or is not in force.
    static func checkCodes(_ codes: [String], inForce: Set<String>) throws(DiagnosticError) {
        guard !codes.isEmpty else {
            throw DiagnosticError.database(.databaseGrantNetworkInvalid, exitCode: .usage, "give at least one network: --network CODE")
        }
        for code in codes {
            guard NetworkCodePattern.matches(code) else {
                throw DiagnosticError.database(
                    .databaseGrantNetworkInvalid, exitCode: .usage,
                    "--network: the value is not \(NetworkCodePattern.expected); nothing was granted")
            }
            guard code != Network.nationalCode else {
                throw DiagnosticError.database(
                    .databaseGrantNetworkInvalid, exitCode: .usage,
                    "--network BE: the national rows are read by every role and written by the loader only (db grant --loader); nothing was granted"
                )
            }
            guard inForce.contains(code) else {
                throw DiagnosticError.database(
                    .databaseGrantNetworkInvalid, exitCode: .dataError,
                    "--network \(code): not a network in force in the database; nothing was granted")
            }
        }
    }

    /// The role, which must exist and be able to log in (FA3040 otherwise).
    private func loginRole(_ role: String) throws(DiagnosticError) -> SQLIdentifier {
        let identifier = try existingRole(role)
        let login = try diagnosing {
            try connection.execute("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = \(role)").rows.first
        }
        guard login?[0] == "t" else {
            throw DiagnosticError.database(
                .databaseRoleUnknown, exitCode: .dataError,
                "the role \(UntrustedText.quoted(role)) cannot log in; grant FiveAim access to a login role (CREATE ROLE … LOGIN, docs/database.md)"
            )
        }
        return identifier
    }

    /// The role, which must exist (FA3040 otherwise).
    private func existingRole(_ role: String) throws(DiagnosticError) -> SQLIdentifier {
        guard let identifier = SQLIdentifier(role) else {
            throw DiagnosticError.database(.databaseRoleUnknown, exitCode: .usage, "the role name is empty or holds a NUL character")
        }
        let found = try diagnosing { try connection.execute("SELECT 1 FROM pg_roles WHERE rolname = \(role)").rows }
        guard !found.isEmpty else {
            throw DiagnosticError.database(
                .databaseRoleUnknown, exitCode: .dataError,
                "no role \(UntrustedText.quoted(role)) in the database cluster; an administrator creates it first (CREATE ROLE … LOGIN, docs/database.md)"
            )
        }
        return identifier
    }
}
