/// Locale-free decimal text for outputs: `.` as separator, a fixed number of decimals, no exponent.
public enum DecimalText {
    /// `value` rounded half away from zero to `decimals` places, e.g. `0.123457`; never `-0.000000`.
    public static func fixed(_ value: Double, decimals: Int = 6) -> String {
        precondition(value.isFinite, "only finite values are written")
        precondition((0...9).contains(decimals))
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return huge(value, decimals: decimals) }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = units / divisor
        var fraction = String(units % divisor)
        while fraction.count < decimals { fraction = "0" + fraction }
        let sign = value < 0 && units > 0 ? "-" : ""
        return decimals == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    private static func huge(_ value: Double, decimals: Int) -> String {
        // Beyond 9e18 / 10^decimals: exact integer digits of the rounded value, then zeros.
        let digits = String(Int64(exactly: value.rounded()) ?? (value.sign == .minus ? Int64.min : Int64.max))
        return decimals == 0 ? digits : digits + "." + String(repeating: "0", count: decimals)
    }
}
