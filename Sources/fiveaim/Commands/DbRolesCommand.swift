import ArgumentParser
import FiveAim
import FiveAimPostgres

/// `fiveaim db roles`: who may do what.
struct DbRolesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "List the roles with FiveAim access: loader, committee, coordinator and its networks."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let connection = try database.connect()
        let list = try printingDiagnostics { () throws(DiagnosticError) in try AccessList.load(connection: connection) }
        print(list.render())
    }
}
