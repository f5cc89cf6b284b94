import ArgumentParser
import FiveAim
import Foundation

/// `--catalog DIR`: every command that reads the catalogue or the reference data declares it through this group.
struct CatalogOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The catalogue folder (indicator definitions and reference data).",
            discussion:
                "Default: $FIVEAIM_CATALOG, else share/fiveaim/Indicators of the installation, else Indicators/ of the project (the working directory or a folder above it).",
            valueName: "DIR"))
    var catalog: String?

    /// The catalogue folder (`ResourceLocator`); prints FA1301 and exits with 66 when there is none.
    func folder() throws -> String {
        try printingDiagnostics { () throws(DiagnosticError) in try ResourceLocator().require(.indicators, option: catalog) }
    }

    /// The catalogue folder, or nil when there is none (for commands that can do without).
    func locatedFolder() -> String? { ResourceLocator().locate(.indicators, option: catalog)?.path }

    /// Reads the reference data of the catalogue folder, printing diagnostics and exiting on failure.
    func loadReference() throws -> ReferenceData {
        let folder = try folder()
        return try printingDiagnostics { () throws(DiagnosticError) in try ReferenceLoader.load(catalog: folder) }
    }
}

/// `--exports DIR`: the commands that read report templates, comparison labels or extract specifications.
struct ExportsOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The Exports folder (report templates and texts, comparison labels, extract specifications).",
            discussion:
                "Default: $FIVEAIM_EXPORTS, else share/fiveaim/Exports of the installation, else Exports/ of the project (the working directory or a folder above it).",
            valueName: "DIR"))
    var exports: String?

    /// The Exports folder (`ResourceLocator`); prints FA4401 and exits with 66 when there is none.
    func folder() throws -> String {
        try printingDiagnostics { () throws(DiagnosticError) in try ResourceLocator().require(.exports, option: exports) }
    }

    /// `name` inside the Exports folder (`report`, `compare`); prints FA4401 and exits with 66 when absent.
    func item(_ name: String) throws -> String {
        let folder = try folder()
        let path = folder + "/" + name
        guard FileManager.default.fileExists(atPath: path) else {
            try fail(
                .exportsNotFound, "cannot find \(name) in the Exports folder \(folder); pass --exports DIR or set FIVEAIM_EXPORTS",
                status: .noInput)
        }
        return path
    }
}
