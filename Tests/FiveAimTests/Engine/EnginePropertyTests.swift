import Foundation
import PropertyBased
import Testing

@testable import FiveAim

/// Properties of the engine over generated and rearranged datasets.
struct EnginePropertyTests {
    static let codes = [726412, 726530, 726552, 726611, 726633, 726655, 726714, 726773, 726795, 726891, 726913, 726950, 727031, 727053]

    /// A random dataset of the fixture's two networks plus two shipped ones, activity and group sessions only.
    static func randomDataset(seed: Int) -> Dataset {
        var random = SplitMix(state: UInt64(bitPattern: Int64(seed)))
        var dataset = EngineFixture.small
        dataset.networks += [
            Network(code: "NETC", name: "C", targetGroup: .adult, region: .brussels),
            Network(code: "NETD", name: "D", targetGroup: .all, region: .germanSpeaking),
        ]
        let networks = ["NETA", "NETC", "NETD"]
        dataset.activity = (0..<Int.random(in: 1...60, using: &random)).map { _ in
            let code = codes.randomElement(using: &random)!
            let unregistered = EngineFixture.reference.pseudocodes[code]!.hasUnregisteredParticipants
            return ActivityRow(
                network: networks.randomElement(using: &random)!,
                month: YearMonth(year: Int.random(in: 2024...2026, using: &random), month: Int.random(in: 1...12, using: &random)),
                pseudocode: code, ageBand: unregistered ? .unknown : [.age24to64, .age65plus, .age18to23].randomElement(using: &random)!,
                bim: unregistered ? .unknown : BimStatus.allCases.randomElement(using: &random)!,
                units: Int64.random(in: 0...40, using: &random))
        }
        dataset.groupSessions = (0..<Int.random(in: 0...10, using: &random)).map { _ in
            let sessions = Int64.random(in: 1...5, using: &random)
            return GroupSessionRow(
                network: networks.randomElement(using: &random)!,
                month: YearMonth(year: 2025, month: Int.random(in: 1...12, using: &random)),
                function: [.community, .support, .treatment].randomElement(using: &random)!, sessions: sessions,
                sessionsTwoPsychologists: Int64.random(in: 0...sessions, using: &random))  // co-led: priced twice on every path
        }
        dataset.twoPsychologistSessionsReported = true
        return dataset
    }

