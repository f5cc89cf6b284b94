import FiveAim

/// Turns a network's budget and behaviour into its yearly volume of individual sessions.
///
/// Every other activity is generated per individual session, so the expected net care spending
/// per individual session (fees minus co-payments, all codes included) fixes how many sessions
/// use the targeted share of the care base budget. Doubles only shape volumes here; every amount
/// written out is computed later in exact cents from the rows.
struct SpendingModel: Sendable {
    /// Expected euros per individual session.
    struct PerSession: Sendable {
        /// Net care spending without support missions.
        var withoutMissions: Double
        /// Net care spending, support missions included.
        var total: Double
        /// Support-mission spending.
        var missions: Double
    }

    /// Annual rate of individual sessions per network code and year (2024 is a yearly rate too;
    /// its months before April have no activity).
    private var annualSessions: [String: [Int: Double]] = [:]
    /// Expected spending per session per network code and year.
    private var perSession: [String: [Int: PerSession]] = [:]

    /// Plans the volumes of `profiles` for `years`.
    init(profiles: [NetworkProfile], budget: BudgetPlan, tariffs: DemoTariffs, years: [Int]) {
        for profile in profiles {
            for year in years {
                let cost = Self.perSession(profile, tariffs: tariffs, year: year)
                let careBase = Double(budget.lines(of: profile.baseCode, year: year)[.careBase] ?? 0) / 100
                var target = careBase * NetworkProfile.value(profile.utilisation, year)
                if let over = profile.overspendOfCareLines, over.year == year {
                    target = Double(budget.careLines(of: profile.baseCode, year: year)) / 100 * over.factor
                }
                annualSessions[profile.network.code, default: [:]][year] = cost.total > 0 ? target / cost.total : 0
                perSession[profile.network.code, default: [:]][year] = cost
            }
        }
    }

    /// The yearly rate of individual sessions of `code` in `year`.
    func annualSessions(of code: String, year: Int) -> Double { annualSessions[code]?[year] ?? 0 }

    /// Expected spending per individual session of `code` in `year`.
    func cost(of code: String, year: Int) -> PerSession {
        perSession[code]?[year] ?? PerSession(withoutMissions: 0, total: 0, missions: 0)
    }

    /// Expected euros per individual session for `profile` in `year`.
    static func perSession(_ p: NetworkProfile, tariffs: DemoTariffs, year: Int) -> PerSession {
        func fee(_ code: Int) -> Double { Double(tariffs.fee(code, year: year)) / 100 }
        let liable = p.copayLiableShare
        let bim = p.userBIMRate
        let copayRow = tariffs.row(DemoCodes.supportPractice, year: year)
        let copay = Double(copayRow?.copayBim.cents ?? 0) / 100 * bim + Double(copayRow?.copayOther.cents ?? 0) / 100 * (1 - bim)
        let f3 = p.function3Share
        let firstShare = (1 - f3) / p.sessionsPerFirst.support + f3 / p.sessionsPerFirst.treatment
        let individual = fee(DemoCodes.supportPractice) - (1 - firstShare) * liable * copay

        let participations = p.groupShare / (1 - p.groupShare)
        let groupSessions = participations * (1 - p.groupTreatmentPart) / p.groupSize.support
            + participations * p.groupTreatmentPart / p.groupSize.treatment
        let cofacilitation = p.cofacilitation.physician * fee(DemoCodes.communityPhysician)
            + p.cofacilitation.other * fee(DemoCodes.communityOther)
        let groupCopay = Double(tariffs.row(DemoCodes.supportGroup, year: year)?.copayOther.cents ?? 0) / 100
        let groups = groupSessions * (fee(DemoCodes.supportGroup) + cofacilitation) - participations * liable * groupCopay
        let community = p.communitySessionsPerSession * (fee(DemoCodes.communityGroup) + cofacilitation)
        let concertation = f3 * p.concertationPerTreatmentSession * fee(DemoCodes.concertation)
        let trajectories = firstShare * (p.trajectoryFees.plain * fee(DemoCodes.trajectoryPlain)
            + p.trajectoryFees.before * fee(DemoCodes.trajectoryBefore) + p.trajectoryFees.after * fee(DemoCodes.trajectoryAfter))
        let withoutMissions = individual + groups + community + concertation + trajectories
        let share = p.missionShare(in: year)
        let total = withoutMissions / (1 - share)
        return PerSession(withoutMissions: withoutMissions, total: total, missions: total - withoutMissions)
    }
}
