import FiveAim

/// Draws the monthly operating-cost invoices of a network (art. 14 §2 cost centres).
///
/// A network invoices most of its operating budget; 2024 invoices start in April but cover the
/// whole year (costs of the old convention invoiced after 5 April 2024 count on 2024).
struct OperatingCostGenerator: Sendable {
    let seed: UInt64

    /// Cost centres and their share of the invoiced amount (727230 and 727285 are capped apart).
    private static let centres: [(code: Int, share: Double)] = [
        (727112, 0.16), (727134, 0.06), (727156, 0.06), (727171, 0.03), (727193, 0.48), (727215, 0.06), (727252, 0.08),
    ]
    /// Hospital administration: at most 30,000 € a year (art. 14 §2 7°).
    private static let hospitalCentre = 727230
    /// Short-term credit costs (some networks only).
    private static let creditCentre = 727263
    /// Pay for implementation missions: at most 5 % of the operating budget (art. 14 §2 10°).
    private static let missionsCentre = 727285

    /// The invoices of `profile` in `month`, in cents, by cost centre (sorted, amounts > 0).
    func month(_ profile: NetworkProfile, _ month: YearMonth, operatingBudget: Int64) -> [(code: Int, cents: Int64)] {
        var rng = SeededGenerator(seed: seed, "operating", .text(profile.network.code), .number(month.ordinal))
        let months = month.year == YearMonth.conventionStart.year ? Double(13 - YearMonth.conventionStart.month) : 12
        let budget = Double(operatingBudget) / 100
        let monthly = budget * profile.operatingUse / months
        var invoices: [(code: Int, cents: Int64)] = []
        let quarterEnd = month.month % 3 == 0
        for centre in Self.centres {
            if centre.code == 727171, !quarterEnd { continue }
            if centre.code == 727215, !rng.chance(0.7) { continue }
            let factor = centre.code == 727171 ? 3.0 : centre.code == 727215 ? 1 / 0.7 : 1
            invoices.append((centre.code, Apportion.cents(monthly * centre.share * factor * rng.jitter(0.15))))
        }
        // Planted breach 11: 45,000 € × 0.85…1.0 a year (at least 31,875 € over January–October), above the 30,000 € of art. 14 §2 7°.
        let hospital = profile.baseCode == PlantedBreaches.hospitalCostsOverCap ? 45_000 / months : min(30_000 / months, monthly * 0.05)
        invoices.append((Self.hospitalCentre, Apportion.cents(hospital * rng.uniform(0.85...1.0))))
        if profile.paysCreditCosts, quarterEnd {
            invoices.append((Self.creditCentre, Apportion.cents(monthly * 0.015 * rng.jitter(0.3))))
        }
        let missionsCap = budget * 0.05 / months
        // Planted breach 12: 6.5 % of the operating line (jitter 5 %), above the 5 % of art. 14 §2 10° b.
        let missions =
            profile.baseCode == PlantedBreaches.implementationPayOverCap
            ? budget * 0.065 / months * rng.jitter(0.05) : min(missionsCap, monthly * 0.025 * rng.jitter(0.2))
        invoices.append((Self.missionsCentre, Apportion.cents(missions)))
        return invoices.filter { $0.cents > 0 }.sorted { $0.code < $1.code }
    }
}