    @Test("for additive measures the BE numerator and denominator are the sums of the network ones")
    func nationalIsTheSumOfNetworks() async {
        let additive = EngineFixture.catalogue.indicators.filter { $0.numerator.measure.additive && $0.numerator.table != .population }
        await propertyCheck(count: 40, input: Gen.int(in: 0...1_000_000)) { seed in
            let dataset = Self.randomDataset(seed: seed)
            let results = IndicatorEngine(catalogue: EngineFixture.catalogue)
                .evaluate(dataset, periods: ReportPeriod.yearsPresent(in: dataset), ids: additive.map(\.id))
            let groups = Dictionary(grouping: results) { "\($0.indicator) \($0.period)" }
            for (_, group) in groups {
                guard let national = group.first(where: { $0.network == Network.nationalCode }), let total = national.numerator else {
                    continue
                }
                let parts = group.filter { $0.network != Network.nationalCode }.compactMap(\.numerator)
                #expect(
                    parts.reduce(Quantity.zero(total.count == nil ? .money : .count), +) == total,
                    "\(national.indicator) \(national.period)")
                if let definition = EngineFixture.catalogue.indicator(national.indicator), definition.denominator?.measure.additive == true,
                    definition.denominator?.table != .population, let denominator = national.denominator
                {
                    let bottoms = group.filter { $0.network != Network.nationalCode }.compactMap(\.denominator)
                    #expect(bottoms.reduce(Quantity.zero(denominator.count == nil ? .money : .count), +) == denominator)
                }
            }
        }
    }

    @Test("shuffling the rows of every table never changes any output byte")
    func shufflingRows() async {
        let reference = EngineFixture.allOutputs(EngineFixture.small)
        await propertyCheck(count: 20, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SplitMix(state: UInt64(seed))
            var dataset = EngineFixture.small
            dataset.activity.shuffle(using: &random)
            dataset.groupSessions?.shuffle(using: &random)
            dataset.waits?.shuffle(using: &random)
            dataset.beneficiaries?.shuffle(using: &random)
            dataset.population?.shuffle(using: &random)
            dataset.budget?.shuffle(using: &random)
            dataset.outcomes?.shuffle(using: &random)
            dataset.experience?.shuffle(using: &random)
            dataset.workforce?.shuffle(using: &random)
            dataset.networks.shuffle(using: &random)
            #expect(EngineFixture.allOutputs(dataset) == reference)
        }
    }

    @Test("splitting a table over several files, in any row order, never changes any output byte")
    func splittingFiles() async throws {
        let reference = EngineFixture.allOutputs(EngineFixture.small)
        let names = try FileManager.default.contentsOfDirectory(atPath: EngineFixture.smallFolder).sorted()
        await propertyCheck(count: 8, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SplitMix(state: UInt64(seed))
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fiveaim-engine-split-\(seed)-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            for name in names {
                let text = try String(contentsOfFile: EngineFixture.smallFolder + "/" + name, encoding: .utf8)
                var lines = text.split(separator: "\n").map(String.init)
                let header = lines.removeFirst()
                lines.shuffle(using: &random)
                let stem = String(name.dropLast(4))
                let parts = stem == "networks" ? 1 : Int.random(in: 1...min(3, lines.count), using: &random)
                for part in 0..<parts {
                    let chunk = lines.enumerated().filter { $0.offset % parts == part }.map(\.element)
                    let file = parts == 1 ? name : "\(stem)-part\(part).csv"
                    try ([header] + chunk).joined(separator: "\n").appending("\n").write(
                        to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
                }
            }
            let dataset = try EngineFixture.read(folder.path)
            #expect(EngineFixture.allOutputs(dataset) == reference)
        }
    }

    @Test(
        "periods asked together (a month in two periods: every row summed one by one) or one at a time (rows summed per cell first) give the same results"
    )
    func overlappingPeriods() async {
        func check(_ dataset: Dataset) {
            let engine = IndicatorEngine(catalogue: EngineFixture.catalogue)
            for year in ReportPeriod.yearsPresent(in: dataset).compactMap(\.calendarYear) {
                let periods = [
                    ReportPeriod.year(year),
                    ReportPeriod(first: YearMonth(year: year, month: 7), last: YearMonth(year: year + 1, month: 6)),
                ]
                let together = engine.evaluate(dataset, periods: periods)
                for period in periods {
                    #expect(together.filter { $0.period == period } == engine.evaluate(dataset, periods: [period]), "\(period)")
                }
            }
        }
        check(EngineFixture.small)
        await propertyCheck(count: 20, input: Gen.int(in: 0...1_000_000)) { seed in check(Self.randomDataset(seed: seed)) }
    }

    @Test("net care spending per network and year (priced per cell of the activity cube) is the sum of every row priced one by one")
    func spendingPerCellIsTheRowWalk() async {
        let calculator = SpendingCalculator(
            pseudocodes: EngineFixture.catalogue.pseudocodes, tariffs: TariffBook(EngineFixture.small.tariffs))
        /// Checks one dataset; returns how many network results were available (compared).
        @discardableResult
        func check(seed: Int) -> Int {
            let dataset = Self.randomDataset(seed: seed)
            var expected: [String: Int64] = [:]
            calculator.forEachAmount(dataset, functions: Set(SpendingFunction.allCases)) { network, month, amount in
                expected["\(network) \(month.year)", default: 0] += amount.cents
            } missingTariff: { _, _ in
            }
            let results = IndicatorEngine(catalogue: EngineFixture.catalogue)
                .evaluate(dataset, periods: ReportPeriod.yearsPresent(in: dataset), ids: ["net_care_spending"])
            let compared = results.filter { $0.network != Network.nationalCode && $0.status == .ok }
            for result in compared {
                #expect(
                    result.numerator == .money(Money(cents: expected["\(result.network) \(result.period)"] ?? 0)),
                    "\(result.network) \(result.period)")
            }
            return compared.count
        }
        #expect(check(seed: 7) > 0)
        await propertyCheck(count: 30, input: Gen.int(in: 0...1_000_000)) { seed in check(seed: seed) }
    }
}
