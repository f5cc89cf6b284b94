import FiveAim

/// Draws the yearly tables of a network: population, distinct beneficiaries, outcomes,
/// patient experience and workforce, consistent with the year's tallied activity.
struct YearlyGenerator: Sendable {
    let seed: UInt64

    /// Inhabitants and inhabitants with BIM in `year` (0.5 % growth a year, BIM rate up 0.1 point a year).
    func population(_ profile: NetworkProfile, year: Int) -> (population: Int64, bim: Int64) {
        var population = Double(profile.area.population2024)
        for _ in 2024..<max(2024, year) { population *= 1.005 }
        let rounded = Int64(population.rounded())
        let rate = profile.area.bimRate + 0.001 * Double(year - 2024)
        return (rounded, Int64((Double(rounded) * rate).rounded()))
    }

    /// Distinct people per (age, status) cell: function 2, function 3 and both together.
    struct Beneficiaries: Sendable {
        var support: [Int64]
        var treatment: [Int64]
        var all: [Int64]
    }

    /// Distinct beneficiaries of a year from its first sessions (people carrying on from an
    /// earlier year have none that year, hence slightly more people than first sessions).
    func beneficiaries(_ profile: NetworkProfile, year: Int, tally: DemoNetworkYear) -> Beneficiaries {
        let factor = NetworkProfile.value(profile.distinctPerFirst, year)
        func distinct(_ firsts: [Int64]) -> [Int64] {
            let total = Int64((Double(firsts.reduce(0, +)) * factor).rounded())
            return Apportion.largestRemainder(total, weights: firsts.map(Double.init))
        }
        let support = distinct(tally.firstCells.support)
        let treatment = distinct(tally.firstCells.treatment)
        var overlap = zip(support, treatment).map { Int64((Double(min($0, $1)) * profile.overlapRate).rounded(.down)) }
        if overlap.reduce(0, +) == 0 {
            // Some people are always seen in both functions once both have any.
            var best = -1, bestValue: Int64 = 0
            for cell in 0..<DemoCells.count where min(support[cell], treatment[cell]) > bestValue {
                best = cell
                bestValue = min(support[cell], treatment[cell])
            }
            if best >= 0 { overlap[best] = 1 }
        }
        let all = (0..<DemoCells.count).map { support[$0] + treatment[$0] - overlap[$0] }
        return Beneficiaries(support: support, treatment: treatment, all: all)
    }

    /// A row of the outcomes table.
    struct Outcome: Sendable {
        var function: CareFunction
        var instrument: String
        var pairs: Int64
        var improved: Int64
        var unchanged: Int64
        var deteriorated: Int64
        var recovered: Int64
    }

    /// Reliable-change outcomes per function and instrument (CORE-10 for adults, SDQ under 18).
    func outcomes(_ profile: NetworkProfile, year: Int, beneficiaries: Beneficiaries) -> [Outcome] {
        var rng = SeededGenerator(seed: seed, "outcomes", .text(profile.network.code), .number(year))
        var rows: [Outcome] = []
        for (function, cells, improvedRate) in [
            (CareFunction.support, beneficiaries.support, profile.improvedRate.support),
            (CareFunction.treatment, beneficiaries.treatment, profile.improvedRate.treatment),
        ] {
            var young: Int64 = 0, older: Int64 = 0
            for (cell, people) in cells.enumerated() {
                let band = DemoCells.band(cell)
                if [.age0to11, .age12to14, .age15to17].contains(band) { young += people } else { older += people }
            }
            let groups: [(String, Int64)] =
                switch profile.network.targetGroup {
                case .adult: [("CORE-10", young + older)]
                case .child: [("SDQ", young + older)]
                case .all: [("CORE-10", older), ("SDQ", young)]
                }
            for (instrument, people) in groups {
                let pairs = Int64((Double(people) * profile.measurementCoverage * rng.jitter(0.08)).rounded())
                guard pairs > 0 else { continue }
                let improved = rng.binomial(pairs, improvedRate)
                let deteriorated = rng.binomial(pairs - improved, profile.deterioratedRate / (1 - improvedRate))
                let recovered = rng.binomial(improved, profile.recoveredRate)
                rows.append(
                    Outcome(
                        function: function, instrument: instrument, pairs: pairs, improved: improved,
                        unchanged: pairs - improved - deteriorated, deteriorated: deteriorated, recovered: recovered))
            }
        }
        return rows
    }

