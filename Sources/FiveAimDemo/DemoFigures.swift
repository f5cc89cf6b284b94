import FiveAim

/// What one network did in one year of the demo, tallied from the rows as they are written:
/// the figures behind docs/demo-dataset.md and the planted breaches.
public struct DemoNetworkYear: Sendable {
    /// The network code.
    public var network: String
    /// The calendar year.
    public var year: Int
    /// Months of the year with data.
    public var months = 0
    /// Individual sessions of function 2.
    public var supportSessions: Int64 = 0
    /// Individual sessions of function 3.
    public var treatmentSessions: Int64 = 0
    /// Individual sessions at an outreach site.
    public var outreachSessions: Int64 = 0
    /// Individual sessions at the beneficiary's home.
    public var homeSessions: Int64 = 0
    /// Remote individual sessions.
    public var remoteSessions: Int64 = 0
    /// First sessions of function 2.
    public var supportFirstSessions: Int64 = 0
    /// First sessions of function 3.
    public var treatmentFirstSessions: Int64 = 0
    /// Individual sessions by people under 24 (known age).
    public var under24Sessions: Int64 = 0
    /// Group participations, functions 1, 2, 3.
    public var participations: [Int64] = [0, 0, 0]
    /// Distinct group sessions, functions 1, 2, 3.
    public var groupSessions: [Int64] = [0, 0, 0]
    /// Support-mission hours.
    public var missionHours: Int64 = 0
    /// Net care spending (functions 1–3, missions, trajectory fees), in cents.
    public var netCareCents: Int64 = 0
    /// Net function-3 spending (individual, groups, co-facilitation, concertation), in cents.
    public var netTreatmentCents: Int64 = 0
    /// Support-mission spending, in cents.
    public var missionCents: Int64 = 0
    /// First sessions with a wait of 30 days or less.
    public var waitsWithin30: Int64 = 0
    /// First sessions with a known wait.
    public var waitsKnown: Int64 = 0
    /// First sessions without a request date.
    public var waitsUnknown: Int64 = 0
    /// Distinct beneficiaries (function `all`).
    public var beneficiaries: Int64 = 0
    /// Distinct beneficiaries with BIM.
    public var beneficiariesBIM: Int64 = 0
    /// Distinct beneficiaries whose BIM status is known.
    public var beneficiariesKnownBIM: Int64 = 0
    /// Distinct beneficiaries of function 2.
    public var supportBeneficiaries: Int64 = 0
    /// Distinct beneficiaries of function 3.
    public var treatmentBeneficiaries: Int64 = 0
    /// Budget lines in cents.
    public var budget: [BudgetLine: Int64] = [:]
    /// First sessions per (age, status) cell, functions 2 and 3 (for the beneficiaries table).
    var firstCells: (support: [Int64], treatment: [Int64]) = (
        [Int64](repeating: 0, count: DemoCells.count), [Int64](repeating: 0, count: DemoCells.count)
    )

    /// Creates an empty tally.
    init(network: String, year: Int) {
        self.network = network
        self.year = year
    }

    /// Individual sessions of functions 2 and 3.
    public var individualSessions: Int64 { supportSessions + treatmentSessions }
    /// Every line of its own, in cents: the 2026 training modules are part of the operating line, never added to it.
    public var totalBudgetCents: Int64 { budget.filter { $0.key != .training }.values.reduce(0, +) }
    /// Care budget lines: everything but operating and training, in cents.
    public var careLinesCents: Int64 { budget.filter { $0.key != .operating && $0.key != .training }.values.reduce(0, +) }
    /// Net function-3 spending over the care base budget (art. 14 §3 caps it at 45 %).
    public var treatmentShareOfCareBase: Double { ratio(netTreatmentCents, budget[.careBase] ?? 0) }
    /// Net care spending over the care budget lines (above 1 breaks art. 14 §5).
    public var careSpendingOverCareLines: Double { ratio(netCareCents, careLinesCents) }
    /// Support-mission share of net care spending.
    public var missionShare: Double { ratio(missionCents, netCareCents) }
    /// Mean community-group size.
    public var communityGroupSize: Double { ratio(participations[0], groupSessions[0]) }
    /// Mean function-2 and function-3 group size.
    public var therapyGroupSize: Double { ratio(participations[1] + participations[2], groupSessions[1] + groupSessions[2]) }
    /// Share of first sessions within 30 days of the request, among those with a known wait.
    public var within30Share: Double { ratio(waitsWithin30, waitsKnown) }
    /// Outreach share of individual sessions.
    public var outreachShare: Double { ratio(outreachSessions, individualSessions) }
    /// BIM share of distinct beneficiaries whose status is known.
    public var bimShare: Double { ratio(beneficiariesBIM, beneficiariesKnownBIM) }

