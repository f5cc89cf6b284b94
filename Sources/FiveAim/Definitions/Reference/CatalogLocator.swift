import Foundation

/// Finds the project's `Indicators/` folder when no `--catalog` is given.
public enum CatalogLocator {
    /// `$FIVEAIM_CATALOG`, then `./Indicators`, then an `Indicators/` beside an ancestor of the executable.
    public static func locate() -> String? {
        let manager = FileManager.default
        func isCatalog(_ path: String) -> Bool { manager.fileExists(atPath: path + "/reference/pseudocodes.csv") }
        if let fromEnvironment = ProcessInfo.processInfo.environment["FIVEAIM_CATALOG"], isCatalog(fromEnvironment) {
            return fromEnvironment
        }
        let local = manager.currentDirectoryPath + "/Indicators"
        if isCatalog(local) { return local }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Indicators").path
            if isCatalog(candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
