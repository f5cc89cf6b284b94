import PropertyBased
import Testing

@testable import FiveAim

/// The fast path (sums per cell: `ActivityCube`, `WaitsCube`, `SpendingCube`) against the reference row walk
/// (`RowWalk`), measure by measure, on random datasets and random sets of periods.
struct MeasureCubesTests {
    /// Every measure the shipped catalogue reads: numerators, denominators, reference shares, wait-histogram buckets.
    static let specs: [MeasureSpec] = {
        var specs: [MeasureSpec] = []
        for indicator in EngineFixture.catalogue.indicators {
            specs +=
                [indicator.numerator]
                + [indicator.denominator, indicator.referenceNumerator, indicator.referenceDenominator].compactMap { $0 }
            if indicator.method == .histogramMedian {
                for bucket in WaitBucket.allCases {
                    var spec = indicator.numerator
                    spec.buckets = [bucket]
                    specs.append(spec)
                }
            }
        }
        return Array(Set(specs)).sorted { $0.formula < $1.formula }
    }()

    /// Networks of the random rows: the fixture's, two more, and one not in `networks` at all.
    static let networks = ["NETA", "NETB", "NETC", "NETD", "NETX"]

    /// A random dataset: the small fixture with random activity (every Annex 1 code, 2024 to 2026, in one case out of four
    /// from 2023, which has no tariffs),
    /// waits and group sessions, and some codes' tariffs left out.
    static func randomDataset(_ random: inout SplitMix) -> Dataset {
        var dataset = EngineFixture.small
        dataset.networks += [
            Network(code: "NETC", name: "C", targetGroup: .adult, region: .brussels),
            Network(code: "NETD", name: "D", targetGroup: .child, region: .germanSpeaking),
        ]
        let codes = EngineFixture.catalogue.pseudocodes.keys.sorted()
        let firstYear = Int.random(in: 0..<4, using: &random) == 0 ? 2023 : 2024
        func month() -> YearMonth {
            YearMonth(year: Int.random(in: firstYear...2026, using: &random), month: Int.random(in: 1...12, using: &random))
        }
        dataset.activity = (0..<Int.random(in: 0...300, using: &random)).map { _ in
            ActivityRow(
                network: networks.randomElement(using: &random)!, month: month(), pseudocode: codes.randomElement(using: &random)!,
                ageBand: AgeBand.allCases.randomElement(using: &random)!, bim: BimStatus.allCases.randomElement(using: &random)!,
                units: Int64.random(in: 0...40, using: &random))
        }
        dataset.waits = (0..<Int.random(in: 0...200, using: &random)).map { _ in
            WaitRow(
                network: networks.randomElement(using: &random)!, month: month(),
                function: CareFunction.allCases.randomElement(using: &random)!, ageBand: AgeBand.allCases.randomElement(using: &random)!,
                bucket: WaitBucket.allCases.randomElement(using: &random)!, count: Int64.random(in: 0...30, using: &random))
        }
        dataset.groupSessions = (0..<Int.random(in: 0...20, using: &random)).map { _ in
            let sessions = Int64.random(in: 1...5, using: &random)
            return GroupSessionRow(
                network: networks.randomElement(using: &random)!, month: month(),
                function: [.community, .support, .treatment].randomElement(using: &random)!, sessions: sessions,
                sessionsTwoPsychologists: Int64.random(in: 0...sessions, using: &random))
        }
        dataset.twoPsychologistSessionsReported = true
        if Bool.random(using: &random) {
            let dropped = Set((0..<2).map { _ in codes.randomElement(using: &random)! })
            dataset.tariffs = dataset.tariffs.filter { !dropped.contains($0.pseudocode) }
        }
        return dataset
    }

    /// Random periods: calendar years, months, quarters, a year with the July–June year overlapping it, or one period
    /// across two years.
    static func randomPeriods(_ random: inout SplitMix) -> [ReportPeriod] {
        let year = Int.random(in: 2023...2026, using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return (2023...2026).map(ReportPeriod.year)
        case 1: return (1...12).map { ReportPeriod(first: YearMonth(year: year, month: $0), last: YearMonth(year: year, month: $0)) }
        case 2:
            return (0..<4).map {
                ReportPeriod(first: YearMonth(year: year, month: 3 * $0 + 1), last: YearMonth(year: year, month: 3 * $0 + 3))
            }
        case 3: return [.year(year), ReportPeriod(first: YearMonth(year: year, month: 7), last: YearMonth(year: year + 1, month: 6))]
        default: return [ReportPeriod(first: YearMonth(year: year, month: 4), last: YearMonth(year: year + 1, month: 3))]
        }
    }

