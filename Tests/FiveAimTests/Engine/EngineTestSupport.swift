import Foundation

@testable import FiveAim

/// Paths, the shipped catalogue and the small engine fixture, loaded once for the engine suites.
enum EngineFixture {
    /// The project root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// `Indicators/`.
    static let catalogFolder = root.appendingPathComponent("Indicators").path
    /// `Tests/FiveAimTests/Fixtures/engine/small`: two networks, 2025, every table but operating_costs.
    static let smallFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/engine/small").path
    /// The run month used to read fixtures.
    static let runMonth = YearMonth(year: 2026, month: 1)

    /// The shipped reference data.
    static let reference: ReferenceData = {
        do { return try ReferenceLoader.load(catalog: catalogFolder) } catch { fatalError("reference data: \(error)") }
    }()

    /// The shipped catalogue.
    static let catalogue: Catalogue = {
        do { return try CatalogueLoader.load(folder: catalogFolder, reference: reference) } catch { fatalError("catalogue: \(error)") }
    }()

    /// Reads a dataset folder with the shipped reference data.
    static func read(_ folder: String) throws -> Dataset {
        try DatasetReader.read(directory: folder, reference: reference, options: DatasetReadOptions(problemLimit: 50, runMonth: runMonth))
    }

    /// The small fixture.
    static let small: Dataset = {
        do { return try read(smallFolder) } catch { fatalError("fixture: \(error)") }
    }()

    /// Every output of the engine for `dataset` (CSV, JSON for a committee, table), concatenated.
    static func allOutputs(_ dataset: Dataset, audience: Audience = .committee) -> String {
        let engine = IndicatorEngine(catalogue: catalogue)
        let periods = ReportPeriod.yearsPresent(in: dataset)
        let network = engine.report(dataset, request: IndicatorRequest(periods: periods))
        let committee = engine.report(
            dataset, request: IndicatorRequest(periods: periods, disclosure: DisclosurePolicy(audience: audience)))
        return IndicatorCSVWriter.write(network.results) + IndicatorJSONWriter.write(committee, reasons: TestSupport.reasons)
            + IndicatorTableWriter.write(committee, catalogue: catalogue, reasons: TestSupport.reasons)
            + ChecksCSVWriter.write(
                ConventionChecks.evaluate(dataset, catalogue: catalogue, years: periods.compactMap(\.calendarYear)),
                reasons: TestSupport.reasons)
    }
}

/// A small deterministic random generator (SplitMix64) for building and shuffling test data from a seed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
