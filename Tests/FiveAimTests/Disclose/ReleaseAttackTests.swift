import Foundation
import Testing

@testable import FiveAim
@testable import FiveAimDemo

/// Issue 15: everything a committee or research audience can obtain is one release; combining its outputs must recover
/// no suppressed cell, nor pin one to an interval narrower than the rounding base (docs/extracts.md, docs/robustness.md).
@Suite(.serialized)
struct ReleaseAttackTests {
    /// What the attacks found: hidden figures recovered exactly, and hidden figures pinned closer than the mark allows.
    struct Verdict {
        var recovered: [ReleaseSolver.Finding] = []
        var pinned: [ReleaseSolver.Finding] = []
        var determined = 0
    }

    /// Elimination: a finding is recovered when its bounds hold one value; it is pinned when the published numbers alone
    /// (before its own mark) bound it to fewer values than the rounding base, i.e. differencing did better than rounding
    /// allows. (With its mark, a difference 5 − 5 = −2…2 leaves a small count 1…2: the mark's information, not the
    /// numbers'; docs/extracts.md.)
    static func verdict(_ findings: [ReleaseSolver.Finding], base: Int64, threshold: Int64 = 5) -> Verdict {
        var verdict = Verdict()
        for finding in findings {
            if finding.bounds.lowerBound == finding.bounds.upperBound {
                verdict.recovered.append(finding)
                continue
            }
            guard base > 1, let numbers = finding.numbersOnly else { continue }
            if numbers.upperBound - numbers.lowerBound < base - 1 { verdict.pinned.append(finding) }
        }
        return verdict
    }

    /// Bounds propagation: a hidden cell is recovered only by what the published numbers add to its bounds from the marks
    /// and published zeros alone (k hidden parts under a hidden total of 1–4 are each at most 5 − k: the marks, not
    /// differencing). Cells the numbers narrow inside their mark without recovering them are `pinned`: the release tests
    /// require none (docs/extracts.md, "why differencing is useless").
    static func verdict(_ findings: [(finding: ReleaseSolver.Finding, marksOnly: ClosedRange<Int64>)], base: Int64) -> Verdict {
        var verdict = Verdict()
        for (finding, marks) in findings where finding.bounds != marks {
            if finding.bounds.lowerBound == finding.bounds.upperBound {
                verdict.recovered.append(finding)
            } else {
                verdict.pinned.append(finding)
            }
        }
        return verdict
    }

    /// Attacks the release of `dataset`: the waits extract, the waits indicators of every calendar quarter and year (the
    /// periods `DisclosurePolicy.allows`), plus windows of `overlapping` consecutive quarters when given, and the
    /// committee drafts of every year.
    static func attack(_ dataset: Dataset, overlapping: [Int] = []) throws -> (elimination: Verdict, propagation: Verdict, base: Int64) {
        let attack = ReleaseAttack(dataset: dataset, catalogue: EngineFixture.catalogue, reportCatalogue: ReportFixture.catalogue)
        let quarters = Set((dataset.waits ?? []).map { ReleaseAttack.quarter($0.month) }).sorted()
        var windows = quarters.map { $0...$0 }
        for length in overlapping where quarters.count >= length {
            windows += (0...(quarters.count - length)).map { quarters[$0]...quarters[$0 + length - 1] }
        }
        let years = Set(quarters.map { $0 / 4 }).sorted()
        let (solver, base) = try attack.solver(windows: windows, years: years)
        let eliminated = solver.eliminate()
        var elimination = verdict(eliminated, base: base)
        elimination.determined = eliminated.count
        for finding in eliminated where finding.truth >= 0 {
            #expect(finding.bounds.contains(finding.truth), "the attack's bounds must hold the truth: \(finding)")
        }
        let propagated = solver.propagationFindings()
        for (finding, _) in propagated {
            #expect(finding.bounds.contains(finding.truth), "the attack's bounds must hold the truth: \(finding)")
        }
        return (elimination, verdict(propagated, base: base), base)
    }

