/// Numbers, amounts and dates written the Belgian way, in one place: `1 234,5`, `12,3 %`, `1 234,56 €`, `31 décembre 2026`.
///
/// Thousands are grouped with a no-break space (U+00A0), which also separates the unit, so a figure never breaks across lines.
public struct BelgianFormat: Sendable {
    /// The no-break space used between digit groups and before units.
    public static let space = "\u{00A0}"

    /// The month names, January first, in the report's language.
    public var monthNames: [String]
    /// Short month names for chart axes, January first.
    public var shortMonthNames: [String]
    /// How the first day of a month is written (`1er` in French, `1` in Dutch).
    public var firstDay: String
    /// How another day is written, `{day}` marking its number (`{day}.` in German).
    public var dayPattern: String

    /// Creates a format with the month names of a language (twelve of them).
    public init(monthNames: [String], shortMonthNames: [String], firstDay: String = "1", dayPattern: String = "{day}") {
        precondition(monthNames.count == 12 && shortMonthNames.count == 12, "twelve month names")
        self.monthNames = monthNames
        self.shortMonthNames = shortMonthNames
        self.firstDay = firstDay
        self.dayPattern = dayPattern
    }

    /// `value` rounded half away from zero to `decimals` places: `1 234,5`.
    public static func decimal(_ value: Double, decimals: Int) -> String {
        group(DecimalText.fixed(value, decimals: decimals))
    }

    /// A whole count: `12 345`.
    public static func count(_ value: Int64) -> String { group(String(value)) }

    /// A share 0–1 as a percentage: `12,3 %`.
    public static func percent(_ share: Double, decimals: Int = 1) -> String {
        decimal(share * 100, decimals: decimals) + space + "%"
    }

    /// An exact amount, cents included: `1 234 567,89 €` (no floating point).
    public static func euros(_ money: Money) -> String {
        group(money.description) + space + "€"
    }

    /// A date in words: `12 mai 2026`, `1er mai 2026`, `12 mei 2026`, `12. Mai 2026`.
    public func date(year: Int, month: Int, day: Int) -> String {
        "\(day == 1 ? firstDay : TextPattern.fill(dayPattern, ["day": String(day)])) \(monthNames[month - 1]) \(year)"
    }

    /// A month in words: `octobre 2026`.
    public func month(_ month: YearMonth) -> String { "\(monthNames[month.month - 1]) \(month.year)" }

    /// A short month name for chart axes: `janv.`, `jan`.
    public func shortMonth(_ month: Int) -> String { shortMonthNames[month - 1] }

    /// Reads back a figure written by this format (`1 234,5`, `12,3 %`, `−4`), for tests and tools; nil when it is not a number.
    public static func parse(_ text: String) -> Double? {
        var cleaned = ""
        for character in text {
            switch character {
            case "0"..."9": cleaned.append(character)
            case ",": cleaned.append(".")
            case "-", "\u{2212}": cleaned.append("-")
            case "\u{00A0}", " ", "\u{202F}", "%", "€": continue
            default: return nil
            }
        }
        return cleaned.isEmpty ? nil : Double(cleaned)
    }

    /// `1234567.8` (locale-free decimal text) → `1 234 567,8`.
    private static func group(_ plain: String) -> String {
        var sign = ""
        var body = Substring(plain)
        if body.first == "-" {
            sign = "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Array(parts[0])
        var grouped = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped += space }
            grouped.append(digit)
        }
        return sign + grouped + (parts.count > 1 ? "," + parts[1] : "")
    }
}
