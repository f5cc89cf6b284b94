import FiveAim
import FiveAimDemo
import Foundation

/// The one standard demo dataset every test target shares: seed 2024, 2024-04 to 2026-10, scale 1 (what
/// `fiveaim demo --out DIR --until 2026-10` writes). It is generated on first use, once per test process, and read
/// once; tests must not change its files (copy the folder to change it).
public enum DemoFixture {
    /// The last month of the standard demo.
    public static let until = YearMonth(year: 2026, month: 10)

    /// The folder holding the standard demo and what the generator reported about it.
    public static let standard: Result<(folder: String, report: DemoReport), any Error> = Result {
        let manager = FileManager.default
        let parent = manager.temporaryDirectory.appendingPathComponent("fiveaim-tests")
            .appendingPathComponent("demo-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let folder = parent.appendingPathComponent("demo").path
        let report = try DemoDataset.write(to: folder, reference: ProjectFixtures.reference, options: DemoOptions(until: until))
        return (folder, report)
    }

    /// The standard demo's folder.
    public static func folder() throws -> String { try standard.get().folder }

    /// The standard demo read back at the fixtures' run month (up to 1 000 problems kept), once.
    public static let dataset: Result<Dataset, any Error> = Result {
        let options = DatasetReadOptions(problemLimit: 1000, runMonth: ProjectFixtures.runMonth)
        return try DatasetReader.read(directory: try folder(), reference: ProjectFixtures.reference, options: options)
    }
}
