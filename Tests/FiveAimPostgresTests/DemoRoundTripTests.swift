import FiveAim
import FiveAimDemo
import FiveAimPostgres
import FiveAimTestFixtures
import Foundation
import Testing

/// The demo dataset through the warehouse: every table in, the same Dataset and the same
/// indicator and check outputs, byte for byte, from the database as from the directory.
@Suite(.enabled(if: PostgresTestSupport.enabled))
struct DemoRoundTripTests {
    typealias Support = PostgresTestSupport

    /// A short demo (2024-04 to 2024-07, all 32 networks, every table) keeps the test fast.
    static let demo: Result<String, Error> = Result {
        let folder = try Support.temporaryFolder() + "/demo"
        _ = try DemoDataset.write(to: folder, reference: Support.reference, options: DemoOptions(until: YearMonth(year: 2024, month: 7)))
        return folder
    }

    @Test func theDemoDatasetImportsAndReadsBackEqualToItsDirectory() throws {
        let folder = try Self.demo.get()
        try Support.withFreshDatabase { url in
            let summary = try Support.importDirectory(folder, into: url)
            #expect(Set(summary.tables.map(\.table)) == Set(TableKind.allCases.filter { !$0.hasShippedDefault }.map(\.name)))
            let files = try Support.readDirectory(folder)
            let database = try Support.readDatabase(url)
            Support.expectSameContent(database, files)
            #expect(TableKind.allCases.allSatisfy { database.isPresent($0) })
        }
    }

    @Test func indicatorsAndChecksFromTheDatabaseAreByteIdenticalToThoseFromTheDirectory() throws {
        let folder = try Self.demo.get()
        let catalogue = try CatalogueLoader.load(folder: Support.catalog, reference: Support.reference)
        func outputs(_ dataset: Dataset) -> [String] {
            let periods = ReportPeriod.yearsPresent(in: dataset)
            let engine = IndicatorEngine(catalogue: catalogue)
            let network = engine.report(dataset, request: IndicatorRequest(periods: periods))
            let committee = engine.report(
                dataset, request: IndicatorRequest(periods: periods, disclosure: DisclosurePolicy(audience: .committee)))
            let findings = ConventionChecks.evaluate(
                dataset, catalogue: catalogue, years: periods.compactMap(\.calendarYear), limits: [:], language: .en)
            return [
                IndicatorCSVWriter.write(network.results), IndicatorJSONWriter.write(network, reasons: ProjectFixtures.reasons),
                IndicatorJSONWriter.write(committee, reasons: ProjectFixtures.reasons),
                ChecksCSVWriter.write(findings, reasons: ProjectFixtures.reasons),
            ]
        }
        try Support.withFreshDatabase { url in
            try Support.importDirectory(folder, into: url)
            let fromFiles = outputs(try Support.readDirectory(folder))
            let fromDatabase = outputs(try Support.readDatabase(url))
            #expect(fromFiles[0].utf8.count > 10_000)
            for (index, (files, database)) in zip(fromFiles, fromDatabase).enumerated() {
                #expect(files == database, "output \(index) differs")
            }
        }
    }
}
