import FiveAimTestFixtures
import Foundation
import Testing

@testable import FiveAim
@testable import FiveAimDemo

/// The demo dataset: valid, deterministic, realistic, with its planted breaches where
/// docs/demo-dataset.md says they are. Every figure here is recomputed from the rows read back by
/// `DatasetReader`, independently of the generator's own tally.
struct DemoDatasetTests {
    // MARK: - Shared run

    /// The month the demo is generated up to and the run month it is read at.
    static let until = DemoFixture.until

    /// The standard demo (seed 2024, until 2026-10, scale 1): the one shared by every test target.
    static let standard: Result<(folder: String, report: DemoReport, dataset: Dataset), Error> = Result {
        let (folder, report) = try DemoFixture.standard.get()
        return (folder, report, try DemoFixture.dataset.get())
    }

    /// Per network and year figures of the standard demo, recomputed from its rows.
    static let figures: Result<[String: Figures], Error> = Result { Figures.tally(try standard.get().dataset) }

    /// Removes a test's folder and the temporary folder holding it.
    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent)
    }

    // MARK: - Validity and determinism

    @Test func theDemoPassesTheValidatorWithEveryTableAndNetwork() throws {
        let (folder, report, dataset) = try Self.standard.get()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(
            names
                == [
                    "activity-2024.csv", "activity-2025.csv", "activity-2026.csv", "beneficiaries.csv", "budget.csv",
                    "experience.csv", "group_sessions.csv", "operating_costs.csv", "outcomes.csv", "outreach_sites.csv", "population.csv",
                    "waits.csv", "workforce.csv", "fiveaim-output.json",
                ].sorted())
        // Every file but the output folder's list of what it wrote (docs/demo-dataset.md).
        #expect(report.files.map(\.name) == names.filter { $0 != OutputFolder.recordName })
        #expect(TableKind.allCases.allSatisfy { dataset.isPresent($0) })
        #expect(!dataset.networksFromDataset)
        #expect(Set(dataset.activity.map(\.network)) == Set(TestSupport.reference.networks.map(\.code)))
        #expect(dataset.monthsCovered == YearMonth.conventionStart...Self.until)
        #expect(Set(dataset.activity.map(\.pseudocode)) == Set(TestSupport.reference.pseudocodes.keys))
    }

    @Test func anotherSeedGivesOtherNumbersButAMonthNeverDependsOnTheLastMonth() throws {
        let full = try Self.standard.get().folder
        let short = try TestSupport.temporaryFolder() + "/short"
        defer { Self.remove(short) }
        _ = try DemoDataset.write(
            to: short, reference: TestSupport.reference,
            options: DemoOptions(until: YearMonth(year: 2024, month: 6)))
        let prefix = try String(contentsOfFile: short + "/activity-2024.csv", encoding: .utf8)
        let whole = try String(contentsOfFile: full + "/activity-2024.csv", encoding: .utf8)
        let early = whole.split(separator: "\n").filter { $0.contains(",2024-04,") || $0.contains(",2024-05,") || $0.contains(",2024-06,") }
        #expect(prefix.split(separator: "\n").dropFirst().elementsEqual(early))

        let other = try TestSupport.temporaryFolder() + "/other"
        defer { Self.remove(other) }
        _ = try DemoDataset.write(
            to: other, reference: TestSupport.reference,
            options: DemoOptions(seed: 7, until: YearMonth(year: 2024, month: 6)))
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: other + "/activity-2024.csv"))
                != Data(contentsOf: URL(fileURLWithPath: short + "/activity-2024.csv")))
    }

    @Test func scaleTwoWritesSuffixedCopiesOfEveryNetworkThatAllValidate() throws {
        let folder = try TestSupport.temporaryFolder() + "/scaled"
        defer { Self.remove(folder) }
        let report = try DemoDataset.write(
            to: folder, reference: TestSupport.reference,
            options: DemoOptions(until: YearMonth(year: 2024, month: 5), scale: 2))
        let dataset = try TestSupport.read(folder, problemLimit: 1000)
        #expect(dataset.networksFromDataset)
        #expect(dataset.networks.count == 2 * TestSupport.reference.networks.count)
        #expect(dataset.networks.contains { $0.code == "BRUMENTA-2" && $0.targetGroup == .adult && $0.region == .brussels })
        #expect(Set(dataset.activity.map(\.network)).count == dataset.networks.count)
        #expect(report.files.contains { $0.name == "networks.csv" && $0.rows == 64 })
        #expect(!FileManager.default.fileExists(atPath: folder + "/tariffs.csv"))
    }

    @Test func anExistingDemoIsReplacedButAFolderWithOtherFilesIsRefusedAndLeftAlone() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { Self.remove(folder + "/x") }
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        #expect(throws: DiagnosticError.self) {
            try DemoDataset.write(
                to: folder, reference: TestSupport.reference, options: DemoOptions(until: YearMonth(year: 2024, month: 4)))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])

        let demo = try TestSupport.temporaryFolder() + "/demo"
        defer { Self.remove(demo) }
        let options = DemoOptions(until: YearMonth(year: 2024, month: 4))
        _ = try DemoDataset.write(to: demo, reference: TestSupport.reference, options: options)
        // A file FiveAim did not write there is never removed: the run is refused (FA4301) and the folder left as it was.
        try Data("network,year,population,population_bim\n".utf8).write(to: URL(fileURLWithPath: demo + "/population-old.csv"))
        let refused = #expect(throws: DiagnosticError.self) {
            try DemoDataset.write(to: demo, reference: TestSupport.reference, options: options)
        }
        #expect(refused?.diagnostics.first?.code == .outputFolderRefused)
        #expect(FileManager.default.fileExists(atPath: demo + "/population-old.csv"))
        // Without it, the folder is exactly the previous demo, and is replaced.
        try FileManager.default.removeItem(atPath: demo + "/population-old.csv")
        _ = try DemoDataset.write(to: demo, reference: TestSupport.reference, options: options)
        let parent = (demo as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["demo"])
    }

    // MARK: - Consistency between tables

    @Test func distinctBeneficiariesAreConsistentAcrossFunctionsAndWithTheNationalRows() throws {
        let dataset = try Self.standard.get().dataset
        var totals: [String: Int64] = [:]  // "network|year|function" → distinct people
        for row in dataset.beneficiaries ?? [] {
            totals["\(row.network)|\(row.year)|\(row.function?.rawValue ?? "all")", default: 0] += row.beneficiaries
        }
        for network in TestSupport.reference.networks.map(\.code) + [Network.nationalCode] {
            for year in 2024...2026 {
                let support = totals["\(network)|\(year)|2"] ?? 0, treatment = totals["\(network)|\(year)|3"] ?? 0
                let all = totals["\(network)|\(year)|all"] ?? 0
                #expect(all >= max(support, treatment) && all < support + treatment, "\(network) \(year)")
            }
        }
        for year in 2024...2026 {
            for function in ["2", "3", "all"] {
                let sum = TestSupport.reference.networks.reduce(Int64(0)) { $0 + (totals["\($1.code)|\(year)|\(function)"] ?? 0) }
                let national = totals["BE|\(year)|\(function)"] ?? 0
                #expect(national < sum && national > sum * 98 / 100, "BE \(year) \(function)")
            }
        }
    }

    @Test func waitsCountTheFirstSessionsAndGroupSessionsMatchTheirParticipations() throws {
        let dataset = try Self.standard.get().dataset
        let codes = TestSupport.reference.pseudocodes
        var firsts: [String: Int64] = [:], waits: [String: Int64] = [:]
        for row in dataset.activity where codes[row.pseudocode]!.isFirstSession {
            firsts["\(row.network)|\(row.month)|\(codes[row.pseudocode]!.function.rawValue)", default: 0] += row.units
        }
        for row in dataset.waits ?? [] { waits["\(row.network)|\(row.month)|\(row.function.rawValue)", default: 0] += row.count }
        #expect(firsts == waits)

        var cofacilitated: [String: Int64] = [:]
        for row in dataset.activity where codes[row.pseudocode]!.modality == .cofacilitation {
            cofacilitated["\(row.network)|\(row.month)|\(codes[row.pseudocode]!.function.rawValue)", default: 0] += row.units
        }
        var sessions: [String: Int64] = [:]
        for row in dataset.groupSessions ?? [] { sessions["\(row.network)|\(row.month)|\(row.function.rawValue)"] = row.sessions }
        for (key, units) in cofacilitated { #expect(units <= sessions[key] ?? 0, "co-facilitation above sessions at \(key)") }

        let unregistered = dataset.activity.filter { codes[$0.pseudocode]!.hasUnregisteredParticipants }
        #expect(unregistered.allSatisfy { $0.ageBand == .unknown && $0.bim == .unknown })
    }

    // MARK: - Magnitudes

    @Test func nationalMagnitudesAreThoseOfBelgium() throws {
        let dataset = try Self.standard.get().dataset
        let codes = TestSupport.reference.pseudocodes
        let networks = Dictionary(uniqueKeysWithValues: TestSupport.reference.networks.map { ($0.code, $0) })
        let inhabitants = (dataset.population ?? []).filter { $0.year == 2025 && networks[$0.network]!.targetGroup != .child }
        let population = inhabitants.reduce(Int64(0)) { $0 + $1.population }
        let populationBIM = inhabitants.reduce(Int64(0)) { $0 + $1.populationBim }
        #expect((11_600_000...12_000_000).contains(population))
        #expect((0.16...0.20).contains(Double(populationBIM) / Double(population)))
        let german = dataset.population!.first { $0.network == "COM-GER" && $0.year == 2024 }!.population
        #expect((75_000...81_000).contains(german))

        func units(_ year: Int, _ keep: (Pseudocode) -> Bool) -> Int64 {
            dataset.activity.filter { $0.month.year == year && keep(codes[$0.pseudocode]!) }.reduce(0) { $0 + $1.units }
        }
        let individual = { (code: Pseudocode) in code.modality == .individual && [.support, .treatment].contains(code.function) }
        let sessions = units(2025, individual)
        #expect((1_300_000...1_600_000).contains(sessions))
        let share = { (part: Int64) in Double(part) / Double(sessions) }
        #expect((0.35...0.45).contains(share(units(2025) { individual($0) && $0.function == .treatment })))
        #expect((0.08...0.15).contains(share(units(2025) { individual($0) && $0.setting == .outreach })))
        #expect((0.03...0.07).contains(share(units(2025) { individual($0) && $0.setting == .remote })))
        #expect((0.01...0.03).contains(share(units(2025) { individual($0) && $0.setting == .home })))
        let therapyGroups = units(2025) { $0.modality == .group && $0.function != .community }
        let allGroups = units(2025) { $0.modality == .group }
        #expect((0.05...0.12).contains(Double(therapyGroups) / Double(therapyGroups + sessions)))
        #expect((0.05...0.12).contains(Double(allGroups) / Double(allGroups + sessions)))

        func people(_ year: Int, _ keep: (BeneficiaryRow) -> Bool = { _ in true }) -> Int64 {
            (dataset.beneficiaries ?? []).filter { $0.network == Network.nationalCode && $0.year == year && $0.function == nil && keep($0) }
                .reduce(0) { $0 + $1.beneficiaries }
        }
        #expect((220_000...300_000).contains(people(2024)))
        #expect((280_000...380_000).contains(people(2025)))
        let known = people(2025) { $0.bim != .unknown }
        #expect((0.22...0.28).contains(Double(people(2025) { $0.bim == .yes }) / Double(known)))
        let knownAge = people(2025) { $0.ageBand != .unknown }
        #expect(Double(people(2025) { $0.ageBand.isUpTo23 }) / Double(knownAge) > 1.0 / 3)
        let supportPeople = (dataset.beneficiaries ?? []).filter {
            $0.network == Network.nationalCode && $0.year == 2025 && $0.function == .support
        }
        .reduce(Int64(0)) { $0 + $1.beneficiaries }
        let supportFirsts = units(2025) { $0.isFirstSession && $0.function == .support }
        #expect((0.85...1.0).contains(Double(supportFirsts) / Double(supportPeople)))

        let waits2025 = (dataset.waits ?? []).filter { $0.month.year == 2025 && $0.bucket != .unknown }
        let within = waits2025.filter { [.days0to7, .days8to14, .days15to30].contains($0.bucket) }.reduce(Int64(0)) { $0 + $1.count }
        #expect((0.75...0.85).contains(Double(within) / Double(waits2025.reduce(Int64(0)) { $0 + $1.count })))

        let budget = (dataset.budget ?? []).filter { $0.year == 2025 }.reduce(Int64(0)) { $0 + $1.amount.cents }
        #expect((23_000_000_000...26_000_000_000).contains(budget))
        let careBase = (dataset.budget ?? []).filter { $0.year == 2025 }.reduce(into: [BudgetLine: Int64]()) {
            $0[$1.line, default: 0] += $1.amount.cents
        }
        #expect(careBase[.careBase]! == careBase.values.max())
        #expect(!(dataset.budget ?? []).contains { $0.line == .eatingDisorders && networks[$0.network]!.targetGroup != .child })
        #expect(Set((dataset.budget ?? []).filter { $0.line == .prisons }.map(\.network)).count == 10)
        #expect((dataset.budget ?? []).filter { $0.line == .training }.allSatisfy { $0.year == 2026 })
    }

    @Test func the2026AmendmentAddsItsTableToTheAdultNetworks() throws {
        let dataset = try Self.standard.get().dataset
        func line(_ network: String, _ year: Int, _ line: BudgetLine) -> Int64 {
            dataset.budget!.first { $0.network == network && $0.year == year && $0.line == line }?.amount.cents ?? 0
        }
        // 2026 = 2025 indexed by 2 % plus the amendment's additions (BRUMENTA: 71,428.57 € art. 8, 334,210.36 € care base).
        let art8 = line("BRUMENTA", 2026, .art8Outreach) - (line("BRUMENTA", 2025, .art8Outreach) * 102 + 50) / 100
        let care = line("BRUMENTA", 2026, .careBase) - (line("BRUMENTA", 2025, .careBase) * 102 + 50) / 100
        #expect(abs(art8 - 7_142_857) <= 1)
        #expect(abs(care - 33_421_036) <= 1)
        let child = line("EA-BXL", 2026, .art8Outreach) - (line("EA-BXL", 2025, .art8Outreach) * 102 + 50) / 100
        #expect(abs(child) <= 1)
    }

    // MARK: - Planted breaches

    @Test func function3SpendingExceeds45PercentOfTheCareBaseOnlyInThePlantedNetworkIn2025() throws {
        let figures = try Self.figures.get()
        let breaches = figures.values.filter { $0.treatmentCents * 100 > $0.careBaseCents * 45 }.map(\.key)
        #expect(breaches == ["\(PlantedBreaches.function3OverCap)|2025"])
    }

    @Test func netCareSpendingExceedsTheCareLinesOnlyInThePlantedNetworkIn2025() throws {
        let figures = try Self.figures.get()
        let breaches = figures.values.filter { $0.careCents > $0.careLinesCents }.map(\.key)
        #expect(breaches == ["\(PlantedBreaches.overspending)|2025"])
        let planted = figures["\(PlantedBreaches.overspending)|2025"]!
        #expect((1.05...1.15).contains(Double(planted.careCents) / Double(planted.careLinesCents)))
    }

    @Test func groupSizesFallUnderTheConventionMinimumsOnlyInThePlantedNetworks() throws {
        for figure in try Self.figures.get().values {
            let community = Double(figure.participations[0]) / Double(figure.sessions[0])
            let therapy = Double(figure.participations[1] + figure.participations[2]) / Double(figure.sessions[1] + figure.sessions[2])
            #expect((community < 10) == (figure.network == PlantedBreaches.smallCommunityGroups), "\(figure.key) community \(community)")
            #expect((therapy < 4) == (figure.network == PlantedBreaches.smallTherapyGroups), "\(figure.key) groups \(therapy)")
            #expect(community < 15 && therapy < 9)
        }
    }

    @Test func firstSessionsWithin30DaysAreUnder80PercentOnlyInTheTwoPlantedNetworks() throws {
        let slow = [PlantedBreaches.slowAccessAdult, PlantedBreaches.slowAccessChild]
        for figure in try Self.figures.get().values {
            let share = Double(figure.within30) / Double(figure.knownWaits)
            if slow.contains(figure.network) {
                #expect(share < 0.65, "\(figure.key)")
            } else {
                #expect(share >= 0.8, "\(figure.key) \(share)")
            }
        }
    }

    @Test func theSupportMissionShareFallsOnlyInThePlantedNetwork() throws {
        let figures = try Self.figures.get()
        for network in TestSupport.reference.networks.map(\.code) {
            let shares = (2024...2026).map {
                Double(figures["\(network)|\($0)"]!.missionCents) / Double(figures["\(network)|\($0)"]!.careCents)
            }
            if network == PlantedBreaches.fallingMissions {
                #expect(shares[0] > shares[1] && shares[1] > shares[2], "\(shares)")
            } else {
                #expect(shares[0] < shares[1] && shares[1] < shares[2], "\(network) \(shares)")
            }
        }
    }

    @Test func theFunnelOutliersStayOutsideOverdispersedLimitsAndNoOtherNetworkDoes() throws {
        let figures = try Self.figures.get()
        let groups = Dictionary(uniqueKeysWithValues: TestSupport.reference.networks.map { ($0.code, $0.targetGroup) })
        for year in 2024...2026 {
            let adults = figures.values.filter { $0.year == year && groups[$0.network] != .child }
            let children = figures.values.filter { $0.year == year && groups[$0.network] == .child }
            let outreach = Funnel(adults.map { ($0.network, $0.outreach, $0.individual) })
            let adultWaits = Funnel(adults.map { ($0.network, $0.within30, $0.knownWaits) })
            let childWaits = Funnel(children.map { ($0.network, $0.within30, $0.knownWaits) })
            let bim = Funnel(children.map { ($0.network, $0.bimYes, $0.bimKnown) })
            for (funnel, planted, direction) in [
                (outreach, PlantedBreaches.outreachOutlier, 1.0),
                (adultWaits, PlantedBreaches.slowAccessAdult, -1.0),
                (childWaits, PlantedBreaches.slowAccessChild, -1.0),
                (bim, PlantedBreaches.lowBIMChild, -1.0),
            ] {
                for (network, z) in funnel.scores {
                    if network == planted {
                        #expect(z * direction > 4, "\(year) \(network) z = \(z)")
                    } else {
                        #expect(abs(z) < 3, "\(year) \(network) z = \(z)")
                    }
                }
            }
        }
    }

    @Test func checksOnTheDemoFindItsPlantedBreachesAndNothingElse() throws {
        // `fiveaim checks` on the standard demo (2024-04 to 2026-10, run month 2026-11): one finding per planted breach
        // with a rule and each year it is planted in (nil: 2024, 2025, 2026), and no other finding, note or network.
        let dataset = try Self.standard.get().dataset
        let findings = ConventionChecks.evaluate(dataset, catalogue: EngineFixture.catalogue, years: [2024, 2025, 2026])
        let found = Set(findings.map { "\($0.rule)|\($0.networkText)|\($0.year)" })
        let planted = Set(
            PlantedBreaches.all.flatMap { breach -> [String] in
                guard let check = breach.check else { return [] }
                return (breach.year.map { [$0] } ?? [2024, 2025, 2026]).map { "\(check)|\(breach.network)|\($0)" }
            })
        #expect(found == planted, "unplanted: \(found.subtracting(planted).sorted()); missed: \(planted.subtracting(found).sorted())")
        #expect(findings.count == found.count)
        // Every rule of checks.yaml has a planted breach to find.
        #expect(Set(EngineFixture.catalogue.rules.map(\.id)) == Set(PlantedBreaches.all.compactMap(\.check)))
        // The partial year names its months: the art. 8 rule compares January–October 2026 with January–October 2025.
        let art8 = try #require(findings.first { $0.rule == "art8_mission_share_of_line_growing" })
        #expect(art8.message.contains("January–October 2026 and January–October 2025"))
        #expect(
            findings.filter { $0.year == 2024 && $0.rule == "f2_sessions_within_cap" }.allSatisfy { $0.message.contains("April–December") })
        // The 2026 amendment (art. 2) replaces art. 14 by a new §1 only: the rules citing art. 14 §2, §3 and §5 say in 2026 that
        // they are the committee's reading of the text in force, and say nothing of the kind in 2025.
        let replaced = "the cited text holds until 2025: the 2026 amendment (art. 2) replaces art. 14 by a new §1 only"
        let operating = findings.filter { $0.rule == "hospital_administration_cap" }
        #expect(
            operating.filter { $0.year == 2026 }.count == 1
                && operating.filter { $0.year == 2026 }.allSatisfy { $0.message.contains(replaced) })
        #expect(
            operating.filter { $0.year == 2025 }.count == 1
                && operating.filter { $0.year == 2025 }.allSatisfy { !$0.message.contains(replaced) })
        #expect(findings.filter { $0.rule == "art8_mission_share_of_line_growing" }.allSatisfy { !$0.message.contains(replaced) })
    }

    @Test func thePlantedBreachesListNamesRealNetworksOfTheRightTargetGroup() {
        let groups = Dictionary(uniqueKeysWithValues: TestSupport.reference.networks.map { ($0.code, $0.targetGroup) })
        #expect(PlantedBreaches.all.allSatisfy { groups[$0.network] != nil })
        #expect(groups[PlantedBreaches.function3OverCap] == .adult && groups[PlantedBreaches.outreachOutlier] == .adult)
        #expect(groups[PlantedBreaches.slowAccessAdult] == .adult && groups[PlantedBreaches.slowAccessChild] == .child)
        #expect(groups[PlantedBreaches.lowBIMChild] == .child)
        // The session caps depend on the target group (art. 5 §2 B d–e): 8 for the adult network, 10 for the child one.
        #expect(groups[PlantedBreaches.longSupport] == .adult && groups[PlantedBreaches.longTreatmentChild] == .child)
        // Breaches 8–14 each have a network of their own, so that no planted value moves another rule.
        let own = PlantedBreaches.all.filter { $0.number >= 8 }.map(\.network)
        #expect(Set(own).count == own.count && Set(own).isDisjoint(with: PlantedBreaches.all.filter { $0.number < 8 }.map(\.network)))
    }
}

