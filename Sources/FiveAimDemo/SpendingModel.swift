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
            // Mission spending ÷ the art. 8 line of the year before, for the 2026 amendment's "part croissante".
            var previousShareOfLine: Double?
            for year in years.sorted() {
                let lines = budget.lines(of: profile.baseCode, year: year)
                let careBase = Double(lines[.careBase] ?? 0) / 100
                var target = careBase * NetworkProfile.value(profile.utilisation, year)
                if let over = profile.overspendOfCareLines, over.year == year {
                    target = Double(budget.careLines(of: profile.baseCode, year: year)) / 100 * over.factor
                }
                var missionShare = profile.missionShare(in: year)
                let art8Line = Double(lines[.art8Outreach] ?? 0) / 100
                // From 2026 a growing part of the art. 8 line goes to the missions (amendment art. 2, art. 14 §1 b a.): a
                // network whose care spending or art. 8 line moves (the amendment's art. 8 addition, a planted spending
                // year) raises its mission share of spending so that missions ÷ line still grow by 8 % in expectation; the planted
                // network (breach 6) does not.
                if year >= 2026, profile.baseCode != PlantedBreaches.fallingMissions, let before = previousShareOfLine, target > 0 {
                    missionShare = min(0.4, max(missionShare, before * 1.08 * art8Line / target))
                }
                let cost = Self.perSession(profile, tariffs: tariffs, year: year, missionShare: missionShare)
                if art8Line > 0 { previousShareOfLine = missionShare * target / art8Line }
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

    /// Expected euros per individual session for `profile` in `year`, with `missionShare` of spending on support missions.
    static func perSession(_ p: NetworkProfile, tariffs: DemoTariffs, year: Int, missionShare: Double) -> PerSession {
        func fee(_ code: Int) -> Double { Double(tariffs.fee(code, year: year)) / 100 }
        let liable = p.copayLiableShare
        let bim = p.userBIMRate
        let copayRow = tariffs.row(DemoCodes.supportPractice, year: year)
        let copay = Double(copayRow?.copayBim.cents ?? 0) / 100 * bim + Double(copayRow?.copayOther.cents ?? 0) / 100 * (1 - bim)
        let f3 = p.function3Share
        let firstShare = (1 - f3) / p.sessionsPerFirst.support + f3 / p.sessionsPerFirst.treatment
        let individual = fee(DemoCodes.supportPractice) - (1 - firstShare) * liable * copay

        let participations = p.groupShare / (1 - p.groupShare)
        let groupSessions =
            participations * (1 - p.groupTreatmentPart) / p.groupSize.support
            + participations * p.groupTreatmentPart / p.groupSize.treatment
        let cofacilitation =
            p.cofacilitation.physician * fee(DemoCodes.communityPhysician)
            + p.cofacilitation.other * fee(DemoCodes.communityOther)
        let groupCopay = Double(tariffs.row(DemoCodes.supportGroup, year: year)?.copayOther.cents ?? 0) / 100
        let groups = groupSessions * (fee(DemoCodes.supportGroup) + cofacilitation) - participations * liable * groupCopay
        let community = p.communitySessionsPerSession * (fee(DemoCodes.communityGroup) + cofacilitation)
        let concertation = f3 * p.concertationPerTreatmentSession * fee(DemoCodes.concertation)
        let trajectories =
            firstShare
            * (p.trajectoryFees.plain * fee(DemoCodes.trajectoryPlain)
                + p.trajectoryFees.before * fee(DemoCodes.trajectoryBefore) + p.trajectoryFees.after * fee(DemoCodes.trajectoryAfter))
        let withoutMissions = individual + groups + community + concertation + trajectories
        let share = missionShare
        let total = withoutMissions / (1 - share)
        return PerSession(withoutMissions: withoutMissions, total: total, missions: total - withoutMissions)
    }
}
