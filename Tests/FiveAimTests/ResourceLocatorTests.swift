import FiveAim
import Foundation
import Testing

/// `ResourceLocator` finds `Indicators/` and `Exports/` the one way every command uses: the option, then the
/// environment, then the installation beside the executable, then the project above the working directory, then the
/// checkout the executable was built in. Each rung is tested in a made-up tree, the rungs above it left empty.
struct ResourceLocatorTests {
    /// A tree with an installation (`prefix/bin/fiveaim`, `prefix/share/fiveaim/{Indicators,Exports}`), a project
    /// (`project/{Indicators,Exports}`, `project/data/2025` below it) and a checkout holding a built executable.
    struct Tree {
        let root: String
        var prefix: String { root + "/prefix" }
        var installedExecutable: String { prefix + "/bin/fiveaim" }
        var project: String { root + "/project" }
        var checkout: String { root + "/checkout" }
        var checkoutExecutable: String { checkout + "/.build/x86_64-unknown-linux-gnu/debug/fiveaim" }
        var elsewhere: String { root + "/elsewhere" }

        init() throws {
            root = try TestSupport.temporaryFolder()
            for base in [prefix + "/share/fiveaim", project, checkout] {
                try Self.makeCatalogue(base + "/Indicators")
                try FileManager.default.createDirectory(atPath: base + "/Exports/report", withIntermediateDirectories: true)
            }
            for folder in [prefix + "/bin", project + "/data/2025", elsewhere, (checkoutExecutable as NSString).deletingLastPathComponent] {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            for executable in [installedExecutable, checkoutExecutable] {
                FileManager.default.createFile(atPath: executable, contents: Data())
            }
        }

        /// A folder the locator takes for a catalogue: it holds `reference/pseudocodes.csv`.
        static func makeCatalogue(_ folder: String) throws {
            try FileManager.default.createDirectory(atPath: folder + "/reference", withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: folder + "/reference/pseudocodes.csv", contents: Data("code\n".utf8))
        }

        /// A locator for an executable at `executable`, run from `directory`.
        func locator(executable: String, in directory: String, environment: [String: String] = [:]) -> ResourceLocator {
            ResourceLocator(environment: environment, executable: executable, workingDirectory: directory)
        }
    }

    @Test(arguments: ResourceLocator.Folder.allCases)
    func theOptionWinsOverEverythingAndIsTakenAsGiven(folder: ResourceLocator.Folder) throws {
        let tree = try Tree()
        let locator = tree.locator(
            executable: tree.installedExecutable, in: tree.project, environment: [folder.environmentVariable: tree.root + "/env"])
        // Not checked: a wrong --catalog is reported by the loader, never skipped for another folder.
        #expect(locator.locate(folder, option: "/no/such/folder") == .init(path: "/no/such/folder", source: .option))
    }

    @Test(arguments: ResourceLocator.Folder.allCases)
    func theEnvironmentWinsOverTheInstallationAndTheProject(folder: ResourceLocator.Folder) throws {
        let tree = try Tree()
        let given = tree.root + "/given/" + folder.rawValue
        let locator = tree.locator(executable: tree.installedExecutable, in: tree.project, environment: [folder.environmentVariable: given])
        #expect(locator.locate(folder) == .init(path: given, source: .environment))
        // An empty variable counts as unset.
        let empty = tree.locator(executable: tree.installedExecutable, in: tree.project, environment: [folder.environmentVariable: ""])
        #expect(empty.locate(folder)?.source == .installation)
    }

    @Test(arguments: ResourceLocator.Folder.allCases)
    func anInstalledExecutableUsesShareFiveaimBesideItsBinFolderFromAnyWorkingDirectory(folder: ResourceLocator.Folder) throws {
        let tree = try Tree()
        for directory in [tree.elsewhere, tree.project, "/"] {
            let located = tree.locator(executable: tree.installedExecutable, in: directory).locate(folder)
            #expect(located == .init(path: tree.prefix + "/share/fiveaim/" + folder.rawValue, source: .installation), "\(directory)")
        }
    }

    @Test func aSymbolicLinkToTheInstalledExecutableLeadsToItsInstallation() throws {
        let tree = try Tree()
        let link = tree.elsewhere + "/fiveaim"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: tree.installedExecutable)
        let located = tree.locator(executable: link, in: tree.elsewhere).locate(.indicators)
        #expect(located?.source == .installation)
        #expect(located.map { URL(fileURLWithPath: $0.path).resolvingSymlinksInPath().path } == tree.prefix + "/share/fiveaim/Indicators")
    }

    @Test(arguments: ResourceLocator.Folder.allCases)
    func withoutAnInstallationTheProjectIsFoundFromTheWorkingDirectoryUpward(folder: ResourceLocator.Folder) throws {
        let tree = try Tree()
        let loose = tree.elsewhere + "/fiveaim"
        FileManager.default.createFile(atPath: loose, contents: Data())
        for directory in [tree.project, tree.project + "/data", tree.project + "/data/2025"] {
            let located = tree.locator(executable: loose, in: directory).locate(folder)
            #expect(located == .init(path: tree.project + "/" + folder.rawValue, source: .project), "\(directory)")
        }
    }

    @Test func aFolderWithoutReferenceDataIsNotTakenForTheProjectsCatalogue() throws {
        let tree = try Tree()
        let loose = tree.elsewhere + "/fiveaim"
        FileManager.default.createFile(atPath: loose, contents: Data())
        // An `Indicators/` that is no catalogue (a user's own folder of that name) is passed over for the one above it.
        try FileManager.default.createDirectory(atPath: tree.project + "/data/Indicators", withIntermediateDirectories: true)
        let located = tree.locator(executable: loose, in: tree.project + "/data/2025").locate(.indicators)
        #expect(located == .init(path: tree.project + "/Indicators", source: .project))
    }

    @Test(arguments: ResourceLocator.Folder.allCases)
    func aBuiltExecutableRunFromElsewhereFindsItsCheckout(folder: ResourceLocator.Folder) throws {
        let tree = try Tree()
        let located = tree.locator(executable: tree.checkoutExecutable, in: tree.elsewhere).locate(folder)
        #expect(located == .init(path: tree.checkout + "/" + folder.rawValue, source: .executableCheckout))
        // The project of the working directory comes first.
        #expect(tree.locator(executable: tree.checkoutExecutable, in: tree.project).locate(folder)?.source == .project)
    }

    @Test(arguments: ResourceLocator.Folder.allCases)
    func nothingFoundIsADiagnosticNamingWhereItLookedAndTheWayOut(folder: ResourceLocator.Folder) throws {
        let tree = try Tree()
        let loose = tree.elsewhere + "/bin/fiveaim"
        try FileManager.default.createDirectory(atPath: tree.elsewhere + "/bin", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: loose, contents: Data())
        let locator = tree.locator(executable: loose, in: tree.elsewhere)
        #expect(locator.locate(folder) == nil)
        let error = try #require(throws: DiagnosticError.self) { try locator.require(folder) }
        #expect(error.exitCode == .noInput)
        let code = folder == .indicators ? "FA1301" : "FA4401"
        #expect(
            error.description
                == "error: [\(code)] cannot find the \(folder.rawValue)/ folder: not in \(tree.elsewhere)/share/fiveaim, nor in "
                + "\(tree.elsewhere) or a folder above it; pass \(folder.option) DIR or set \(folder.environmentVariable)")
    }
}
