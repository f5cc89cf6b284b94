import ArgumentParser
import FiveAim
import Foundation

/// `fiveaim explain ID`: prints an indicator's (or a rule's) definition, formula, article and tables.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain an indicator or a convention rule: definition, formula, article and the tables it needs."
    )

    @Argument(help: "An indicator id (e.g. outreach_share) or a rule id of checks.yaml.")
    var id: String?

    @Flag(help: "List every indicator and rule id with its title.")
    var list = false

    @Option(help: "Language: fr, nl, de or en.")
    var lang: Language = .en

    @OptionGroup var catalogOptions: CatalogOptions

    func validate() throws {
        if id == nil, !list { throw ValidationError("give an indicator id, or --list") }
    }

    func run() throws {
        let folder = try catalogOptions.folder()
        let reference = try catalogOptions.loadReference()
        let catalogue = try loadCatalogueFolder(folder, reference: reference)
        var text: String
        if list {
            text = catalogue.indicators.map { "\($0.id)  (aim \($0.aim))  \($0.title.text(in: lang))" }.joined(separator: "\n") + "\n"
            text += catalogue.rules.map { "\($0.id)  (rule, \($0.article))  \($0.title.text(in: lang))" }.joined(separator: "\n") + "\n"
        } else if let id, let indicator = catalogue.indicator(id) {
            text = ExplainWriter.write(indicator, catalogue: catalogue, language: lang)
        } else if let id, let rule = catalogue.rules.first(where: { $0.id == id }) {
            text = ExplainWriter.write(rule, catalogue: catalogue, language: lang)
        } else {
            let hint = catalogue.closestID(to: id ?? "").map { " (did you mean '\($0)'?)" } ?? ""
            try fail(
                .unknownIndicatorID, "no indicator or rule '\(id ?? "")'\(hint); `fiveaim explain --list` shows them all", status: .usage)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