    private func ratio(_ a: Int64, _ b: Int64) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// Adds one month's activity and group sessions, priced with `tariffs`.
    mutating func record(_ activity: MonthActivity, reference: ReferenceData, tariffs: DemoTariffs) {
        months += 1
        for cell in activity.cells {
            guard let code = reference.pseudocodes[cell.code] else { continue }
            let units = cell.units
            let band = DemoCells.band(cell.cell), bim = DemoCells.bim(cell.cell)
            let fee = tariffs.fee(code.code, year: year) * units
            switch code.modality {
            case .individual where code.function == .support || code.function == .treatment:
                let net = fee - tariffs.individualCopay(code, band: band, bim: bim, year: year) * units
                netCareCents += net
                if code.function == .treatment {
                    treatmentSessions += units
                    netTreatmentCents += net
                    if code.isFirstSession { treatmentFirstSessions += units }
                } else {
                    supportSessions += units
                    if code.isFirstSession { supportFirstSessions += units }
                }
                switch code.setting {
                case .outreach: outreachSessions += units
                case .home: homeSessions += units
                case .remote: remoteSessions += units
                default: break
                }
                if band.isUpTo23 { under24Sessions += units }
            case .group:
                guard let index = Self.functionIndex(code.function) else { continue }
                participations[index] += units
                let copay = tariffs.groupCopay(code, band: band, year: year) * units
                netCareCents -= copay
                if code.function == .treatment { netTreatmentCents -= copay }
            case .cofacilitation:
                netCareCents += fee
                if code.function == .treatment { netTreatmentCents += fee }
            case .mission:
                missionHours += units
                missionCents += fee
                netCareCents += fee
            case .administrative where code.function == .administrative:
                netCareCents += fee
                if code.code == DemoCodes.concertation { netTreatmentCents += fee }
            default:
                break  // post-COVID codes are outside the convention's care budget
            }
        }
        for (function, sessions, twoPsychologists) in activity.groupSessions {
            guard let index = Self.functionIndex(function) else { continue }
            groupSessions[index] += sessions
            let groupCode = [DemoCodes.communityGroup, DemoCodes.supportGroup, DemoCodes.treatmentGroup][index]
            // Each of two psychologists bills the group fee (art. 15 §2 3°).
            let fee = tariffs.fee(groupCode, year: year) * (sessions + twoPsychologists)
            netCareCents += fee
            if function == .treatment { netTreatmentCents += fee }
        }
        for cell in 0..<DemoCells.count {
            firstCells.support[cell] += activity.firstSessions.support[cell]
            firstCells.treatment[cell] += activity.firstSessions.treatment[cell]
        }
    }

    /// Adds a month's wait entries.
    mutating func record(_ waits: [WaitsGenerator.Entry]) {
        for entry in waits {
            switch entry.bucket {
            case .unknown: waitsUnknown += entry.count
            case .days0to7, .days8to14, .days15to30:
                waitsKnown += entry.count
                waitsWithin30 += entry.count
            default: waitsKnown += entry.count
            }
        }
    }

    private static func functionIndex(_ function: CareFunction) -> Int? {
        switch function {
        case .community: 0
        case .support: 1
        case .treatment: 2
        default: nil
        }
    }
}

/// National totals of a year of the demo (sums over networks; distinct people from the `BE` rows).
public struct DemoNationalYear: Sendable {
    /// The calendar year.
    public var year: Int
    /// Months with data.
    public var months: Int
    /// Inhabitants (adult networks and COM-GER: the whole country).
    public var population: Int64
    /// Inhabitants with BIM.
    public var populationBIM: Int64
    /// Distinct beneficiaries in Belgium (`BE`, function `all`).
    public var beneficiaries: Int64
    /// Distinct beneficiaries with BIM.
    public var beneficiariesBIM: Int64
    /// Distinct beneficiaries aged 0–23.
    public var beneficiariesUnder24: Int64
    /// Individual sessions of function 2.
    public var supportSessions: Int64
    /// Individual sessions of function 3.
    public var treatmentSessions: Int64
    /// Individual sessions at outreach sites.
    public var outreachSessions: Int64
    /// Individual sessions at home.
    public var homeSessions: Int64
    /// Remote individual sessions.
    public var remoteSessions: Int64
    /// Group participations of functions 1, 2, 3.
    public var participations: [Int64]
    /// Support-mission hours.
    public var missionHours: Int64
    /// Net care spending in cents.
    public var netCareCents: Int64
    /// The year's budget (all lines) in cents.
    public var budgetCents: Int64
    /// Share of first sessions within 30 days, among those with a known wait.
    public var within30Share: Double
}
