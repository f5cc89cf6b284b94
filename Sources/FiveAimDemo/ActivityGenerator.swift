import FiveAim

/// Units of one code in one (age band, BIM status) cell of a network and month.
struct ActivityCell: Sendable {
    var code: Int
    var cell: Int
    var units: Int64
}

/// Everything attested by one network in one month.
struct MonthActivity: Sendable {
    /// Activity cells, sorted by code then cell.
    var cells: [ActivityCell] = []
    /// Distinct group sessions of functions 1, 2 and 3, and how many of them two psychologists led.
    var groupSessions: [(function: CareFunction, sessions: Int64, twoPsychologists: Int64)] = []
    /// First-session units per cell, function 2 then function 3.
    var firstSessions: (support: [Int64], treatment: [Int64]) = (
        [Int64](repeating: 0, count: DemoCells.count), [Int64](repeating: 0, count: DemoCells.count)
    )
}

/// Draws a network's monthly activity from its profile and its planned volume of individual sessions.
struct ActivityGenerator: Sendable {
    let seed: UInt64
    let tariffs: DemoTariffs

    /// The share of the group sessions without a physician or another co-facilitator that two psychologists lead: a few
    /// percent of all sessions (the convention sets no figure; an assumption of the demo, docs/demo-dataset.md).
    static let twoPsychologistShare = 0.08

    /// Monthly weights of the year (summer and Christmas dips), January first; they sum to 12.
    static let seasonality: [Double] = {
        let raw = [1.02, 1.04, 1.10, 1.00, 1.00, 0.98, 0.72, 0.70, 1.02, 1.10, 1.12, 0.86]
        let sum = raw.reduce(0, +)
        return raw.map { $0 * 12 / sum }
    }()

    /// Expected individual sessions of a month from the year's annual rate (April 2024, the
    /// first month of the new codes, runs a little lower).
    static func expectedSessions(annual: Double, month: YearMonth) -> Double {
        let start = month == YearMonth.conventionStart ? 0.92 : 1
        return annual * seasonality[month.month - 1] / 12 * start
    }