    /// How many measures of each table one random case compared through a cube.
    struct Compared {
        var activity = 0
        var waits = 0
        var spending = 0
    }

    /// Compares every measure of the cubes' tables summed both ways; returns how many went through a cube.
    static func compare(seed: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Compared {
        var random = SplitMix(state: UInt64(bitPattern: Int64(seed)))
        let dataset = randomDataset(&random)
        let periods = randomPeriods(&random)
        let walk = RowWalk(dataset: dataset, pseudocodes: EngineFixture.catalogue.pseudocodes, periods: periods)
        let activity = ActivityCube(dataset.activity, periods: periods.count, slots: walk.slots)
        let waits = WaitsCube(dataset.waits ?? [], periods: periods.count, slots: walk.slots)
        let spending = activity.flatMap { SpendingCube($0, periods: periods, calculator: walk.spending) }
        var compared = Compared()
        for spec in specs {
            let fast: Aggregate?
            switch spec.table {
            case .activity:
                fast = activity?.aggregate(spec, periods: periods.count, dataset: dataset)
                if fast != nil { compared.activity += 1 }
            case .waits:
                fast = waits?.aggregate(spec, periods: periods.count, dataset: dataset)
                if fast != nil { compared.waits += 1 }
            case .spending:
                fast = spending?.aggregate(spec, calculator: walk.spending, slots: walk.slots, dataset: dataset)
                if fast != nil { compared.spending += 1 }
            default:
                fast = nil
            }
            if let fast {
                #expect(fast == walk.aggregate(spec), "seed \(seed), \(periods), \(spec.formula)", sourceLocation: sourceLocation)
            }
        }
        return compared
    }

    @Test("every activity, waits and spending measure summed from the cubes equals the row walk, on random datasets")
    func cubesAreTheRowWalk() async {
        // Years as periods, the tariffs complete: every cube is built, and a wrong slot or price shows.
        var total = Compared()
        for seed in 0..<40 {
            let compared = Self.compare(seed: seed)
            total.activity += compared.activity
            total.waits += compared.waits
            total.spending += compared.spending
        }
        #expect(total.activity > 0 && total.waits > 0 && total.spending > 0)
        await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in _ = Self.compare(seed: seed) }
    }

    @Test("the cubes are not built when a month lies in two periods, nor spending when a period spans two years")
    func cubesStepAside() {
        var random = SplitMix(state: 7)
        var dataset = Self.randomDataset(&random)
        let august = YearMonth(year: 2025, month: 8)
        dataset.activity.append(ActivityRow(network: "NETA", month: august, pseudocode: 726412, ageBand: .age24to64, bim: .no, units: 1))
        dataset.waits?.append(
            WaitRow(network: "NETA", month: august, function: .treatment, ageBand: .age24to64, bucket: .days0to7, count: 1))
        let overlapping = [
            ReportPeriod.year(2025), ReportPeriod(first: YearMonth(year: 2025, month: 7), last: YearMonth(year: 2026, month: 6)),
        ]
        #expect(ActivityCube(dataset.activity, periods: 2, slots: MonthSlots(overlapping)) == nil)
        #expect(WaitsCube(dataset.waits ?? [], periods: 2, slots: MonthSlots(overlapping)) == nil)
        let acrossYears = [ReportPeriod(first: YearMonth(year: 2025, month: 7), last: YearMonth(year: 2026, month: 6))]
        let calculator = SpendingCalculator(pseudocodes: EngineFixture.catalogue.pseudocodes, tariffs: TariffBook(dataset.tariffs))
        let activity = ActivityCube(dataset.activity, periods: 1, slots: MonthSlots(acrossYears))
        #expect(activity != nil)
        #expect(activity.flatMap { SpendingCube($0, periods: acrossYears, calculator: calculator) } == nil)
    }
}
