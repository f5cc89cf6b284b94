import FiveAim

/// How one network behaves in the demo: who it serves, how much of its budget it uses and how
/// its care is delivered. Drawn once per network from its own random stream; the planted
/// breaches override a few values (see `PlantedBreaches`).
///
/// Ranges are chosen so that a network that is not planted stays clear of every planted rule,
/// whatever the seed.
struct NetworkProfile: Sendable {
    /// The network (a copy at scale N carries a suffixed code).
    let network: Network
    /// The code of the real network it copies (its own code at scale 1).
    let baseCode: String
    /// Fixed facts about its area.
    let area: AreaFigures

    /// Age mix of its users, in `AgeBand.allCases` order (unknown included); zero where not served.
    let ageWeights: [Double]
    /// Share of users with BIM among those whose status is known or not.
    let userBIMRate: Double
    /// Share of users whose BIM status is unknown.
    let unknownBIMRate: Double

    /// Net care spending over the care base budget, as a yearly rate, per year.
    let utilisation: [Int: Double]
    /// For the overspending breach: net care spending over all care lines in that year.
    let overspendOfCareLines: (year: Int, factor: Double)?
    /// Function-3 share of individual sessions.
    let function3Share: Double
    /// Individual sessions per first session, functions 2 and 3.
    let sessionsPerFirst: (support: Double, treatment: Double)
    /// Shares of individual sessions at outreach sites, at home, remote.
    let outreachShare: Double
    let homeShare: Double
    let remoteShare: Double
    /// Share of non-first practice and outreach sessions with relatives.
    let relativesShare: Double
    /// Function-2/3 group participations over individual sessions plus those participations.
    let groupShare: Double
    /// Part of those participations in function 3.
    let groupTreatmentPart: Double
    /// Mean participants per group session: functions 1, 2, 3.
    let groupSize: (community: Double, support: Double, treatment: Double)
    /// Community (function 1) group sessions per individual session.
    let communitySessionsPerSession: Double
    /// Share of group sessions co-facilitated by a physician, by another provider.
    let cofacilitation: (physician: Double, other: Double)
    /// Support-mission spending over net care spending, per year (see `missionShare(in:)` for later years).
    let missionShare: [Int: Double]
    /// Concertation participations (727031) per function-3 session.
    let concertationPerTreatmentSession: Double
    /// Trajectory fees per first session: without referral, before referral, after referral.
    let trajectoryFees: (plain: Double, before: Double, after: Double)
    /// Share of first sessions within 30 days of the request (of those with a request date).
    let within30: Double
    /// Share of first sessions without a request date.
    let unknownWait: Double
    /// Distinct people per first session, per year (people who carry on from an earlier year add to it).
    let distinctPerFirst: [Int: Double]
    /// Share of the smaller of a cell's function-2 and function-3 people who are in both.
    let overlapRate: Double
    /// Mean post-COVID sessions (400352) a month; 0 for networks without them.
    let postCovidSessions: Double

    /// Pre/post measures per beneficiary, and the reliable-change shares.
    let measurementCoverage: Double
    let improvedRate: (support: Double, treatment: Double)
    let deterioratedRate: Double
    let recoveredRate: Double
    /// Survey response and satisfaction.
    let responseRate: Double
    let satisfiedRate: Double
    /// Individual sessions a provider gives in a year, FTE per provider, training and survey shares.
    let sessionsPerProvider: Double
    let ftePerProvider: Double
    let trainedRate: Double
    let intervisionPerProvider: Double
    let surveyedRate: Double
    let providerSatisfaction: Double
    /// Share of the operating budget invoiced, and whether it pays short-term credit costs.
    let operatingUse: Double
    let paysCreditCosts: Bool

