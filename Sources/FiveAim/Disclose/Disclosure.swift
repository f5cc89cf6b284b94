/// Disclosure control of indicator results for committee and research audiences (`DisclosurePolicy`): primary
/// suppression of small counts, rounding of every published count (and of net spending), values and intervals recomputed
/// from the rounded quantities, and the interval guard on the national totals.
public enum Disclosure {
    /// Applies `policy` to results computed for every network and `BE` (before any network selection, so that
    /// a selection cannot reveal what the full table hides).
    public static func apply(_ results: [IndicatorResult], catalogue: Catalogue, policy: DisclosurePolicy) -> [IndicatorResult] {
        guard policy.applies else { return results }
        var output = results
        let definitions = Dictionary(uniqueKeysWithValues: catalogue.indicators.map { ($0.id, $0) })

        // 1. Primary suppression, 2. rounding and recomputation from the rounded quantities. The guard below tells the
        // small cells (their mark bounds them) from the results hidden beside them by these indices, not by the reason text.
        var smallCells = Set<Int>()
        for index in output.indices where output[index].status == .ok || output[index].status == .censored {
            guard let definition = definitions[output[index].indicator] else { continue }
            let small = [(definition.numerator, output[index].numerator), (definition.denominator, output[index].denominator)].contains {
                spec, quantity in disclosiveCount(spec) && quantity?.count.map(policy.isSmall) == true
            }
            if small {
                suppress(&output[index], reason: .smallCell(threshold: policy.threshold))
                smallCells.insert(index)
                continue
            }
            publish(&output[index], definition: definition, policy: policy)
        }
        for index in output.indices where output[index].status == .notAvailable {
            output[index].histogram = nil
            guard let definition = definitions[output[index].indicator] else { continue }
            // A result that is not available still shows the quantities it has: small ones are dropped, others rounded.
            for (spec, path) in [
                (definition.numerator, \IndicatorResult.numerator), (definition.denominator, \IndicatorResult.denominator),
            ] {
                let quantity = output[index][keyPath: path]
                output[index][keyPath: path] =
                    disclosiveCount(spec) && quantity?.count.map(policy.isSmall) == true
                    ? nil : published(quantity, spec: spec, policy: policy)
            }
        }

        // 3. The interval guard on BE = Σ networks, per indicator, period and additive disclosive part.
        var groups: [String: [Int]] = [:]
        for index in results.indices {
            groups["\(results[index].indicator)\u{0}\(results[index].period)", default: []].append(index)
        }
        for key in groups.keys.sorted() {
            let members = groups[key]!
            guard let definition = definitions[results[members[0]].indicator],
                let national = members.first(where: { results[$0].network == Network.nationalCode })
            else { continue }
            let parts: [(MeasureSpec?, KeyPath<IndicatorResult, Quantity?>)] = [
                (definition.numerator, \.numerator), (definition.denominator, \.denominator),
            ]
            for (spec, path) in parts {
                guard let spec, disclosiveCount(spec), spec.measure.additive || definition.method == .histogramMedian else { continue }
                guard output[national].status != .suppressed, output[national][keyPath: path]?.count != nil else { continue }
                func entry(_ index: Int) -> GuardEntry {
                    if output[index].status == .suppressed {
                        return smallCells.contains(index) ? .small : .hidden
                    }
                    return .shown(output[index][keyPath: path]?.count ?? 0)
                }
                let networks = members.filter { $0 != national }
                if IntervalGuard.narrows(total: entry(national), parts: networks.map(entry), policy: policy) {
                    suppress(&output[national], reason: .complementarySuppression)
                }
            }
        }
        return output
    }

    /// Whether a measure counts people or services (small values can identify people).
    static func disclosiveCount(_ spec: MeasureSpec?) -> Bool {
        spec.map { $0.measure.disclosive && $0.measure.quantity == .count } ?? false
    }

    /// Whether a measure is net spending, which gives counts back when divided by a tariff.
    static func derivedMoney(_ spec: MeasureSpec?) -> Bool { spec?.table == .spending }

    /// A quantity as published to the policy's audience.
    static func published(_ quantity: Quantity?, spec: MeasureSpec?, policy: DisclosurePolicy) -> Quantity? {
        switch quantity {
        case .count(let count)? where disclosiveCount(spec): .count(policy.rounded(count))
        case .money(let money)? where derivedMoney(spec): .money(policy.rounded(money))
        default: quantity
        }
    }

    /// Rounds a result's quantities and recomputes its value and interval from them.
    private static func publish(_ result: inout IndicatorResult, definition: IndicatorDefinition, policy: DisclosurePolicy) {
        result.numerator = published(result.numerator, spec: definition.numerator, policy: policy)
        result.denominator = published(result.denominator, spec: definition.denominator, policy: policy)
        result.referenceNumerator = published(result.referenceNumerator, spec: definition.referenceNumerator, policy: policy)
        result.referenceDenominator = published(result.referenceDenominator, spec: definition.referenceDenominator, policy: policy)
        if let histogram = result.histogram {
            // Small buckets count as 0: the median then uses nothing of them but that they are small.
            result.histogram = histogram.map { policy.isSmall($0) ? 0 : policy.rounded($0) }
            if result.histogram!.allSatisfy({ $0 == 0 }) {
                suppress(&result, reason: .smallCell(threshold: policy.threshold))
                return
            }
        }
        IndicatorEngine.finish(&result, indicator: definition)
        result.histogram = nil
    }

    private static func suppress(_ result: inout IndicatorResult, reason: ResultReason) {
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
        result.histogram = nil
    }
}