    /// The demo (2024-04 to 2026-10, 32 networks): the waits extract, waits indicators per quarter and per year, and
    /// the committee drafts of 2024–2026. Before issue 15 (exact counts, windows of 2 and 3 quarters too) elimination
    /// recovered 116 hidden figures exactly and bounds propagation 116.
    @Test func theDemoReleaseRecoversAndPinsNoSuppressedCell() throws {
        let (elimination, propagation, base) = try Self.attack(CompareFixture.demo)
        #expect(base == 5, "research and committee outputs publish counts rounded to base 5")
        #expect(
            elimination.recovered.isEmpty, "recovered by elimination: \(elimination.recovered.count): \(elimination.recovered.prefix(5))")
        #expect(propagation.recovered.isEmpty, "recovered by bounds: \(propagation.recovered.count): \(propagation.recovered.prefix(5))")
        #expect(elimination.pinned.isEmpty, "pinned by elimination: \(elimination.pinned.count): \(elimination.pinned.prefix(5))")
        // Strict: no hidden cell is bounded more tightly than its mark and the published zeros alone bound it.
        #expect(elimination.determined > 0, "the attack has teeth: the equations determine hidden figures (bounded, not fixed)")
        #expect(
            propagation.pinned.isEmpty, "narrowed inside the mark by bounds: \(propagation.pinned.count): \(propagation.pinned.prefix(5))")
    }

    /// Why committee and research periods are one quarter or one year: with windows of two and three consecutive
    /// quarters as well, the rounding intervals of the overlapping sums intersect and narrow small cells of the demo
    /// inside their mark (COM-GER's and KEMPEN's unknown-wait cells to 1…3 and 3…4; under rounding to the nearest
    /// multiple they recovered COM-GER's cells exactly: the attack has teeth against rounding too).
    @Test func overlappingWindowsWouldNarrowSmallCellsSoTheyAreRefused() throws {
        let (elimination, propagation, _) = try Self.attack(CompareFixture.demo, overlapping: [2, 3])
        #expect(!(elimination.recovered + elimination.pinned + propagation.recovered + propagation.pinned).isEmpty)
        let policy = DisclosurePolicy(audience: .research)
        #expect(
            !policy.allows(ReleaseAttack.period(quarters: 8100...8101))
                && !policy.allows(
                    ReportPeriod(
                        first: YearMonth(year: 2025, month: 2),
                        last: YearMonth(year: 2025, month: 4)))
        )
        #expect(policy.allows(ReleaseAttack.period(quarters: 8101...8101)) && policy.allows(.year(2025)))
        #expect(DisclosurePolicy(audience: .network).allows(ReleaseAttack.period(quarters: 8100...8101)))
    }

    /// A dataset built to be small: 4 networks, 4 quarters, waits of 0–6 per cell, so most cells are 1–4.
    static func smallDataset() throws -> Dataset {
        var generator = SeededGenerator(seed: 15)
        let networks = ["SMA", "SMB", "SMC", "SMD"]
        var waits = "network,month,function,age_band,bucket,count\n"
        var activity = "network,month,pseudocode,age_band,bim,units\n"
        for network in networks {
            for month in 1...12 {
                let ym = String(format: "2025-%02d", month)
                activity += "\(network),\(ym),726530,24-64,no,\(Int.random(in: 1...30, using: &generator))\n"
                guard month % 3 == 1 else { continue }  // one month per quarter keeps the cells small
                for function in ["2", "3"] {
                    for bucket in WaitBucket.allCases.map(\.rawValue) {
                        waits += "\(network),\(ym),\(function),24-64,\(bucket),\(Int.random(in: 0...6, using: &generator))\n"
                    }
                }
            }
        }
        let folder = try TestSupport.dataset([
            "networks.csv": "network,name,target_group,region\n" + networks.map { "\($0),Small network \($0),adult,VL\n" }.joined(),
            "activity.csv": activity, "waits.csv": waits,
        ])
        return try EngineFixture.read(folder)
    }

    @Test func aSmallReleaseRecoversAndPinsNoSuppressedCell() throws {
        let dataset = try Self.smallDataset()
        let small = (dataset.waits ?? []).count(where: { (1...4).contains($0.count) })
        #expect(small > 100, "the dataset is built with many cells of 1–4 (\(small))")
        let (elimination, propagation, _) = try Self.attack(dataset)
        #expect(
            elimination.recovered.isEmpty, "recovered by elimination: \(elimination.recovered.count): \(elimination.recovered.prefix(5))")
        #expect(propagation.recovered.isEmpty, "recovered by bounds: \(propagation.recovered.count): \(propagation.recovered.prefix(5))")
        #expect(elimination.pinned.isEmpty, "pinned by elimination: \(elimination.pinned.count): \(elimination.pinned.prefix(5))")
        // Strict: no hidden cell is bounded more tightly than its mark and the published zeros alone bound it.
        #expect(elimination.determined > 0, "the attack has teeth: the equations determine hidden figures (bounded, not fixed)")
        #expect(
            propagation.pinned.isEmpty, "narrowed inside the mark by bounds: \(propagation.pinned.count): \(propagation.pinned.prefix(5))")
    }

    /// Every shipped table extract of the demo, attacked on its own margins (outreach sites: the sessions, the count that
    /// is controlled; sites are places, published as given).
    @Test(arguments: ["activity_network_month", "beneficiaries_network_year", "waits_network_quarter", "outreach_sites_network_year"])
    func eachShippedTableExtractAloneRecoversNothing(_ id: String) throws {
        let spec = try ExtractSpecLoader.load(
            file: EngineFixture.root.appendingPathComponent("Exports/extracts/\(id).yaml").path,
            reference: EngineFixture.reference, catalogue: EngineFixture.catalogue)
        let extract = try ExtractBuilder(
            reference: EngineFixture.reference, catalogue: EngineFixture.catalogue, texts: TestSupport.extractTexts
        ).build(
            spec, dataset: CompareFixture.demo)
        let measure = extract.header[extract.header.count - 2]
        let base = ReleaseAttack.inferredBase(extract.rows.map { Int64($0[extract.header.firstIndex(of: measure)!].text) })
        let solver = ReleaseAttack.solver(tableExtract: extract, base: base)
        let elimination = Self.verdict(solver.eliminate(), base: base)
        let propagation = Self.verdict(solver.propagationFindings(), base: base)
        #expect(elimination.recovered.isEmpty, "\(elimination.recovered.prefix(5))")
        #expect(propagation.recovered.isEmpty, "\(propagation.recovered.prefix(5))")
        #expect(elimination.pinned.isEmpty, "\(elimination.pinned.prefix(5))")
        // Alone, an extract does not say which hidden cells are small (status `suppressed` for both kinds), so its
        // totals bound hidden cells from above; a cell bounded inside 1–4 must be left all of 1–4, as its mark would.
        let small = propagation.pinned.filter { $0.bounds.upperBound <= 4 }
        #expect(small.allSatisfy { $0.bounds == 1...4 }, "\(small.filter { $0.bounds != 1...4 }.prefix(5))")
    }
}
