import ArgumentParser
import FiveAim
import FiveAimPostgres

/// `fiveaim db revoke ROLE`: removes every FiveAim access of a role.
struct DbRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Remove every FiveAim access of a role: its networks and its fiveaim_* groups (at its next statement)."
    )

    @Argument(help: "The role.")
    var role: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let connection = try database.connect()
        try printingDiagnostics { () throws(DiagnosticError) in try RoleGrants(connection: connection).revoke(role) }
        print("\(AccessList.shown(role)): no FiveAim access")
    }
}
