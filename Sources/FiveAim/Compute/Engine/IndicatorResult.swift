/// The status of one indicator result.
public enum ResultStatus: String, Sendable, Hashable, CaseIterable {
    /// Computed and shown.
    case ok
    /// Hidden by disclosure control.
    case suppressed
    /// Cannot be computed (missing table, zero denominator, no national distinct count …); never shown as 0.
    case notAvailable = "not_available"
    /// The true value lies beyond the last bucket (a wait median of 91+ days).
    case censored
}

/// One indicator for one network (or `BE`) and one period, with everything needed to trace it.
public struct IndicatorResult: Sendable, Hashable {
    /// The indicator's id.
    public var indicator: String
    /// Its aim, 1–5.
    public var aim: Int
    /// A network code, or `BE` for the national figure.
    public var network: String
    /// The period covered.
    public var period: ReportPeriod
    /// The value's unit.
    public var unit: IndicatorUnit
    /// The numerator (for a wait median: the waits with a known bucket).
    public var numerator: Quantity?
    /// The denominator.
    public var denominator: Quantity?
    /// Reference numerator of a ratio of ratios.
    public var referenceNumerator: Quantity?
    /// Reference denominator of a ratio of ratios.
    public var referenceDenominator: Quantity?
    /// The value (a proportion as 0–1).
    public var value: Double?
    /// Lower bound of the 95 % interval.
    public var ciLow: Double?
    /// Upper bound of the 95 % interval.
    public var ciHigh: Double?
    /// Whether the value can be shown.
    public var status: ResultStatus
    /// Why the result is not available, suppressed or censored.
    public var reason: ResultReason?
    /// The rule, e.g. `Σ activity.units [code_set outreach_individual] ÷ Σ activity.units [code_set individual_f23]`.
    public var formula: String
    /// The convention article.
    public var article: String
    /// The dataset tables read.
    public var tables: [TableKind]
    /// Which interval was computed, when one was.
    public var interval: IntervalMethod?
    /// What a reader must know about how the figure was made (2024 from April, earlier tariffs …), in a fixed order.
    public var notes: [ResultNote] = []
    /// For a wait median: the counts of the known buckets (0-7 … 91+) the median is computed from; never written to an
    /// output (disclosure control replaces them with their published form, then drops them).
    public var histogram: [Int64]?
}

/// How a 95 % interval was computed.
public enum IntervalMethod: String, Sendable, Hashable {
    /// Wilson score interval for a binomial proportion.
    case wilson
    /// Exact (Garwood) Poisson interval for a count, divided by the population.
    case exactPoisson = "exact_poisson"
    /// Wilson interval of the share, divided by the population's reference share (taken as known).
    case wilsonOverReference = "wilson_over_reference"
}

/// Sorts results by indicator, network, then period (the order of every output).
/// Results already in that order (as the engine gives them) are returned as they are.
public func sortedResults(_ results: [IndicatorResult]) -> [IndicatorResult] {
    func precedes(_ a: IndicatorResult, _ b: IndicatorResult) -> Bool {
        (a.indicator, a.network, a.period.first.ordinal, a.period.last.ordinal) < (
            b.indicator, b.network, b.period.first.ordinal, b.period.last.ordinal
        )
    }
    if zip(results, results.dropFirst()).allSatisfy({ !precedes($1, $0) }) { return results }
    return results.sorted(by: precedes)
}
