/// Whom an output is for: disclosure control applies to everyone but the network itself.
public enum Audience: String, Sendable, Hashable, CaseIterable {
    /// The network's own figures: no suppression.
    case network
    /// The follow-up committee comparing networks.
    case committee
    /// A researcher's extract.
    case research
}

/// The small-cell rule applied to an output.
public struct DisclosurePolicy: Sendable, Hashable {
    /// Whom the output is for.
    public var audience: Audience
    /// Counts from 1 to `threshold − 1` are suppressed (default 5: 1–4).
    public var threshold: Int64

    /// Creates a policy; `threshold` must be at least 1.
    public init(audience: Audience, threshold: Int64 = 5) {
        precondition(threshold >= 1, "the threshold is at least 1")
        self.audience = audience
        self.threshold = threshold
    }

    /// Whether any suppression applies.
    public var applies: Bool { audience != .network && threshold > 1 }

    /// The rule as written into each output's metadata.
    public var description: String {
        guard applies else { return "audience \(audience.rawValue): no small-cell suppression (the network's own figures)" }
        return "audience \(audience.rawValue): a numerator or denominator counting people or services from 1 to \(threshold - 1) "
            + "suppresses the result (status suppressed, numbers empty); where network figures add up to the BE figure, "
            + "further network results (smallest first, else BE) are suppressed until at least two are hidden and their "
            + "hidden counts total \(threshold) or more; euros, intervision sessions and populations are not suppressed"
    }
}

/// Small-cell suppression with complementary suppression against the national totals.
public enum Disclosure {
    /// Applies `policy` to results computed for every network and `BE` (before any network selection, so that
    /// a selection cannot reveal what the full table hides).
    public static func apply(_ results: [IndicatorResult], catalogue: Catalogue, policy: DisclosurePolicy) -> [IndicatorResult] {
        guard policy.applies else { return results }
        var output = results
        let definitions = Dictionary(uniqueKeysWithValues: catalogue.indicators.map { ($0.id, $0) })
        let limit = 1..<policy.threshold

        func disclosive(_ spec: MeasureSpec?) -> Bool { spec.map { $0.measure.disclosive && $0.measure.quantity == .count } ?? false }

        // Primary suppression.
        for index in output.indices where output[index].status == .ok || output[index].status == .censored {
            guard let definition = definitions[output[index].indicator] else { continue }
            let numeratorSmall = disclosive(definition.numerator) && output[index].numerator?.count.map(limit.contains) == true
            let denominatorSmall = disclosive(definition.denominator) && output[index].denominator?.count.map(limit.contains) == true
            if numeratorSmall || denominatorSmall {
                suppress(&output[index], reason: "small cell: a count from 1 to \(policy.threshold - 1)")
            }
        }

        // Complementary suppression, per indicator and period, for each additive disclosive part.
        var groups: [String: [Int]] = [:]
        for index in results.indices {
            groups["\(results[index].indicator)\u{0}\(results[index].period)", default: []].append(index)
        }
        for key in groups.keys.sorted() {
            let members = groups[key]!
            guard let definition = definitions[results[members[0]].indicator] else { continue }
            let parts: [(MeasureSpec?, KeyPath<IndicatorResult, Quantity?>)] = [
                (definition.numerator, \.numerator), (definition.denominator, \.denominator),
            ]
            for (spec, path) in parts {
                guard let spec, disclosive(spec), spec.measure.additive || definition.method == .histogramMedian else { continue }
                guard let national = members.first(where: { results[$0].network == Network.nationalCode }),
                      output[national].status != .suppressed, results[national][keyPath: path] != nil else { continue }
                let networkRows = members.filter { $0 != national }
                var hidden = networkRows.filter { output[$0].status == .suppressed && results[$0][keyPath: path]?.count != nil }
                func hiddenTotal() -> Int64 { hidden.reduce(0) { $0 + (results[$1][keyPath: path]?.count ?? 0) } }
                while !hidden.isEmpty, hidden.count == 1 || hiddenTotal() < policy.threshold {
                    let candidates = networkRows.filter {
                        output[$0].status != .suppressed && (results[$0][keyPath: path]?.count ?? 0) > 0
                    }
                    guard let next = candidates.min(by: {
                        (results[$0][keyPath: path]!.count!, results[$0].network) < (results[$1][keyPath: path]!.count!, results[$1].network)
                    }) else {
                        suppress(&output[national], reason: "complementary suppression: would reveal a suppressed network figure")
                        break
                    }
                    suppress(&output[next], reason: "complementary suppression: would reveal a suppressed figure through the BE total")
                    hidden.append(next)
                }
            }
        }
        return output
    }

    private static func suppress(_ result: inout IndicatorResult, reason: String) {
        result.status = .suppressed
        result.reason = reason
        result.numerator = nil
        result.denominator = nil
        result.referenceNumerator = nil
        result.referenceDenominator = nil
        result.value = nil
        result.ciLow = nil
        result.ciHigh = nil
        result.interval = nil
    }
}
