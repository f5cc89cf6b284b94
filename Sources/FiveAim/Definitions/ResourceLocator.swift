import Foundation

/// Finds the folders FiveAim reads its definitions from at run time: `Indicators/` (the catalogue and reference data)
/// and `Exports/` (report templates and texts, comparison labels, extract specifications).
///
/// Every command finds both the same way, the first place that answers winning:
/// 1. the command-line option (`--catalog DIR`, `--exports DIR`), taken as given;
/// 2. the environment (`FIVEAIM_CATALOG`, `FIVEAIM_EXPORTS`), taken as given;
/// 3. the installation: `<bin>/../share/fiveaim/Indicators` and `…/Exports` beside the running executable
///    (`scripts/install.sh`), so an installed `fiveaim` works from any working directory;
/// 4. the project: the working directory or the nearest folder above it that holds `Indicators/`;
/// 5. the checkout the executable was built in (`.build/debug/fiveaim` run from elsewhere).
///
/// A given option or variable is never silently skipped: when it names the wrong folder, loading it says so.
public struct ResourceLocator: Sendable {
    /// A folder of definitions.
    public enum Folder: String, Sendable, CaseIterable {
        /// `Indicators/`: `catalog.yaml`, `indicators/`, `checks.yaml`, `reference/`.
        case indicators = "Indicators"
        /// `Exports/`: `report/`, `compare/`, `extracts/`.
        case exports = "Exports"

        /// The environment variable that names the folder.
        public var environmentVariable: String {
            switch self {
            case .indicators: "FIVEAIM_CATALOG"
            case .exports: "FIVEAIM_EXPORTS"
            }
        }

        /// The command-line option that names the folder.
        public var option: String {
            switch self {
            case .indicators: "--catalog"
            case .exports: "--exports"
            }
        }

        /// The code of the diagnostic when the folder cannot be found.
        public var notFoundCode: DiagnosticCode {
            switch self {
            case .indicators: .catalogueNotFound
            case .exports: .exportsNotFound
            }
        }
    }

    /// Which rung of the ladder found a folder.
    public enum Source: String, Sendable, Hashable {
        /// The command-line option.
        case option
        /// The environment variable.
        case environment
        /// `share/fiveaim/` beside the running executable's `bin/`.
        case installation
        /// The working directory or a folder above it.
        case project
        /// The checkout holding the running executable.
        case executableCheckout
    }

    /// A folder found, and how.
    public struct Located: Sendable, Hashable {
        /// The folder's path.
        public var path: String
        /// The rung that found it.
        public var source: Source

        /// Creates a found folder.
        public init(path: String, source: Source) {
            self.path = path
            self.source = source
        }
    }

    /// The environment variables read (`FIVEAIM_CATALOG`, `FIVEAIM_EXPORTS`).
    public var environment: [String: String]
    /// The running executable's path.
    public var executable: String
    /// The working directory the project is searched from.
    public var workingDirectory: String

    /// Creates a locator; the defaults describe this process.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, executable: String = ResourceLocator.runningExecutable(),
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.environment = environment
        self.executable = executable
        self.workingDirectory = workingDirectory
    }

    /// `folder`: `option` when given, else the first rung that finds it; nil when none does.
    public func locate(_ folder: Folder, option: String? = nil) -> Located? {
        if let option { return Located(path: option, source: .option) }
        if let given = environment[folder.environmentVariable], !given.isEmpty { return Located(path: given, source: .environment) }
        let bin = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = bin.deletingLastPathComponent().appendingPathComponent("share/fiveaim/" + folder.rawValue).path
        if Self.holds(folder, installed) { return Located(path: installed, source: .installation) }
        if let root = Self.projectRoot(from: URL(fileURLWithPath: workingDirectory), levels: nil),
            Self.holds(folder, root + "/" + folder.rawValue)
        {
            return Located(path: root + "/" + folder.rawValue, source: .project)
        }
        if let root = Self.projectRoot(from: bin, levels: Self.checkoutDepth), Self.holds(folder, root + "/" + folder.rawValue) {
            return Located(path: root + "/" + folder.rawValue, source: .executableCheckout)
        }
        return nil
    }

    /// `folder` as `locate` finds it, or a diagnostic saying where it was looked for (exit 66).
    public func require(_ folder: Folder, option: String? = nil) throws(DiagnosticError) -> String {
        if let found = locate(folder, option: option) { return found.path }
        let bin = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = bin.deletingLastPathComponent().appendingPathComponent("share/fiveaim").path
        throw DiagnosticError(
            [
                Diagnostic(
                    .error, folder.notFoundCode,
                    "cannot find the \(folder.rawValue)/ folder: not in \(installed), nor in \(workingDirectory) or a folder above it; "
                        + "pass \(folder.option) DIR or set \(folder.environmentVariable)")
            ], exitCode: .noInput)
    }

    /// How many folders above the executable the checkout is looked for (`.build/<triple>/debug/fiveaim` is 3 deep).
    static let checkoutDepth = 6

    /// Whether `path` is such a folder: a catalogue holds `reference/pseudocodes.csv`; `Exports/` is a folder.
    static func holds(_ folder: Folder, _ path: String) -> Bool {
        switch folder {
        case .indicators: return FileManager.default.fileExists(atPath: path + "/reference/pseudocodes.csv")
        case .exports:
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The nearest of `start` and the folders above it (at most `levels` above, or up to `/`) that holds a catalogue
    /// `Indicators/`: a FiveAim project.
    static func projectRoot(from start: URL, levels: Int?) -> String? {
        var folder = start.standardizedFileURL
        var level = 0
        while true {
            if holds(.indicators, folder.appendingPathComponent(Folder.indicators.rawValue).path) { return folder.path }
            if folder.path == "/" || levels.map({ level >= $0 }) == true { return nil }
            folder.deleteLastPathComponent()
            level += 1
        }
    }

    /// The running executable's path, symbolic links resolved (`/proc/self/exe` on Linux: `argv[0]` is a bare name when
    /// the executable was found through `PATH`).
    public static func runningExecutable() -> String {
        #if os(Linux)
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        if let path = Bundle.main.executablePath { return path }
        return CommandLine.arguments.first ?? ""
    }
}

extension DiagnosticCode {
    // MARK: Finding the definition folders (ResourceLocator): docs/errors/FA1xxx.md, FA4xxx.md
    /// No `Indicators/` folder: no `--catalog`, no `FIVEAIM_CATALOG`, none installed or in the project (exit 66).
    public static let catalogueNotFound = DiagnosticCode(rawValue: "FA1301")
    /// No `Exports/` folder: no `--exports`, no `FIVEAIM_EXPORTS`, none installed or in the project (exit 66).
    public static let exportsNotFound = DiagnosticCode(rawValue: "FA4401")
}
