import FiveAimTestFixtures
import Foundation

@testable import FiveAim

/// Shared helpers for FiveAim's tests.
enum TestSupport {
    /// The project's root folder (tests run from anywhere).
    static var projectRoot: String { ProjectFixtures.root }

    /// The shipped catalogue folder.
    static var catalog: String { ProjectFixtures.catalog }

    /// The shipped reference data, loaded once.
    static var reference: ReferenceData { ProjectFixtures.reference }

    /// The shipped English reason texts.
    static var reasons: ReasonTexts { ProjectFixtures.reasons }

    /// The shipped codebook texts of the research extracts.
    static var extractTexts: ExtractTexts { ProjectFixtures.extractTexts }

    /// The fixtures folder copied into the test bundle.
    static var fixtures: String { Bundle.module.resourcePath! + "/Fixtures" }

    /// The run month all data fixtures are validated at.
    static var runMonth: YearMonth { ProjectFixtures.runMonth }

    /// Where this test process keeps its temporary folders; folders of earlier runs older than an hour are removed.
    static let temporaryRoot: URL = {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("fiveaim-tests")
        let stale = Date().addingTimeInterval(-3600)
        for name in (try? manager.contentsOfDirectory(atPath: root.path)) ?? [] {
            let url = root.appendingPathComponent(name)
            if let modified = (try? manager.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date, modified < stale {
                try? manager.removeItem(at: url)
            }
        }
        let mine = root.appendingPathComponent("run-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try? manager.createDirectory(at: mine, withIntermediateDirectories: true)
        return mine
    }()

    /// A fresh empty temporary folder.
    static func temporaryFolder() throws -> String {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Reads a dataset directory with the test run month.
    static func read(_ directory: String, problemLimit: Int = 1, allowExtraColumns: Bool = false) throws(DiagnosticError) -> Dataset {
        let options = DatasetReadOptions(allowExtraColumns: allowExtraColumns, problemLimit: problemLimit, runMonth: runMonth)
        return try DatasetReader.read(directory: directory, reference: reference, options: options)
    }

    /// Writes files (name → text) into a fresh folder and returns it.
    static func dataset(_ files: [String: String]) throws -> String {
        let folder = try temporaryFolder()
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return folder
    }
}

extension CheckFinding {
    /// The `network` cell of the checks CSV.
    var networkText: String { ChecksCSVWriter.network(network) }
    /// The `observed` cell of the checks CSV.
    var observedText: String { ChecksCSVWriter.figures(self).observed }
    /// The `limit` cell of the checks CSV.
    var limitText: String { ChecksCSVWriter.figures(self).limit }
    /// A breach's message; empty for a rule not evaluated.
    var message: String {
        if case .breach(_, _, let message) = outcome { return message }
        return ""
    }
}
