import ArgumentParser
import FiveAim
import FiveAimPostgres

/// `fiveaim db grant`: makes a login role a network's coordinator, the committee or the loader (docs/database.md).
struct DbGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Give a login role FiveAim access: a network's coordinator, the committee, or the loader.",
        discussion: """
            --network CODE (repeatable): ROLE reads and imports those networks' rows, and reads the national BE rows. \
            --committee: ROLE reads every network and imports nothing (fiveaim_reader). --loader: ROLE imports every \
            network and replaces networks and tariffs (fiveaim_writer). Run by the database owner holding ADMIN on the \
            fiveaim_* groups (or a superuser); ROLE must exist and log in (CREATE ROLE … LOGIN).
            """
    )

    @Option(help: ArgumentHelp("A network ROLE coordinates (repeatable).", valueName: "CODE"))
    var network: [String] = []

    @Flag(help: "ROLE reads every network and imports nothing.")
    var committee = false

    @Flag(help: "ROLE imports every network and replaces networks and tariffs.")
    var loader = false

    @Argument(help: "The login role.")
    var role: String

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var catalogOptions: CatalogOptions

    func validate() throws {
        let chosen = (network.isEmpty ? 0 : 1) + (committee ? 1 : 0) + (loader ? 1 : 0)
        guard chosen == 1 else { throw ValidationError("give exactly one of --network CODE (repeatable), --committee, --loader") }
    }

    func run() throws {
        let kind: RoleGrants.Kind = committee ? .committee : loader ? .loader : .coordinator(networks: network)
        let reference = try catalogOptions.loadReference()
        let connection = try database.connect()
        try printingDiagnostics { () throws(DiagnosticError) in
            try RoleGrants(connection: connection).grant(kind, to: role, reference: reference)
        }
        let list = try printingDiagnostics { () throws(DiagnosticError) in try AccessList.load(connection: connection) }
        print(list.entries.first { $0.role == role }.map { AccessList(entries: [$0]).render() } ?? "granted")
    }
}