    /// CSQ-8 respondents and satisfied respondents.
    func experience(_ profile: NetworkProfile, year: Int, beneficiaries: Int64) -> (respondents: Int64, satisfied: Int64) {
        var rng = SeededGenerator(seed: seed, "experience", .text(profile.network.code), .number(year))
        let respondents = Int64((Double(beneficiaries) * profile.responseRate * rng.jitter(0.1)).rounded())
        return (respondents, rng.binomial(respondents, profile.satisfiedRate))
    }

    /// A row of the workforce table.
    struct Workforce: Sendable {
        var providers: Int64
        var fteHundredths: Int64
        var trained: Int64
        var intervision: Int64
        var surveyed: Int64
        var satisfied: Int64
    }

    /// Providers working for the network in `year` (from its yearly rate of sessions), their FTE,
    /// training, intervision sessions held so far and the provider survey.
    func workforce(_ profile: NetworkProfile, year: Int, annualSessions: Double, months: Int) -> Workforce {
        var rng = SeededGenerator(seed: seed, "workforce", .text(profile.network.code), .number(year))
        let providers = max(1, Int64((annualSessions / profile.sessionsPerProvider * rng.jitter(0.03)).rounded()))
        let fte = Int64((Double(providers) * profile.ftePerProvider * 100 * rng.jitter(0.03)).rounded())
        let trained = rng.binomial(providers, min(0.95, profile.trainedRate + 0.04 * Double(year - 2024)))
        let intervision = Int64((Double(providers) * profile.intervisionPerProvider * Double(months) / 12 * rng.jitter(0.1)).rounded())
        let surveyed = rng.binomial(providers, profile.surveyedRate)
        let satisfied = rng.binomial(surveyed, profile.providerSatisfaction)
        return Workforce(
            providers: providers, fteHundredths: fte, trained: trained, intervision: intervision,
            surveyed: surveyed, satisfied: satisfied)
    }

    /// A row of the outreach-sites table.
    struct OutreachSites: Sendable {
        var siteType: OutreachSiteType
        var sites: Int64
        var sessions: Int64
    }

    /// The network's outreach sites by type in `year` and the sessions held there so far (art. 8 §2): a few sites of
    /// each type, more schools and youth services for child networks; employment services and the mutualities' sites
    /// from 2026 for the networks the return-to-work amendment funds (adult networks and the German-speaking one).
    func outreachSites(_ profile: NetworkProfile, year: Int, months: Int) -> [OutreachSites] {
        var rng = SeededGenerator(seed: seed, "outreach_sites", .text(profile.network.code), .number(year))
        let child = profile.network.targetGroup == .child
        var rows: [OutreachSites] = []
        for type in OutreachSiteType.allCases {
            let typical: Int64
            switch type {
            case .generalPractice: typical = child ? 2 : 6
            case .school: typical = child ? 8 : 1
            case .youthService: typical = child ? 5 : 1
            case .socialService: typical = 3
            case .employmentService, .mutuality:
                guard year >= 2026, !child else { continue }
                typical = 2
            case .communityCentre: typical = 3
            case .other: typical = 1
            }
            let sites = max(0, typical - 1 + Int64(rng.next() % 3))
            let perSite = 10 + Int64(rng.next() % 30)
            let sessions = sites * perSite * Int64(months) / 12
            rows.append(OutreachSites(siteType: type, sites: sites, sessions: sessions))
        }
        return rows
    }
}
