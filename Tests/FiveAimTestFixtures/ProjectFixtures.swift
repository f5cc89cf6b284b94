import FiveAim
import Foundation

/// What every test target takes from the project itself: its root, the shipped catalogue and reference data, and the
/// run month the data fixtures are validated at.
public enum ProjectFixtures {
    /// The project's root folder (tests run from anywhere).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The shipped catalogue folder.
    public static var catalog: String { root + "/Indicators" }

    /// The shipped reference data, loaded once.
    public static let reference: ReferenceData = {
        do { return try ReferenceLoader.load(catalog: catalog) } catch { fatalError("reference data: \(error)") }
    }()

    /// The shipped English reason texts (`reason.*` of `Indicators/texts.en.yaml`), loaded once.
    public static let reasons: ReasonTexts = {
        do { return try ReasonTexts.load(catalogFolder: catalog, language: .en) } catch { fatalError("reason texts: \(error)") }
    }()

    /// The shipped codebook texts of the research extracts (`Exports/extracts/texts.<lang>.yaml`), loaded once.
    public static let extractTexts: ExtractTexts = {
        do { return try ExtractTexts.load(folder: root + "/Exports/extracts") } catch { fatalError("extract texts: \(error)") }
    }()

    /// The run month all data fixtures are validated at.
    public static let runMonth = YearMonth(year: 2026, month: 11)
}
