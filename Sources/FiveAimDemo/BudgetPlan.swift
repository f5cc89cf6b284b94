import FiveAim

/// The yearly budget lines of every network (art. 14 §1, as amended in 2026), in cents.
///
/// National envelopes are shared out by a needs formula (inhabitants weighted by the BIM rate,
/// as the convention's population-based allocation does); 2025 is 2024 indexed, 2026 adds the
/// amendment's table (art. 8 + 71,428.57 € and the care-base additions for the adult networks and
/// COM-GER) and the one-off training part of the operating line. The lines follow their years
/// (`Indicators/reference/budget_lines.csv`): the envelope that is `provider_recruitment` from 2026
/// (amended art. 14 §1 b d.) is written as `trainee_sessions` in 2024–2025 (art. 14 §1 b a. of 2024),
/// so that each year's care lines keep the same total.
struct BudgetPlan: Sendable {
    /// Lines per network code (of the real network a copy repeats) and year.
    private var lines: [String: [Int: [BudgetLine: Int64]]] = [:]

    /// National envelopes of 2024, in cents.
    static let careBaseAdult: Int64 = 11_440_000_000
    static let careBaseChild: Int64 = 6_160_000_000
    static let art8Adult: Int64 = 1_350_000_000
    static let art8Child: Int64 = 750_000_000
    static let eatingDisorders: Int64 = 550_000_000
    static let prisons: Int64 = 420_000_000
    static let providerRecruitment: Int64 = 400_000_000
    static let operatingFixed: Int64 = 18_000_000
    static let operatingVariable: Int64 = 1_824_000_000
    /// The one-off 2026 training line per network, in cents.
    static let training2026: Int64 = 5_000_000
    /// Yearly indexation of the envelopes after 2024 (2025) and after 2025.
    static let indexation2025 = 1.035
    static let indexationLater = 1.02

    /// Shares the envelopes among `profiles` (the real networks, one profile each).
    init(profiles: [NetworkProfile], years: [Int]) {
        func adultWeight(_ p: NetworkProfile) -> Double {
            guard p.network.targetGroup != .child else { return 0 }
            return Double(p.area.population2024) * (1 + 1.5 * (p.area.bimRate - 0.18))
        }
        func childWeight(_ p: NetworkProfile) -> Double {
            switch p.network.targetGroup {
            case .adult: return 0
            case .child: return Double(p.area.population2024) * (1 + 1.5 * (p.area.bimRate - 0.21))
            case .all: return Double(p.area.population2024) * AreaFigures.youngShare * (1 + 1.5 * (p.area.bimRate + 0.03 - 0.21))
            }
        }
        let adult = profiles.map(adultWeight)
        let child = profiles.map(childWeight)
        let adultSum = max(adult.reduce(0, +), 1), childSum = max(child.reduce(0, +), 1)
        let totalWeights = zip(adult, child).map { $0 / adultSum * 0.65 + $1 / childSum * 0.35 }
        let prisonWeights = zip(profiles, adult).map { $0.area.hasPrisons ? $1 : 0 }
        let edWeights = zip(profiles, child).map { $0.network.targetGroup == .child ? $1 : 0 }

        func share(_ envelope: Int64, _ weights: [Double]) -> [Int64] {
            let sum = weights.reduce(0, +)
            return weights.map { sum > 0 ? Int64((Double(envelope) * $0 / sum).rounded()) : 0 }
        }
        let careBase = zip(share(Self.careBaseAdult, adult), share(Self.careBaseChild, child)).map { $0 + $1 }
        let art8 = zip(share(Self.art8Adult, adult), share(Self.art8Child, child)).map { $0 + $1 }
        let ed = share(Self.eatingDisorders, edWeights)
        let prison = share(Self.prisons, prisonWeights)
        let recruitment = share(Self.providerRecruitment, totalWeights)
        let operating = share(Self.operatingVariable, totalWeights).map { $0 + Self.operatingFixed }

        for (index, profile) in profiles.enumerated() {
            var base: [BudgetLine: Int64] = [
                .careBase: careBase[index], .art8Outreach: art8[index], .providerRecruitment: recruitment[index],
                .operating: operating[index],
            ]
            if ed[index] > 0 { base[.eatingDisorders] = ed[index] }
            if prison[index] > 0 { base[.prisons] = prison[index] }
            var perYear: [Int: [BudgetLine: Int64]] = [:]
            var current = base
            for year in years.sorted() {
                if year == 2025 {
                    current = current.mapValues { Self.index($0, Self.indexation2025) }
                } else if year > 2025 {
                    current = current.filter { $0.key != .training }.mapValues { Self.index($0, Self.indexationLater) }
                    if profile.network.targetGroup != .child {
                        // 2026 amendment (« Retour au travail »): art. 8 doubled from 2027, care base additions kept.
                        current[.art8Outreach, default: 0] += AreaFigures.art8Addition2026
                        if year == 2026 { current[.careBase, default: 0] += profile.area.careBaseAddition2026 }
                    }
                    if year == 2026 { current[.training] = Self.training2026 }
                }
                perYear[year] = year < 2026 ? Self.lines2024(current) : current
            }
            lines[profile.network.code] = perYear
        }
    }

    /// The lines of the real network `baseCode` in `year` (empty when unknown).
    func lines(of baseCode: String, year: Int) -> [BudgetLine: Int64] { lines[baseCode]?[year] ?? [:] }

    /// Care budget lines: everything but operating costs and the training line.
    func careLines(of baseCode: String, year: Int) -> Int64 {
        lines(of: baseCode, year: year).filter { $0.key != .operating && $0.key != .training }.values.reduce(0, +)
    }

    private static func index(_ cents: Int64, _ factor: Double) -> Int64 { Int64((Double(cents) * factor).rounded()) }

    /// The lines of 2024–2025: no `provider_recruitment` line yet; its envelope is the trainee sessions line of art. 14 §1 b a.
    private static func lines2024(_ lines: [BudgetLine: Int64]) -> [BudgetLine: Int64] {
        var renamed = lines
        if let recruitment = renamed.removeValue(forKey: .providerRecruitment) { renamed[.traineeSessions] = recruitment }
        return renamed
    }
}
