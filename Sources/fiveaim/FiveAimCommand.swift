import ArgumentParser

/// The `fiveaim` command: analytics for the INAMI/RIZIV primary-care psychology convention.
@main
struct FiveAimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fiveaim",
        abstract: "Analytics for the primary-care psychology convention (INAMI/RIZIV and the 32 mental-health networks).",
        subcommands: [
            ValidateCommand.self, DemoCommand.self, IndicatorsCommand.self, ChecksCommand.self, ExplainCommand.self, DbCommand.self,
            ReportCommand.self, ExtractCommand.self, CompareCommand.self,
        ]
    )

    /// Installs the interruption handling, then parses the arguments and runs the command.
    static func main() {
        Interrupts.install()
        main(nil)
    }
}
