import Testing

@testable import FiveAim

/// Issue 15: committee and research periods are one calendar quarter or one calendar year (overlapping windows are
/// further rounded sums of the same counts; `ReleaseAttackTests` shows they recover small cells).
struct ReleasePeriodTests {
    static func build(_ id: String, from: YearMonth, to: YearMonth) throws(DiagnosticError) -> ExtractResult {
        let spec = try! ExtractSpecLoader.load(
            file: EngineFixture.root.appendingPathComponent("Exports/extracts/\(id).yaml").path,
            reference: EngineFixture.reference, catalogue: EngineFixture.catalogue)
        return try ExtractBuilder(reference: EngineFixture.reference, catalogue: EngineFixture.catalogue, texts: TestSupport.extractTexts)
            .build(spec, dataset: ReportFixture.demo, from: from, to: to)
    }

    @Test(arguments: ["waits_network_quarter", "indicators_long"])
    func anExtractOverOverlappingOrPartialQuartersIsRefused(_ id: String) throws {
        // 2025-01…2025-06 spans two quarters (it overlaps Q1 and Q2 runs); 2025-02…2025-04 starts mid-quarter.
        for (from, to) in [((2025, 1), (2025, 6)), ((2025, 2), (2025, 4)), ((2024, 10), (2025, 3))] {
            let error = #expect(throws: DiagnosticError.self) {
                try Self.build(id, from: YearMonth(year: from.0, month: from.1), to: YearMonth(year: to.0, month: to.1))
            }
            #expect(error?.exitCode == .usage)
            #expect(error?.diagnostics.first?.message.contains("one calendar quarter or year") == true)
        }
        // One quarter and one year are fine.
        _ = try Self.build(id, from: YearMonth(year: 2025, month: 4), to: YearMonth(year: 2025, month: 6))
        _ = try Self.build(id, from: YearMonth(year: 2024, month: 1), to: YearMonth(year: 2024, month: 12))
    }

    @Test func thePolicyAllowsOneQuarterOrOneYearForCommitteeAndResearchAndAnythingForTheNetwork() {
        let windows = [
            (YearMonth(year: 2025, month: 4), YearMonth(year: 2025, month: 6), true),
            (YearMonth(year: 2025, month: 1), YearMonth(year: 2025, month: 12), true),
            (YearMonth(year: 2025, month: 1), YearMonth(year: 2025, month: 6), false),
            (YearMonth(year: 2025, month: 3), YearMonth(year: 2025, month: 3), false),
            (YearMonth(year: 2024, month: 7), YearMonth(year: 2025, month: 6), false),
        ]
        for (first, last, allowed) in windows {
            let period = ReportPeriod(first: first, last: last)
            #expect(DisclosurePolicy(audience: .committee).allows(period) == allowed, "\(period)")
            #expect(DisclosurePolicy(audience: .research).allows(period) == allowed, "\(period)")
            #expect(DisclosurePolicy(audience: .network).allows(period))
        }
    }
}
