/// The months whose figures may still change: a service is attested at the latest on the 5th day of the third month after
/// the month it belongs to (art. 14 §4), so month M is closed only after the 5th of M + 3. The run is known to the month,
/// not the day: a month is provisional while M + 3 is the run month or later (a run on the 6th–31st of M + 3 names M
/// although it has just closed; never the other way round).
public enum ProvisionalMonths {
    /// The months of `covered` that may still change when the run takes place in `runMonth`, in order.
    public static func months(_ covered: ClosedRange<YearMonth>, runMonth: YearMonth) -> [YearMonth] {
        var result: [YearMonth] = []
        var month = covered.lowerBound
        while month <= covered.upperBound {
            if runMonth <= month.adding(months: 3) { result.append(month) }
            month = month.adding(months: 1)
        }
        return result
    }
}