    /// Draws the profile of `network` (a copy of `baseCode`) from the run's seed.
    init(network: Network, baseCode: String, seed: UInt64) {
        var rng = SeededGenerator(seed: seed, "profile", .text(network.code))
        self.network = network
        self.baseCode = baseCode
        area = AreaFigures.of(network, baseCode: baseCode)
        let planted = PlantedBreaches.self
        // Larger areas pool more diverse communities, so their rates stray less from the middle:
        // a free rate strays in proportion to 1/√size, up to 1.5 times the base range for the
        // smallest networks (so that unplanted networks sit inside overdispersed funnel limits);
        // a rate a convention rule bounds only ever narrows, so it stays inside the range that
        // keeps the network clear of the rule.
        let inhabitants = Double(area.population2024) / (network.targetGroup == .child ? AreaFigures.youngShare : 1)
        let sizeFactor = min(1.5, (500_000 / inhabitants).squareRoot())
        func draw(_ range: ClosedRange<Double>) -> Double { rng.spread(range, narrowing: min(1, sizeFactor)) }
        func vary(_ range: ClosedRange<Double>) -> Double {
            let value = max(range.lowerBound / 4, rng.spread(range, narrowing: sizeFactor))
            return range.upperBound <= 1 ? min(0.995, value) : value  // shares stay shares
        }

        var ages = [Double](repeating: 0, count: AgeBand.allCases.count)
        func set(_ band: AgeBand, _ value: Double) { ages[AgeBand.allCases.firstIndex(of: band)!] = value }
        switch network.targetGroup {
        case .adult:
            set(.age15to17, vary(0.006...0.014))
            set(.age18to23, vary(0.11...0.16))
            set(.age65plus, vary(0.05...0.09))
            set(.unknown, vary(0.008...0.02))
        case .child:
            set(.age0to11, vary(0.26...0.34))
            set(.age12to14, vary(0.19...0.24))
            set(.age15to17, vary(0.22...0.27))
            set(.unknown, vary(0.008...0.02))
        case .all:
            set(.age0to11, 0.06)
            set(.age12to14, 0.05)
            set(.age15to17, 0.06)
            set(.age18to23, 0.11)
            set(.age65plus, 0.06)
            set(.unknown, vary(0.008...0.02))
        }
        let rest = 1 - ages.reduce(0, +)
        set(network.targetGroup == .child ? .age18to23 : .age24to64, rest)
        ageWeights = ages

        // Users are poorer than the population (good targeting), with saturation in the poorest areas.
        let bim = 0.145 + 0.6 * min(area.bimRate, 0.22) + 0.2 * max(0, area.bimRate - 0.22) + 0.015 * (2 * vary(0...1) - 1)
        userBIMRate = baseCode == planted.lowBIMChild ? 0.03 : bim
        unknownBIMRate = vary(0.008...0.02)

        let u2024 = draw(0.66...0.80)
        let u2025 = min(0.87, u2024 + draw(0.03...0.07))
        let u2026 = min(0.88, u2025 + draw(0.0...0.03))
        switch baseCode {
        case planted.function3OverCap:
            utilisation = [2024: 0.82, 2025: 0.95, 2026: 0.88]
            overspendOfCareLines = nil
        case planted.overspending:
            utilisation = [2024: 0.90, 2025: 1.25, 2026: 0.84]
            overspendOfCareLines = (planted.spendingYear, 1.10)
        default:
            utilisation = [2024: u2024, 2025: u2025, 2026: u2026]
            overspendOfCareLines = nil
        }
        let share3 = vary(0.35...0.45)
        function3Share =
            switch baseCode {
            case planted.function3OverCap: 0.64
            case planted.overspending: 0.36
            default: share3
            }
        // Function 3 sessions stay within the average of art. 5 §2 B e (8 in adult networks): a small network's wider spread
        // is cut at 8 sessions per first session (and a year's people are at least 1.03 per first session).
        let perFirst = (vary(3.0...3.8), min(8.0, vary(6.0...8.0)))
        sessionsPerFirst = (baseCode == planted.longSupport ? 11.0 : perFirst.0, baseCode == planted.longTreatmentChild ? 13.5 : perFirst.1)
        let outreach = vary(0.09...0.135)
        outreachShare = baseCode == planted.outreachOutlier ? 0.31 : outreach
        homeShare = vary(0.012...0.028)
        remoteShare = vary(0.045...0.07)
        relativesShare =
            switch network.targetGroup {
            case .adult: vary(0.03...0.07)
            case .child: vary(0.18...0.28)
            case .all: vary(0.08...0.12)
            }
        groupShare = vary(0.04...0.075)
        groupTreatmentPart = vary(0.45...0.60)
        let sizes = (draw(11.3...14.0), draw(5.2...7.5), draw(5.0...7.0))
        groupSize = (
            baseCode == planted.smallCommunityGroups ? 8.4 : sizes.0,
            baseCode == planted.smallTherapyGroups ? 3.3 : sizes.1,
            baseCode == planted.smallTherapyGroups ? 3.5 : sizes.2
        )
        communitySessionsPerSession = draw(0.0035...0.0065)
        cofacilitation = (vary(0.03...0.08), vary(0.35...0.55))
        let m2024 = draw(0.05...0.09)
        let m2025 = m2024 + draw(0.012...0.022)
        let m2026 = m2025 + draw(0.010...0.018)
        missionShare =
            baseCode == planted.fallingMissions
            ? [2024: 0.13, 2025: 0.075, 2026: 0.062]
            : [2024: m2024, 2025: m2025, 2026: m2026]
        let concertation = vary(0.05...0.09)
        concertationPerTreatmentSession = baseCode == planted.manyConcertations ? 4.3 : concertation
        let fees = (vary(0.38...0.52), vary(0.025...0.045), vary(0.02...0.04))
        trajectoryFees = baseCode == planted.manyTrajectoryFees ? (1.3, 0.035, 0.03) : fees
        let fast = draw(0.835...0.905)
        within30 =
            switch baseCode {
            case planted.slowAccessAdult: 0.50
            case planted.slowAccessChild: 0.56
            default: fast
            }
        unknownWait = vary(0.015...0.04)
        distinctPerFirst = [2024: draw(1.18...1.26), 2025: draw(1.03...1.07), 2026: draw(1.03...1.07)]
        overlapRate = vary(0.10...0.18)
        let covid = draw(6...22)
        postCovidSessions = ["NAMUR", "PAKT", "RELING", "SAVHA"].contains(baseCode) ? covid : 0

        measurementCoverage = vary(0.25...0.45)
        improvedRate = (vary(0.40...0.55), vary(0.45...0.60))
        deterioratedRate = vary(0.03...0.07)
        recoveredRate = vary(0.50...0.70)
        responseRate = vary(0.08...0.18)
        satisfiedRate = vary(0.84...0.94)
        sessionsPerProvider = vary(280...360)
        ftePerProvider = vary(0.22...0.35)
        trainedRate = vary(0.60...0.85)
        intervisionPerProvider = vary(0.4...0.8)
        surveyedRate = vary(0.35...0.65)
        providerSatisfaction = vary(0.60...0.82)
        // Operating costs stay within the operating line (art. 14 §2): a small network’s wider spread is cut at 92 %.
        let use = min(0.92, vary(0.82...0.97))
        operatingUse =
            switch baseCode {
            case planted.operatingOverspend: 1.25
            case planted.implementationPayOverCap: 0.85  // its 727285 invoices above 5 % must not take the total over the line
            default: use
            }
        paysCreditCosts = rng.chance(0.25)
    }

    /// A yearly parameter; years after the last one given keep its value.
    static func value(_ table: [Int: Double], _ year: Int) -> Double {
        if let value = table[year] { return value }
        let known = table.keys.sorted()
        return year < known.first! ? table[known.first!]! : table[known.last!]!
    }

    /// Support-mission share of spending in `year`: after 2026 it keeps its trend (up one point a
    /// year, or down half a point for the planted network).
    func missionShare(in year: Int) -> Double {
        guard year > 2026 else { return Self.value(missionShare, year) }
        let step = baseCode == PlantedBreaches.fallingMissions ? -0.005 : 0.01
        return max(0.01, Self.value(missionShare, 2026) + step * Double(year - 2026))
    }

    /// The age bands this network serves, with their weights (zero-weight bands left out).
    var servedAges: [(band: AgeBand, weight: Double)] {
        zip(AgeBand.allCases, ageWeights).filter { $0.1 > 0 }.map { ($0.0, $0.1) }
    }

    /// Share of users liable to the individual co-payment: aged 24 or more, or of unknown age.
    var copayLiableShare: Double {
        zip(AgeBand.allCases, ageWeights).reduce(0) { $0 + ($1.0.isUpTo23 ? 0 : $1.1) }
    }
}
