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
        let negative = value < 0 && units > 0
        // Digits written from the end: the fraction (zero-padded to `decimals`), the point, the whole part, the sign.
        return String(unsafeUninitializedCapacity: 32) { buffer in
            var end = buffer.count
            func put(_ byte: UInt8) {
                end -= 1
                buffer[end] = byte
            }
            var fraction = units % divisor
            for _ in 0..<decimals {
                put(0x30 + UInt8(fraction % 10))
                fraction /= 10
            }
            if decimals > 0 { put(0x2E) }
            var whole = units / divisor
            repeat {
                put(0x30 + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if negative { put(0x2D) }
            let count = buffer.count - end
            for index in 0..<count { buffer[index] = buffer[end + index] }
            return count
        }
    }

    private static func huge(_ value: Double, decimals: Int) -> String {
        // Beyond 9e18 / 10^decimals: exact integer digits of the rounded value, then zeros.
        let digits = String(Int64(exactly: value.rounded()) ?? (value.sign == .minus ? Int64.min : Int64.max))
        return decimals == 0 ? digits : digits + "." + String(repeating: "0", count: decimals)
    }
}
