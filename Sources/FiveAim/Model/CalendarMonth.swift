import Foundation

/// The current month in Belgium's time zone.
public enum CalendarMonth {
    /// This month, Europe/Brussels.
    public static func current(now: Date = Date()) -> YearMonth {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? TimeZone(secondsFromGMT: 3600)!
        let parts = calendar.dateComponents([.year, .month], from: now)
        return YearMonth(year: parts.year!, month: parts.month!)
    }
}
