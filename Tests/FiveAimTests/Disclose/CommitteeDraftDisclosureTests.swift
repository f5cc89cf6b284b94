import Testing

@testable import FiveAim

/// Issue 15: the committee draft's waits table showed every bucket's count and the known total, so a hidden bucket was
/// their difference (the demo's 1972 − 1969 = 3). Now every shown count is rounded: the difference is only an interval.
struct CommitteeDraftDisclosureTests {
    static let buckets = [
        "report_wait_0_7", "report_wait_8_14", "report_wait_15_30", "report_wait_31_60", "report_wait_61_90",
        "report_wait_91_plus",
    ]

    /// The committee figures of the full demo's years (2024–2026), computed once.
    static let demoFigures = [2024, 2025, 2026].map {
        ReportFigures.compute(
            CompareFixture.demo, catalogue: ReportFixture.catalogue, year: $0, disclosure: DisclosurePolicy(audience: .committee),
            language: .en)
    }

    /// The reader's interval of `total − Σ parts`, all published (rounded) counts.
    static func difference(_ total: Int64, _ parts: [Int64], _ policy: DisclosurePolicy) -> ClosedRange<Int64> {
        let t = policy.readerInterval(.shown(total))
        let low = t.lowerBound - parts.reduce(0) { $0 + policy.readerInterval(.shown($1)).upperBound }
        let high = t.upperBound - parts.reduce(0) { $0 + policy.readerInterval(.shown($1)).lowerBound }
        return low...high
    }

    /// The draft's waits table shows the six buckets and their known total; the waits extract's row totals (network ×
    /// quarter × function, every bucket) add up to all first sessions of a year. Before, all-waits − known total gave a
    /// suppressed unknown-wait count exactly (1972 − 1969 = 3); now any hidden figure of these equations is only known to
    /// at least 5 values.
    @Test func noHiddenWaitCountIsTheDifferenceOfTheDraftsTotalsAndTheExtract() throws {
        let full = try Self.check(CompareFixture.demo, figures: Self.demoFigures, firstYear: 2024)
        // Network SMA, 2025-02, function 2: 40 + 30 + 3 (91+) known, 2 unknown: the draft hid 91+ and showed 73
        // (73 − 70 = 3) and the extract's row total 75 gave the unknown 2 (75 − 73). Now, rounded down, 70, 40, 30 and
        // 75, each read r…r + 4: 3 is only known within 70…74 − (40…44 + 30…34) = −8…4, the unknown within
        // 75…79 − 70…74 = 1…9.
        let waits =
            "network,month,function,age_band,bucket,count\nSMA,2025-02,2,24-64,0-7,40\nSMA,2025-02,2,24-64,8-14,30\n"
            + "SMA,2025-02,2,24-64,91+,3\nSMA,2025-02,2,24-64,unknown,2\nSMB,2025-02,2,24-64,0-7,50\n"
        let smallDataset = try EngineFixture.read(
            try TestSupport.dataset([
                "networks.csv": "network,name,target_group,region\nSMA,Small network A,adult,VL\nSMB,Small network B,adult,W\n",
                "activity.csv":
                    "network,month,pseudocode,age_band,bim,units\nSMA,2025-02,726530,24-64,no,80\nSMB,2025-02,726530,24-64,no,60\n",
                "waits.csv": waits,
            ]))
        let small = try Self.check(
            smallDataset,
            figures: [
                ReportFigures.compute(
                    smallDataset, catalogue: ReportFixture.catalogue, year: 2025,
                    disclosure: DisclosurePolicy(audience: .committee), language: .en)
            ],
            firstYear: 2025)
        #expect(small > 0, "the small dataset has network-years with a hidden wait count (the demo: \(full))")
    }

    /// Checks the equations of every network-year; returns how many had a hidden count.
    static func check(_ dataset: Dataset, figures yearly: [ReportFigures], firstYear: Int) throws -> Int {
        let spec = try ExtractSpecLoader.load(
            file: EngineFixture.root.appendingPathComponent("Exports/extracts/waits_network_quarter.yaml").path,
            reference: EngineFixture.reference, catalogue: EngineFixture.catalogue)
        let extract = try ExtractBuilder(
            reference: EngineFixture.reference, catalogue: EngineFixture.catalogue, texts: TestSupport.extractTexts
        ).build(
            spec, dataset: dataset)
        // network|year → published row totals (nil when one is hidden).
        var allWaits: [String: [Int64]?] = [:]
        for row in extract.rows where row[4].text == "row_total" {
            let key = row[0].text + "|" + row[1].text.prefix(4)
            if case .integer(let value) = row[5] {
                allWaits[key] = allWaits[key, default: []].map { $0 + [value] }
            } else {
                allWaits[key] = .some(nil)
            }
        }
        var checked = 0
        for (index, figures) in yearly.enumerated() {
            let year = firstYear + index
            let policy = figures.disclosure
            for network in dataset.networks.map(\.code) {
                let results = Self.buckets.map { figures.current($0, network) }
                guard let known = results.compactMap({ $0?.denominator?.count }).first else { continue }
                let shown = results.compactMap { $0?.status == .ok ? $0?.numerator?.count : nil }
                #expect(known % 5 == 0 && shown.allSatisfy { $0 % 5 == 0 })
                // (a) Buckets under the known total.
                if shown.count < results.count {
                    checked += 1
                    let range = difference(known, shown, policy)
                    #expect(range.upperBound - range.lowerBound >= 4, "\(network) \(year): hidden buckets within \(range)")
                }
                // (b) The unknown-wait count: all waits (the extract) − the known total (the draft).
                if figures.current("wait_unknown_share", network)?.status == .suppressed, let totals = allWaits["\(network)|\(year)"] ?? nil
                {
                    checked += 1
                    let all =
                        totals.reduce(0) {
                            $0 + policy.readerInterval(.shown($1)).lowerBound
                        }...totals.reduce(0) { $0 + policy.readerInterval(.shown($1)).upperBound }
                    let k = policy.readerInterval(.shown(known))
                    let range = (all.lowerBound - k.upperBound)...(all.upperBound - k.lowerBound)
                    #expect(range.upperBound - range.lowerBound >= 4, "\(network) \(year): unknown waits within \(range)")
                }
            }
        }
        return checked
    }

    @Test func theCommitteeDraftsSharesComeFromRoundedCounts() throws {
        for network in CompareFixture.demo.networks.map(\.code) {
            for id in Self.buckets {
                guard let result = Self.demoFigures[1].current(id, network), result.status == .ok,
                    let top = result.numerator?.count, let bottom = result.denominator?.count, bottom > 0
                else { continue }
                #expect(top % 5 == 0 && bottom % 5 == 0)
                #expect(abs(result.value! - Double(top) / Double(bottom)) < 1e-12)
            }
        }
    }
}
