import FiveAim

/// `YYYY-MM` as a month.
func parseMonth(_ text: String) -> YearMonth? {
    let parts = text.split(separator: "-")
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
        (1...12).contains(month)
    else { return nil }
    return YearMonth(year: year, month: month)
}