    /// The activity of `profile` in `month`, with `expected` individual sessions and `cost` per session.
    func month(_ profile: NetworkProfile, _ month: YearMonth, expected: Double, cost: SpendingModel.PerSession) -> MonthActivity {
        var rng = SeededGenerator(seed: seed, "activity", .text(profile.network.code), .number(month.ordinal))
        var pairs = SeededGenerator(seed: seed, "two-psychologists", .text(profile.network.code), .number(month.ordinal))
        var out = MonthActivity()
        let weights = DemoCells.weights(profile)
        let level = expected * rng.jitter(0.03)

        func emit(_ code: Int, _ total: Int64, _ cellWeights: [Double], zeros: Bool = false) -> [Int64] {
            let parts = rng.split(total, weights: cellWeights)
            for (cell, units) in parts.enumerated() where cellWeights[cell] > 0 {
                if units > 0 || (zeros && rng.chance(0.01)) { out.cells.append(ActivityCell(code: code, cell: cell, units: units)) }
            }
            return parts
        }
        func emitUnregistered(_ code: Int, _ units: Int64) {
            if units > 0 { out.cells.append(ActivityCell(code: code, cell: DemoCells.unknown, units: units)) }
        }

        // Individual sessions of functions 2 and 3.
        let o = profile.outreachShare, h = profile.homeShare, r = profile.remoteShare, rel = profile.relativesShare
        let p = 1 - o - h - r
        for (codes, share, perFirst, isSupport) in [
            (DemoCodes.support, 1 - profile.function3Share, profile.sessionsPerFirst.support, true),
            (DemoCodes.treatment, profile.function3Share, profile.sessionsPerFirst.treatment, false),
        ] {
            let sessions = level * share
            let first = sessions / perFirst
            let rest = sessions - first
            let plan: [(code: Int, mean: Double, isFirst: Bool)] = [
                (codes.firstPractice, first * (1 - o - h), true),
                (codes.firstOutreach, first * o, true),
                (codes.firstHome, first * h, true),
                (codes.practice, rest * p * (1 - rel), false),
                (codes.outreach, rest * o * (1 - rel), false),
                (codes.practiceRelatives, rest * p * rel, false),
                (codes.outreachRelatives, rest * o * rel, false),
                (codes.home, rest * h, false),
                (codes.remote, rest * r, false),
            ]
            for entry in plan {
                let total = rng.count(mean: entry.mean * rng.jitter(0.04))
                let parts = emit(entry.code, total, weights, zeros: true)
                guard entry.isFirst else { continue }
                for (cell, units) in parts.enumerated() where units > 0 {
                    if isSupport { out.firstSessions.support[cell] += units } else { out.firstSessions.treatment[cell] += units }
                }
            }
        }

        // Group work: community groups (function 1) and groups of functions 2 and 3.
        let participationsPerSession = profile.groupShare / (1 - profile.groupShare)
        let groups: [(CareFunction, Int, Int, Int, Double, Double)] = [
            (
                .community, DemoCodes.communityGroup, DemoCodes.communityPhysician, DemoCodes.communityOther,
                level * profile.communitySessionsPerSession, profile.groupSize.community
            ),
            (
                .support, DemoCodes.supportGroup, DemoCodes.supportPhysician, DemoCodes.supportOther,
                level * participationsPerSession * (1 - profile.groupTreatmentPart) / profile.groupSize.support, profile.groupSize.support
            ),
            (
                .treatment, DemoCodes.treatmentGroup, DemoCodes.treatmentPhysician, DemoCodes.treatmentOther,
                level * participationsPerSession * profile.groupTreatmentPart / profile.groupSize.treatment, profile.groupSize.treatment
            ),
        ]
        for (function, groupCode, physicianCode, otherCode, meanSessions, size) in groups {
            let sessions = rng.count(mean: meanSessions)
            guard sessions > 0 else { continue }
            let minimum: Int64 = function == .community ? 3 : 2
            let participations = max(minimum * sessions, Int64((Double(sessions) * size * rng.jitter(0.06)).rounded()))
            if function == .community { emitUnregistered(groupCode, participations) } else { _ = emit(groupCode, participations, weights) }
            let physician = rng.binomial(sessions, profile.cofacilitation.physician)
            let other = rng.binomial(sessions - physician, profile.cofacilitation.other / (1 - profile.cofacilitation.physician))
            emitUnregistered(physicianCode, physician)
            emitUnregistered(otherCode, other)
            // Sessions led by two psychologists (art. 15 §2 3°: each bills the group fee), among those with no other
            // co-facilitator; drawn from a stream of their own so that every other figure of the demo stays as it was.
            let twoPsychologists = pairs.binomial(sessions - physician - other, Self.twoPsychologistShare)
            out.groupSessions.append((function, sessions, twoPsychologists))
        }

        // Support missions (art. 8), in hours.
        let year = month.year
        let hourFee = Double(tariffs.fee(DemoCodes.missions[0].code, year: year)) / 100
        if hourFee > 0 {
            // Mission hours are planned work: they follow the plan closely (no Poisson noise).
            let hours = max(0, Int64((cost.missions * level / hourFee * rng.jitter(0.02)).rounded()))
            let parts = rng.split(hours, weights: DemoCodes.missions.map(\.weight))
            for (index, mission) in DemoCodes.missions.enumerated() { emitUnregistered(mission.code, parts[index]) }
        }

        // Concertation (function 3) and trajectory fees.
        _ = emit(DemoCodes.concertation, rng.count(mean: level * profile.function3Share * profile.concertationPerTreatmentSession), weights)
        let firsts =
            level
            * ((1 - profile.function3Share) / profile.sessionsPerFirst.support
                + profile.function3Share / profile.sessionsPerFirst.treatment)
        _ = emit(DemoCodes.trajectoryPlain, rng.count(mean: firsts * profile.trajectoryFees.plain), weights)
        _ = emit(DemoCodes.trajectoryBefore, rng.count(mean: firsts * profile.trajectoryFees.before), weights)
        _ = emit(DemoCodes.trajectoryAfter, rng.count(mean: firsts * profile.trajectoryFees.after), weights)

        // Post-COVID pathway (a few networks, fading out).
        if profile.postCovidSessions > 0 {
            let fade = max(0.3, 1 - 0.025 * Double(month.ordinal - YearMonth.conventionStart.ordinal))
            let mean = profile.postCovidSessions * fade
            let covid = DemoCells.postCovidWeights(profile)
            _ = emit(DemoCodes.postCovidSession, rng.count(mean: mean), covid)
            _ = emit(DemoCodes.postCovidCoordination, rng.count(mean: mean * 0.05), covid)
            _ = emit(DemoCodes.postCovidParticipation, rng.count(mean: mean * 0.15), covid)
        }

        out.cells.sort { $0.code != $1.code ? $0.code < $1.code : $0.cell < $1.cell }
        return out
    }
}
