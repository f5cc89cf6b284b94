/// The comparison figure of an age-dependent indicator: a child network's share aged 0–23 is compared with the child and
/// adolescent networks together, an adult network's (and the German-speaking network's) with the adult networks and the
/// German-speaking one, never with Belgium as a whole (whose beneficiaries mix both kinds of network).
///
/// The group figure pools the networks' own results (Σ numerators ÷ Σ denominators, as the follow-up committee's funnel
/// plots do): a person seen by two networks of the group counts in both. It is computed from undisclosed results; the caller
/// then discloses it like any result (`Disclosure.apply`: small counts hidden, the others rounded, the share recomputed).
public enum GroupComparison {
    /// The indicators compared within the network's group rather than with Belgium.
    public static let indicators = ["young_share", "older_share"]

    /// The code a group's results carry in references, e.g. `group:child`.
    public static func code(_ group: ComparisonGroup) -> String { "group:" + group.rawValue }

    /// The group a network is compared with.
    public static func group(of network: Network) -> ComparisonGroup {
        ComparisonGroup.child.contains(network) ? .child : .adult
    }

    /// The pooled result of `group` for each indicator and period of `results` (undisclosed results of every network),
    /// itself undisclosed.
    static func pooled(_ results: [IndicatorResult], networks: [Network]) -> [IndicatorResult] {
        var output: [IndicatorResult] = []
        for group in ComparisonGroup.byTargetGroup {
            let members = Set(networks.filter(group.contains).map(\.code))
            let byKey = Dictionary(grouping: results.filter { members.contains($0.network) }) { "\($0.indicator)|\($0.period)" }
            for key in byKey.keys.sorted() {
                let rows = byKey[key]!
                var pooled = rows[0]
                pooled.network = code(group)
                pooled.ciLow = nil
                pooled.ciHigh = nil
                pooled.interval = nil
                var numerator: Int64 = 0, denominator: Int64 = 0
                for row in rows where row.status == .ok {
                    guard case .count(let n) = row.numerator, case .count(let d) = row.denominator else { continue }
                    numerator += n
                    denominator += d
                }
                pooled.numerator = .count(numerator)
                pooled.denominator = .count(denominator)
                if denominator == 0 {
                    pooled.status = .notAvailable
                    pooled.value = nil
                    pooled.reason = rows.contains { $0.status == .ok } ? .zeroDenominator : (rows[0].reason ?? .zeroDenominator)
                } else {
                    pooled.status = .ok
                    pooled.value = Double(numerator) / Double(denominator)
                    pooled.reason = nil
                }
                output.append(pooled)
            }
        }
        return output
    }
}