// MARK: - Independent recomputation

/// A network's year, recomputed from dataset rows with the tariffs in force (art. 15 and 18).
struct Figures {
    var network: String
    var year: Int
    var careCents: Int64 = 0
    var treatmentCents: Int64 = 0
    var missionCents: Int64 = 0
    var careBaseCents: Int64 = 0
    var careLinesCents: Int64 = 0
    var participations: [Int64] = [0, 0, 0]
    var sessions: [Int64] = [0, 0, 0]
    var individual: Int64 = 0
    var outreach: Int64 = 0
    var within30: Int64 = 0
    var knownWaits: Int64 = 0
    var bimYes: Int64 = 0
    var bimKnown: Int64 = 0

    var key: String { "\(network)|\(year)" }

    /// Tallies every network and year of `dataset`.
    static func tally(_ dataset: Dataset) -> [String: Figures] {
        let codes = TestSupport.reference.pseudocodes
        var tariffs: [Int: [TariffRow]] = [:]
        for row in dataset.tariffs { tariffs[row.pseudocode, default: []].append(row) }
        func tariff(_ code: Int, _ year: Int) -> TariffRow {
            tariffs[code]!.filter { $0.year <= year }.max { $0.year < $1.year } ?? tariffs[code]!.min { $0.year < $1.year }!
        }
        var result: [String: Figures] = [:]
        func update(_ network: String, _ year: Int, _ change: (inout Figures) -> Void) {
            change(&result["\(network)|\(year)", default: Figures(network: network, year: year)])
        }
        let index: [CareFunction: Int] = [.community: 0, .support: 1, .treatment: 2]
        for row in dataset.activity {
            let code = codes[row.pseudocode]!
            guard code.function != .postCovid else { continue }
            let year = row.month.year
            let t = tariff(code.code, year)
            let adultRate = !row.ageBand.isUpTo23
            update(row.network, year) { f in
                switch code.modality {
                case .individual:
                    let copay = adultRate && !code.isFirstSession ? (row.bim == .yes ? 400 : 1100) : 0
                    let net = (t.amount.cents - Int64(copay)) * row.units
                    f.careCents += net
                    if code.function == .treatment { f.treatmentCents += net }
                    f.individual += row.units
                    if code.setting == .outreach { f.outreach += row.units }
                case .group:
                    f.participations[index[code.function]!] += row.units
                    if code.function != .community, adultRate {
                        f.careCents -= 250 * row.units
                        if code.function == .treatment { f.treatmentCents -= 250 * row.units }
                    }
                case .cofacilitation:
                    f.careCents += t.amount.cents * row.units
                    if code.function == .treatment { f.treatmentCents += t.amount.cents * row.units }
                case .mission:
                    f.careCents += t.amount.cents * row.units
                    f.missionCents += t.amount.cents * row.units
                case .administrative:
                    f.careCents += t.amount.cents * row.units
                    if code.code == 727031 { f.treatmentCents += t.amount.cents * row.units }
                }
            }
        }
        for row in dataset.groupSessions ?? [] {
            let groupCode = [CareFunction.community: 726412, .support: 726655, .treatment: 726891][row.function]!
            // each of two psychologists bills the fee (art. 15 §2 3°)
            let fee = tariff(groupCode, row.month.year).amount.cents * (row.sessions + row.sessionsTwoPsychologists)
            update(row.network, row.month.year) { f in
                f.sessions[index[row.function]!] += row.sessions
                f.careCents += fee
                if row.function == .treatment { f.treatmentCents += fee }
            }
        }
        for row in dataset.budget ?? [] {
            update(row.network, row.year) { f in
                if row.line == .careBase { f.careBaseCents += row.amount.cents }
                if ![.operating, .training].contains(row.line) { f.careLinesCents += row.amount.cents }
            }
        }
        for row in dataset.waits ?? [] where row.bucket != .unknown {
            update(row.network, row.month.year) { f in
                f.knownWaits += row.count
                if [.days0to7, .days8to14, .days15to30].contains(row.bucket) { f.within30 += row.count }
            }
        }
        for row in dataset.beneficiaries ?? [] where row.function == nil && row.network != Network.nationalCode && row.bim != .unknown {
            update(row.network, row.year) { f in
                f.bimKnown += row.beneficiaries
                if row.bim == .yes { f.bimYes += row.beneficiaries }
            }
        }
        return result
    }
}

/// Funnel-plot z-scores with multiplicative overdispersion (Spiegelhalter 2005: φ from z-scores
/// winsorised at 10 %), the adjustment the committee's funnel plots use.
struct Funnel {
    /// Network and adjusted z-score.
    var scores: [(String, Double)]

    init(_ units: [(network: String, numerator: Int64, denominator: Int64)]) {
        let pooled = Double(units.reduce(0) { $0 + $1.numerator }) / Double(units.reduce(0) { $0 + $1.denominator })
        let raw = units.map { unit -> (String, Double) in
            let share = Double(unit.numerator) / Double(unit.denominator)
            return (unit.network, (share - pooled) / (pooled * (1 - pooled) / Double(unit.denominator)).squareRoot())
        }
        let sorted = raw.map(\.1).sorted()
        let cut = Int(Double(sorted.count) * 0.1)
        let low = sorted[cut], high = sorted[sorted.count - 1 - cut]
        let phi = sorted.map { min(high, max(low, $0)) }.reduce(0) { $0 + $1 * $1 } / Double(sorted.count)
        scores = raw.map { ($0.0, $0.1 / max(1, phi).squareRoot()) }
    }
}
